import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { type Language, type MessageKey, translate } from '../../shared/i18n';

/** Electron's `dialog.showOpenDialog`, already bound to the main window (modal to it). */
export type ShowOpenDialog = (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;

export interface OpenOneFile {
  title: MessageKey;
  button: MessageKey;
  /** The name of the filter, and the extensions it shows (without the dot). */
  files: MessageKey;
  extensions: string[];
}

/**
 * A native open dialog for one file, in the lawyer's language, opening in `folder()` (Documents),
 * never added to the system's recent documents: which files the office opens is nobody's business.
 */
export function openOneFile(
  show: ShowOpenDialog,
  language: () => Language,
  folder: () => string,
  dialog: OpenOneFile,
): () => Promise<string | undefined> {
  return async () => {
    const lang = language();
    const result = await show({
      title: translate(lang, dialog.title),
      buttonLabel: translate(lang, dialog.button),
      defaultPath: folder(),
      properties: ['openFile', 'dontAddToRecent'],
      filters: [{ name: translate(lang, dialog.files), extensions: dialog.extensions }],
    });
    const [path] = result.filePaths;
    return result.canceled || path === undefined || path === '' ? undefined : path;
  };
}
