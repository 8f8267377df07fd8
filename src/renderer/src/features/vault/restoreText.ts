import { restoreTokenSchema } from '../../../../shared/api/backupMethods';
import type { PanohError } from '../../../../shared/errors';
import { errorMessage } from '../../forms/formMessages';
import type { Translate } from '../../i18n/I18nProvider';

/**
 * A refused restore in the lawyer's words. The core's codes are phrased for an open vault ("copy
 * the key file back next to the vault", "restore it from a backup"); here the file in question is
 * the backup just chosen, and every refusal means nothing was created on this computer.
 */
export function restoreErrorMessage(t: Translate, error: PanohError, fileName: string): string {
  switch (error.code) {
    case 'WRONG_PASSPHRASE':
      return t('backup.restore.error.wrongPassphrase');
    case 'VAULT_KEYS_MISSING':
      return t('backup.restore.error.keysMissing', { fileName });
    case 'VAULT_NOT_A_VAULT':
      return t('backup.restore.error.notBackup');
    case 'VAULT_DAMAGED':
      return t('backup.restore.error.damaged');
    case 'VAULT_NOT_FOUND':
    case 'STORAGE_MISSING':
      return t('backup.restore.error.missing');
    case 'VAULT_ALREADY_EXISTS':
      return t('backup.restore.error.exists');
    case 'VAULT_FOLDER_READONLY':
      return t('backup.restore.error.notReadable');
    case 'DISK_FULL':
      return t('backup.restore.error.diskFull');
    default:
      return errorMessage(t, error);
  }
}

/**
 * The fresh token a wrong passphrase comes back with (the main process still holds the file for
 * one more try); undefined for any other refusal, or a malformed token: then the file is chosen anew.
 */
export function retryToken(error: PanohError): string | undefined {
  if (error.code !== 'WRONG_PASSPHRASE') return undefined;
  const token = restoreTokenSchema.safeParse(error.params?.token);
  return token.success ? token.data : undefined;
}
