import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { type Language, translate } from '../../shared/i18n';
import { BUNDLE_EXTENSION } from '../../shared/sync/bundle';

/** Electron's `dialog.showOpenDialog`, already bound to the main window (modal to it). */
export type ShowOpenDialog = (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;

function firstChoice(result: OpenDialogReturnValue): string | undefined {
  return result.canceled ? undefined : result.filePaths[0];
}

/**
 * The native dialogs of bundle export and import, in the lawyer's language. Neither is added to
 * the system's recent documents (Windows): a stick's file names are nobody else's business.
 */
export function nativeBundleDialogs(
  show: ShowOpenDialog,
  language: () => Language,
): { chooseFolder(): Promise<string | undefined>; chooseFile(): Promise<string | undefined> } {
  return {
    chooseFolder: async () => {
      const lang = language();
      return firstChoice(
        await show({
          title: translate(lang, 'sync.dialog.exportTitle'),
          buttonLabel: translate(lang, 'sync.dialog.exportButton'),
          properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
        }),
      );
    },
    chooseFile: async () => {
      const lang = language();
      return firstChoice(
        await show({
          title: translate(lang, 'sync.dialog.importTitle'),
          buttonLabel: translate(lang, 'sync.dialog.importButton'),
          properties: ['openFile', 'dontAddToRecent'],
          filters: [{ name: translate(lang, 'sync.dialog.bundleFiles'), extensions: [BUNDLE_EXTENSION.slice(1)] }],
        }),
      );
    },
  };
}
