import type { PanohError } from '../../../../shared/errors';
import { errorMessage } from '../../forms/formMessages';
import type { Translate } from '../../i18n/I18nProvider';

/**
 * A refused backup in the lawyer's words. The core's codes are phrased for the vault itself
 * ("a vault already exists here", "cannot write to the folder that holds the vault"); a backup
 * fails at the file the lawyer just chose, so those codes get sentences about that place.
 */
export function backupErrorMessage(t: Translate, error: PanohError): string {
  switch (error.code) {
    case 'VAULT_ALREADY_EXISTS':
      return t('backup.error.exists');
    case 'DISK_FULL':
      return t('backup.error.diskFull');
    case 'VAULT_FOLDER_READONLY':
      return t('backup.error.notWritable');
    case 'STORAGE_MISSING':
      return t('backup.error.missing');
    default:
      return errorMessage(t, error);
  }
}
