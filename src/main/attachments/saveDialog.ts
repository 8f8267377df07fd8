import { basename, join } from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { type Language, translate } from '../../shared/i18n';
import { type AttachmentMimeType, DOCX_MIME_TYPE } from '../../shared/records/attachment';

/** Electron's `dialog.showSaveDialog`, already bound to the main window (modal to it). */
export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;

const EXTENSIONS: Record<AttachmentMimeType, string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  [DOCX_MIME_TYPE]: ['docx'],
};

/**
 * The native save dialog of "Save a copy…", in the lawyer's language, opening in their Documents
 * folder with the attachment's own name. Not added to the system's recent documents (Windows): a
 * scan's name can name the client. Linux asks before overwriting only when told to.
 */
export function nativeSaveCopyDialog(
  show: ShowSaveDialog,
  language: () => Language,
  documentsFolder: () => string,
): { chooseSavePath(fileName: string, mimeType: AttachmentMimeType): Promise<string | undefined> } {
  return {
    chooseSavePath: async (fileName, mimeType) => {
      const lang = language();
      const result = await show({
        title: translate(lang, 'attachments.dialog.saveTitle'),
        buttonLabel: translate(lang, 'attachments.dialog.saveButton'),
        // basename again: whatever the name, the dialog starts in Documents, not somewhere it points.
        defaultPath: join(documentsFolder(), basename(fileName)),
        filters: [{ name: translate(lang, `attachments.type.${mimeType}`), extensions: EXTENSIONS[mimeType] }],
        properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
      });
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
  };
}
