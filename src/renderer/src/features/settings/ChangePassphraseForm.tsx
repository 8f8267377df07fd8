import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { PanohError } from '../../../../shared/errors';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { PassphraseField } from '../../components/PassphraseField';
import { SubmitButton } from '../../components/SubmitButton';
import { TitledSection } from '../../components/TitledSection';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { changePassphraseFormSchema, type ChangePassphraseForm as FormValues } from '../../forms/schemas';
import { useT } from '../../i18n/I18nProvider';

/**
 * Re-wraps the vault key under a new passphrase; the recovery key keeps working. Afterwards it
 * says plainly that this revokes no copy of the key file, and offers re-encryption, which does.
 */
export function ChangePassphraseForm({ onOfferRekey }: { onOfferRekey?(): void }) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, control, setFocus, reset, resetField, formState } = useForm<FormValues>({
    resolver: zodResolver(changePassphraseFormSchema),
    defaultValues: { currentPassphrase: '', newPassphrase: '', confirm: '' },
  });
  const passphrase = useWatch({ control, name: 'newPassphrase' });
  const busy = formState.isSubmitting;

  const submit = handleSubmit(async ({ currentPassphrase, newPassphrase }) => {
    setFailure(undefined);
    setDone(false);
    setVisible(false);
    try {
      await call('vault.changePassphrase', { currentPassphrase, newPassphrase });
      reset();
      setDone(true);
    } catch (error) {
      const failed = asPanohError(error);
      setFailure(failed);
      if (failed.code === 'WRONG_PASSPHRASE') {
        resetField('currentPassphrase');
        setFocus('currentPassphrase');
      } else if (failed.code === 'PASSPHRASE_UNCHANGED') {
        setFocus('newPassphrase');
      }
    }
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    void submit(event);
  };

  return (
    <TitledSection title={t('settings.passphrase.title')}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <PassphraseField
          label={t('settings.passphrase.current')}
          error={formMessage(t, formState.errors.currentPassphrase?.message)}
          registration={register('currentPassphrase')}
          visible={visible}
          readOnly={busy}
          autoComplete="current-password"
          onToggleVisible={() => setVisible((shown) => !shown)}
        />
        <NewPassphraseFields
          labels={{ passphrase: t('settings.passphrase.new'), confirm: t('settings.passphrase.confirm') }}
          registrations={{ passphrase: register('newPassphrase'), confirm: register('confirm') }}
          errors={{
            passphrase: formMessage(t, formState.errors.newPassphrase?.message),
            confirm: formMessage(t, formState.errors.confirm?.message),
          }}
          passphrase={passphrase}
          busy={busy}
          visible={visible}
        />
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        {done ? (
          <div role="status">
            <p className="success">{t('settings.passphrase.done')}</p>
            {onOfferRekey ? (
              <div className="notice rekey-offer">
                <p>{t('protection.rekey.afterChange')}</p>
                <button type="button" className="button button-outline" onClick={onOfferRekey}>
                  {t('protection.rekey.offer')}
                </button>
              </div>
            ) : null}
          </div>
        ) : null}
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('settings.passphrase.submit')}</SubmitButton>
        </div>
      </form>
    </TitledSection>
  );
}
