import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { RestoreChoice } from '../../../../shared/api/backupMethods';
import { asPanohError, call } from '../../api/client';
import { CapsLockHint } from '../../components/CapsLockHint';
import { FormAlert } from '../../components/FormAlert';
import { PassphraseField } from '../../components/PassphraseField';
import { SubmitButton } from '../../components/SubmitButton';
import { VaultScreenLayout } from '../../components/VaultScreenLayout';
import { formMessage } from '../../forms/formMessages';
import { type UnlockForm, unlockFormSchema } from '../../forms/schemas';
import { useCapsLock } from '../../forms/useCapsLock';
import { useT } from '../../i18n/I18nProvider';
import { restoreErrorMessage, retryToken } from './restoreText';

/** A backup picked in the main process's open dialog: its name, and the token that names it there. */
export type ChosenBackup = Extract<RestoreChoice, { outcome: 'chosen' }>;

interface RestoreBackupScreenProps {
  chosen: ChosenBackup;
  /** The vault was restored and is unlocked: the app opens as after an unlock. */
  onRestored: () => void;
  onBack: () => void;
}

/**
 * "Restore from a backup…" on a computer with no vault yet, after the file was picked: the
 * backup's passphrase, then the core makes this computer's vault from it and unlocks it. A wrong
 * passphrase is typed again (the file stays picked); any other refusal asks for the file anew.
 */
export function RestoreBackupScreen({ chosen, onRestored, onBack }: RestoreBackupScreenProps) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  /** The backup the next try names; undefined once the main process no longer holds it. */
  const [file, setFile] = useState<ChosenBackup | undefined>(chosen);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [choosing, setChoosing] = useState(false);
  const inFlight = useRef(false);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const capsLock = useCapsLock();
  const { register, handleSubmit, setFocus, resetField, formState } = useForm<UnlockForm>({
    resolver: zodResolver(unlockFormSchema),
    defaultValues: { passphrase: '' },
  });
  const busy = formState.isSubmitting;

  useEffect(() => {
    if (file) setFocus('passphrase');
    else chooseButton.current?.focus();
  }, [file, setFocus]);

  const submit = handleSubmit(async ({ passphrase }) => {
    if (!file) return;
    setFailure(undefined);
    setVisible(false);
    try {
      const result = await call('backup.restore', { token: file.token, passphrase });
      if (result.outcome === 'restored') {
        onRestored();
        return;
      }
      setFile(undefined);
      setFailure(t('backup.restore.expired'));
    } catch (error) {
      const failed = asPanohError(error);
      const token = retryToken(failed);
      // A wrong passphrase is typed again from scratch; it does not stay in the box.
      resetField('passphrase');
      setFailure(restoreErrorMessage(t, failed, file.fileName));
      if (token) {
        setFile({ ...file, token });
        setFocus('passphrase');
      } else {
        setFile(undefined);
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

  const chooseAgain = async () => {
    if (inFlight.current || busy) return;
    inFlight.current = true;
    setChoosing(true);
    try {
      const result = await call('backup.chooseRestore', {});
      if (result.outcome === 'chosen') {
        setFailure(undefined);
        resetField('passphrase');
        setFile(result);
      }
    } catch (error) {
      setFailure(restoreErrorMessage(t, asPanohError(error), file?.fileName ?? chosen.fileName));
    } finally {
      inFlight.current = false;
      setChoosing(false);
    }
  };

  return (
    <VaultScreenLayout title={t('backup.restore.title')} intro={t('backup.restore.intro')}>
      {file ? (
        <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
          <p className="restore-file">{t('backup.restore.file', { fileName: file.fileName })}</p>
          <PassphraseField
            label={t('backup.restore.passphrase')}
            hint={t('backup.restore.passphraseHint')}
            error={formMessage(t, formState.errors.passphrase?.message)}
            registration={register('passphrase')}
            visible={visible}
            readOnly={busy}
            autoComplete="current-password"
            onToggleVisible={() => setVisible((shown) => !shown)}
          />
          <CapsLockHint on={capsLock} />
          <FormAlert message={failure} />
          <div className="form-actions">
            <SubmitButton busy={busy}>{t('backup.restore.submit')}</SubmitButton>
          </div>
        </form>
      ) : (
        <div className="form">
          <FormAlert message={failure} />
          <div className="form-actions">
            <button
              ref={chooseButton}
              type="button"
              className="button button-primary"
              aria-disabled={choosing || undefined}
              onClick={() => void chooseAgain()}
            >
              {t('backup.restore.chooseAgain')}
            </button>
          </div>
        </div>
      )}
      <div className="vault-secondary">
        {file ? (
          <p>
            <button type="button" className="link-button" onClick={() => void chooseAgain()}>
              {t('backup.restore.chooseAgain')}
            </button>
          </p>
        ) : null}
        <p>
          <button type="button" className="link-button" onClick={onBack}>
            <span aria-hidden="true">← </span>
            {t('backup.restore.back')}
          </button>
        </p>
      </div>
    </VaultScreenLayout>
  );
}
