import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { type Language, translate } from '../../shared/i18n';

type ShowOpenDialog = (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;

/** The open dialog of the Import screen, in the lawyer's language, starting in Documents. */
export function nativeImportDialog(
  show: ShowOpenDialog,
  language: () => Language,
  documents: () => string,
): { chooseFile(): Promise<string | undefined> } {
  return {
    chooseFile: async () => {
      const lang = language();
      const result = await show({
        title: translate(lang, 'import.dialog.title'),
        buttonLabel: translate(lang, 'import.dialog.button'),
        defaultPath: documents(),
        properties: ['openFile', 'dontAddToRecent'],
        filters: [{ name: translate(lang, 'import.dialog.files'), extensions: ['xlsx', 'csv', 'txt', 'json'] }],
      });
      return result.canceled ? undefined : result.filePaths[0];
    },
  };
}
