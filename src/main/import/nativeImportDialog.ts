import type { Language } from '../../shared/i18n';
import { openOneFile, type ShowOpenDialog } from '../dialogs/openOneFile';

/** The open dialog of the Import screen, in the lawyer's language, starting in Documents. */
export function nativeImportDialog(
  show: ShowOpenDialog,
  language: () => Language,
  documents: () => string,
): { chooseFile(): Promise<string | undefined> } {
  return {
    chooseFile: openOneFile(show, language, documents, {
      title: 'import.dialog.title',
      button: 'import.dialog.button',
      files: 'import.dialog.files',
      extensions: ['xlsx', 'csv', 'txt', 'json'],
    }),
  };
}
