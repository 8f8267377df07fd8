import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { LockReason } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { CapsLockHint } from '../../components/CapsLockHint';
import { FormAlert } from '../../components/FormAlert';
import { PassphraseField } from '../../components/PassphraseField';
import { SubmitButton } from '../../components/SubmitButton';
import { useSubmitAction } from '../../components/useSubmitAction';
import { VaultScreenLayout } from '../../components/VaultScreenLayout';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { type UnlockForm, unlockFormSchema } from '../../forms/schemas';
import { useCapsLock } from '../../forms/useCapsLock';
import { useT } from '../../i18n/I18nProvider';
import { AttemptsLeft } from '../seizure/AttemptsLeft';

interface UnlockScreenProps {
  /** Why the vault closed, when it closed during this session. */
  lockedBy: LockReason | undefined;
  onUnlocked: () => void;
  onUseRecoveryKey: () => void;
}

export function UnlockScreen({ lockedBy, onUnlocked, onUseRecoveryKey }: UnlockScreenProps) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  const capsLock = useCapsLock();
  const { register, handleSubmit, setFocus, resetField, formState } = useForm<UnlockForm>({
    resolver: zodResolver(unlockFormSchema),
    defaultValues: { passphrase: '' },
  });
  const busy = formState.isSubmitting;
  const { onSubmit, failure } = useSubmitAction(
    handleSubmit,
    busy,
    async ({ passphrase }) => {
      await call('vault.unlock', { passphrase });
      onUnlocked();
    },
    (failed) => {
      if (failed.code === 'VAULT_ALREADY_UNLOCKED') {
        onUnlocked();
        return 'handled';
      }
      // A wrong passphrase is typed again from scratch; it does not stay in the box.
      resetField('passphrase');
      setFocus('passphrase');
      return undefined;
    },
  );

  useEffect(() => setFocus('passphrase'), [setFocus]);

  // Said only when the vault closed by itself: after the user's own lock the intro says it all.
  const notice =
    lockedBy && lockedBy !== 'user' ? (
      <div className="notice" role="status">
        <p>{t(`unlock.lockedBy.${lockedBy}`)}</p>
      </div>
    ) : null;

  return (
    <VaultScreenLayout title={t('unlock.title')} intro={t('unlock.intro')} notice={notice}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <PassphraseField
          label={t('unlock.passphrase')}
          error={formMessage(t, formState.errors.passphrase?.message)}
          registration={register('passphrase')}
          visible={visible}
          readOnly={busy}
          autoComplete="current-password"
          onToggleVisible={() => setVisible((shown) => !shown)}
        />
        <CapsLockHint on={capsLock} />
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        <AttemptsLeft failure={failure} />
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('unlock.submit')}</SubmitButton>
        </div>
      </form>
      <div className="vault-secondary">
        <button type="button" className="link-button" onClick={onUseRecoveryKey}>
          {t('unlock.useRecovery')}
        </button>
      </div>
    </VaultScreenLayout>
  );
}
