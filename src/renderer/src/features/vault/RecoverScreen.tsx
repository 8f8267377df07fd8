import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { call } from '../../api/client';
import { CapsLockHint } from '../../components/CapsLockHint';
import { FormAlert } from '../../components/FormAlert';
import { FormField } from '../../components/FormField';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { SubmitButton } from '../../components/SubmitButton';
import { useSubmitAction } from '../../components/useSubmitAction';
import { VaultScreenLayout } from '../../components/VaultScreenLayout';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { type RecoverFormInput, type RecoverFormOutput, recoverFormSchema } from '../../forms/schemas';
import { useCapsLock } from '../../forms/useCapsLock';
import { useT } from '../../i18n/I18nProvider';
import { AttemptsLeft } from '../seizure/AttemptsLeft';

interface RecoverScreenProps {
  onRecovered: () => void;
  onBack: () => void;
}

/** Forgotten passphrase: the recovery key from paper opens the vault and a new passphrase is set. */
export function RecoverScreen({ onRecovered, onBack }: RecoverScreenProps) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  const capsLock = useCapsLock();
  const { register, handleSubmit, control, setFocus, formState } = useForm<
    RecoverFormInput,
    unknown,
    RecoverFormOutput
  >({
    resolver: zodResolver(recoverFormSchema),
    defaultValues: { recoveryKey: '', newPassphrase: '', confirm: '' },
  });
  const passphrase = useWatch({ control, name: 'newPassphrase' });
  const busy = formState.isSubmitting;
  const { onSubmit, failure } = useSubmitAction(
    handleSubmit,
    busy,
    async ({ recoveryKey, newPassphrase }) => {
      setVisible(false);
      await call('vault.recover', { recoveryKey, newPassphrase });
      onRecovered();
    },
    (failed) => {
      if (failed.code === 'WRONG_RECOVERY_KEY') setFocus('recoveryKey');
      return undefined;
    },
  );

  useEffect(() => setFocus('recoveryKey'), [setFocus]);

  return (
    <VaultScreenLayout title={t('recover.title')} intro={t('recover.intro')}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <FormField
          label={t('recover.key')}
          hint={t('recover.keyHint')}
          error={formMessage(t, formState.errors.recoveryKey?.message)}
        >
          {(field) => (
            <input
              {...field}
              {...register('recoveryKey')}
              className="input input-mono"
              type="text"
              readOnly={busy}
              autoComplete="off"
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
            />
          )}
        </FormField>
        <NewPassphraseFields
          labels={{ passphrase: t('recover.newPassphrase'), confirm: t('recover.confirm') }}
          registrations={{ passphrase: register('newPassphrase'), confirm: register('confirm') }}
          errors={{
            passphrase: formMessage(t, formState.errors.newPassphrase?.message),
            confirm: formMessage(t, formState.errors.confirm?.message),
          }}
          passphrase={passphrase}
          busy={busy}
          visible={visible}
          onToggleVisible={() => setVisible((shown) => !shown)}
        />
        <CapsLockHint on={capsLock} />
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        <AttemptsLeft failure={failure} />
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('recover.submit')}</SubmitButton>
        </div>
      </form>
      <div className="vault-secondary">
        <button type="button" className="link-button" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {t('recover.back')}
        </button>
      </div>
    </VaultScreenLayout>
  );
}
