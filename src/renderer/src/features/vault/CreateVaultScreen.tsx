import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { PanohError } from '../../../../shared/errors';
import { PASSPHRASE_MIN_LENGTH } from '../../../../shared/vault';
import { asPanohError, call } from '../../api/client';
import { CapsLockHint } from '../../components/CapsLockHint';
import { FormAlert } from '../../components/FormAlert';
import { FormField } from '../../components/FormField';
import { PassphraseInput } from '../../components/PassphraseInput';
import { StrengthMeter } from '../../components/StrengthMeter';
import { SubmitButton } from '../../components/SubmitButton';
import { VaultScreenLayout } from '../../components/VaultScreenLayout';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { type CreateVaultForm, createVaultFormSchema } from '../../forms/schemas';
import { useCapsLock } from '../../forms/useCapsLock';
import { useT } from '../../i18n/I18nProvider';

/** First start: choose the passphrase; the core creates the encrypted vault and a recovery key. */
export function CreateVaultScreen({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const t = useT();
  const strengthId = useId();
  const [visible, setVisible] = useState(false);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const capsLock = useCapsLock();
  const { register, handleSubmit, control, setFocus, formState } = useForm<CreateVaultForm>({
    resolver: zodResolver(createVaultFormSchema),
    defaultValues: { newPassphrase: '', confirm: '' },
  });
  const passphrase = useWatch({ control, name: 'newPassphrase' });
  const busy = formState.isSubmitting;

  useEffect(() => setFocus('newPassphrase'), [setFocus]);

  const submit = handleSubmit(async ({ newPassphrase }) => {
    setFailure(undefined);
    setVisible(false);
    try {
      const { recoveryKey } = await call('vault.create', { passphrase: newPassphrase });
      onCreated(recoveryKey);
    } catch (error) {
      setFailure(asPanohError(error));
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
    <VaultScreenLayout title={t('create.title')} intro={t('create.intro')}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <FormField
          label={t('create.passphrase')}
          hint={t('create.passphraseHint', { min: PASSPHRASE_MIN_LENGTH })}
          error={formMessage(t, formState.errors.newPassphrase?.message)}
          describedBy={[strengthId]}
          below={<StrengthMeter id={strengthId} passphrase={passphrase} />}
        >
          {(field) => (
            <PassphraseInput
              control={field}
              registration={register('newPassphrase')}
              visible={visible}
              readOnly={busy}
              autoComplete="new-password"
              onToggleVisible={() => setVisible((shown) => !shown)}
            />
          )}
        </FormField>
        <FormField label={t('create.confirm')} error={formMessage(t, formState.errors.confirm?.message)}>
          {(field) => (
            <PassphraseInput
              control={field}
              registration={register('confirm')}
              visible={visible}
              readOnly={busy}
              autoComplete="new-password"
            />
          )}
        </FormField>
        <CapsLockHint on={capsLock} />
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('create.submit')}</SubmitButton>
        </div>
      </form>
    </VaultScreenLayout>
  );
}
