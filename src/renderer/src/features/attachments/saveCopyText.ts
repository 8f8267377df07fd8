import type { PanohError } from '../../../../shared/errors';
import { errorMessage } from '../../forms/formMessages';
import type { Translate } from '../../i18n/I18nProvider';

/**
 * Why a copy was not saved, in the lawyer's words. The storage codes are the vault's own
 * (VAULT_FOLDER_READONLY, STORAGE_MISSING); said as they are, they would talk about the vault, not
 * about the folder or stick the lawyer just chose, so they are named for that place here.
 */
export function saveCopyErrorMessage(t: Translate, error: PanohError): string {
  switch (error.code) {
    case 'DISK_FULL':
      return t('attachments.saveCopy.error.diskFull');
    case 'VAULT_FOLDER_READONLY':
      return t('attachments.saveCopy.error.notWritable');
    case 'STORAGE_MISSING':
      return t('attachments.saveCopy.error.missing');
    case 'RECORD_NOT_FOUND':
      return t('attachments.saveCopy.error.notFound');
    default:
      return errorMessage(t, error);
  }
}
