import type { ErrorCode, ErrorParams } from '../../../../shared/errors';
import { isMessageKey } from '../../../../shared/i18n';
import { DOCX_MIME_TYPE } from '../../../../shared/records/attachment';
import { call } from '../../api/client';
import type { Translate } from '../../i18n/I18nProvider';

export type ActiveContent = { code: ErrorCode; params?: ErrorParams | undefined };

/** What in a client's Word file would fetch or run, said for a file kept as evidence, not a template. */
export function activeContentReason(t: Translate, found: ActiveContent): string {
  const key = `attachments.activeContent.${found.code}`;
  return isMessageKey(key) ? t(key, found.params) : t('attachments.activeContent.other');
}

/**
 * For the warning before a copy is saved out: what Word would do on opening this file, if it is a
 * Word file with such content (asked of the core, which reads it within its bounds). Undefined
 * otherwise, and when the question itself fails: the save flow then says what it always says.
 */
export async function activeContentOf(file: { id: string; mimeType?: string }): Promise<ActiveContent | undefined> {
  if (file.mimeType !== DOCX_MIME_TYPE) return undefined;
  try {
    return (await call('attachments.docxText', { id: file.id })).activeContent;
  } catch {
    return undefined;
  }
}
