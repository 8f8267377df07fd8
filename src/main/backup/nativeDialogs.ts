import { join } from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { BACKUP_EXTENSION } from '../../shared/api/backupMethods';
import { type Language, translate } from '../../shared/i18n';
import { openOneFile, type ShowOpenDialog } from '../dialogs/openOneFile';

/** Electron's `dialog.showSaveDialog`, already bound to the main window (modal to it). */
export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;

/**
 * The native save dialog of "Back up now", in the lawyer's language, opening in `folder()` (the
 * user's Documents). Not added to the system's recent documents (Windows): where backups are kept
 * is nobody else's business. No overwrite question on Linux either: the core never overwrites,
 * and a "Replace?" that is then refused would only confuse.
 */
export function nativeBackupDialogs(
  show: ShowSaveDialog,
  language: () => Language,
  folder: () => string,
): { chooseSaveFile(defaultName: string): Promise<string | undefined> } {
  return {
    chooseSaveFile: async (defaultName) => {
      const lang = language();
      const result = await show({
        title: translate(lang, 'backup.dialog.saveTitle'),
        buttonLabel: translate(lang, 'backup.dialog.saveButton'),
        defaultPath: join(folder(), defaultName),
        properties: ['createDirectory', 'dontAddToRecent'],
        filters: [{ name: translate(lang, 'backup.dialog.backupFiles'), extensions: [BACKUP_EXTENSION.slice(1)] }],
      });
      return result.canceled || result.filePath === '' ? undefined : result.filePath;
    },
  };
}

export type { ShowOpenDialog } from '../dialogs/openOneFile';

/**
 * The native open dialog of "Restore from a backup…", in the lawyer's language, filtered to
 * `.panoh` (its `.keys` file must sit beside it), opening in `folder()` (Documents); one file.
 */
export function nativeRestoreDialog(
  show: ShowOpenDialog,
  language: () => Language,
  folder: () => string,
): { chooseBackupFile(): Promise<string | undefined> } {
  return {
    chooseBackupFile: openOneFile(show, language, folder, {
      title: 'backup.dialog.openTitle',
      button: 'backup.dialog.openButton',
      files: 'backup.dialog.backupFiles',
      extensions: [BACKUP_EXTENSION.slice(1)],
    }),
  };
}
