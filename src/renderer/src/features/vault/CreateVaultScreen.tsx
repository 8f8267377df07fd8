import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { LIMITS } from '../../../../shared/records/text';
import { asPanohError, call } from '../../api/client';
import { CapsLockHint } from '../../components/CapsLockHint';
import { FormAlert } from '../../components/FormAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useSubmitAction } from '../../components/useSubmitAction';
import { VaultScreenLayout } from '../../components/VaultScreenLayout';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { type CreateVaultForm, createVaultFormSchema } from '../../forms/schemas';
import { useCapsLock } from '../../forms/useCapsLock';
import { useT } from '../../i18n/I18nProvider';
import type { ChosenBackup } from './RestoreBackupScreen';

/**
 * First start: choose the passphrase, name the bureau and yourself; the core creates the encrypted
 * vault and a recovery key.
 */
export function CreateVaultScreen({
  onCreated,
  onRestoreChosen,
}: {
  onCreated: (recoveryKey: string) => void;
  /** A backup was picked in the main process's open dialog: ask for its passphrase next. */
  onRestoreChosen: (chosen: ChosenBackup) => void;
}) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  const capsLock = useCapsLock();
  const { register, handleSubmit, control, setFocus, formState } = useForm<CreateVaultForm>({
    resolver: zodResolver(createVaultFormSchema),
    defaultValues: { newPassphrase: '', confirm: '', officeName: '', profileName: '' },
  });
  const passphrase = useWatch({ control, name: 'newPassphrase' });
  const busy = formState.isSubmitting;
  const { onSubmit, failure, setFailure } = useSubmitAction(
    handleSubmit,
    busy,
    async ({ newPassphrase, officeName, profileName }) => {
      setVisible(false);
      const { recoveryKey } = await call('vault.create', { passphrase: newPassphrase, officeName, profileName });
      onCreated(recoveryKey);
    },
  );
  const [choosing, setChoosing] = useState(false);
  const choosingNow = useRef(false);

  useEffect(() => setFocus('newPassphrase'), [setFocus]);

  /** "Restore from a backup…": the open dialog is the main process's; the page gets a name and a token. */
  const chooseBackup = async () => {
    if (choosingNow.current || busy) return;
    choosingNow.current = true;
    setChoosing(true);
    setFailure(undefined);
    try {
      const result = await call('backup.chooseRestore', {});
      if (result.outcome === 'chosen') onRestoreChosen(result);
    } catch (error) {
      setFailure(asPanohError(error));
    } finally {
      choosingNow.current = false;
      setChoosing(false);
    }
  };

  return (
    <VaultScreenLayout title={t('create.title')} intro={t('create.intro')}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <NewPassphraseFields
          labels={{ passphrase: t('create.passphrase'), confirm: t('create.confirm') }}
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
        <TextField
          label={t('caseFile.create.officeName')}
          hint={t('caseFile.create.officeNameHint')}
          registration={register('officeName')}
          error={formMessage(t, formState.errors.officeName?.message)}
          autoComplete="organization"
          readOnly={busy}
        />
        <TextField
          label={t('caseFile.create.profileName')}
          hint={t('caseFile.create.profileNameHint')}
          registration={register('profileName')}
          error={formMessage(t, formState.errors.profileName?.message)}
          autoComplete="name"
          maxLength={LIMITS.name}
          readOnly={busy}
        />
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('create.submit')}</SubmitButton>
        </div>
      </form>
      <div className="vault-secondary">
        <p>{t('backup.restore.offerText')}</p>
        <p>
          <button
            type="button"
            className="link-button"
            aria-disabled={choosing || undefined}
            onClick={() => void chooseBackup()}
          >
            {t('backup.restore.offer')}
          </button>
        </p>
      </div>
    </VaultScreenLayout>
  );
}
