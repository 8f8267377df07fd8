import { asPanohError, call } from '../../api/client';
import type { ConfirmOptions } from '../../components/ConfirmDialog';
import type { Translate } from '../../i18n/I18nProvider';
import { activeContentOf, activeContentReason } from './activeContentText';
import { saveCopyErrorMessage } from './saveCopyText';

export type SaveCopyOutcome = { tone: 'success' | 'info' | 'error'; text: string; failure?: string };

/**
 * "Save a copy…" of a file in the vault, wherever the button is (the files list, the document
 * just written): asked every time (each copy is one more unencrypted file somewhere, and the
 * lawyer should weigh that before choosing a place), then the main process's save dialog; the
 * page learns the name the copy got, never the folder. Undefined when the lawyer said no.
 */
export async function askAndSaveCopy(
  t: Translate,
  ask: (options: ConfirmOptions) => Promise<boolean>,
  file: { id: string; fileName: string; mimeType?: string },
  onChoosing: (text: string) => void,
): Promise<SaveCopyOutcome | undefined> {
  const name = file.fileName;
  const active = await activeContentOf(file);
  const body = t('attachments.saveCopy.body', { name });
  const yes = await ask({
    title: t('attachments.saveCopy.title'),
    body: active
      ? `${body} ${t('attachments.saveCopy.activeContent', { reason: activeContentReason(t, active) })}`
      : body,
    confirmLabel: t('attachments.saveCopy.confirm'),
    cancelLabel: t('common.cancel'),
  });
  if (!yes) return undefined;
  onChoosing(t('attachments.saveCopy.choosing', { name }));
  try {
    const result = await call('attachments.saveCopy', { id: file.id });
    return result.outcome === 'saved'
      ? { tone: 'success', text: t('attachments.saveCopy.saved', { name, fileName: result.fileName }) }
      : { tone: 'info', text: t('attachments.saveCopy.cancelled') };
  } catch (error) {
    const failure = asPanohError(error);
    return {
      tone: 'error',
      text: t('attachments.saveCopy.failed', { name, reason: saveCopyErrorMessage(t, failure) }),
      failure: failure.code,
    };
  }
}
