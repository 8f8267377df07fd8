import { basename } from 'node:path';
import {
  type InvokeResult,
  type MainOnlyInput,
  type MainOnlyMethodName,
  mainOnlyApi,
  type ParsedInput,
} from '../../shared/api/contract';
import type { AttachmentSaveResult, attachmentShellMethods } from '../../shared/api/recordsMethods';
import type { AttachmentMimeType } from '../../shared/records/attachment';
import type { RoutesFor } from '../ipc/invokeAdapter';

export interface SaveCopyRouteOptions {
  /**
   * Asks the lawyer where to save the copy, offering `fileName` (already a plain file name, made by
   * the core); the chosen path, or undefined if cancelled.
   */
  chooseSavePath(fileName: string, mimeType: AttachmentMimeType): Promise<string | undefined>;
  /** A main-only call to the core (in Electron: the core process; in the e2e harness: in-process). */
  callMainOnly<M extends MainOnlyMethodName>(method: M, input: MainOnlyInput<M>): Promise<InvokeResult>;
}

const ok = (value: AttachmentSaveResult): InvokeResult => ({ ok: true, value });
const INTERNAL: InvokeResult = { ok: false, error: { code: 'INTERNAL' } };

/**
 * The main process's side of "Save a copy…" for an attachment. The page names only the
 * attachment; the core says what name to offer (and refuses a deleted or unknown file before any
 * dialog opens), the lawyer chooses the place in a native save dialog, and the path goes from here
 * to the core, which writes the decrypted copy and audits it. The page learns the name the copy was
 * saved under, never the folder. The page asks the lawyer to confirm before calling (the copy is
 * not encrypted); this route does not repeat that question.
 */
export function createSaveCopyRoute(options: SaveCopyRouteOptions): {
  routes: RoutesFor<(typeof attachmentShellMethods)[number]>;
} {
  const saveCopy = async ({ id }: ParsedInput<'attachments.saveCopy'>): Promise<InvokeResult> => {
    const named = await options.callMainOnly('attachments.copyName', { id });
    if (!named.ok) return named;
    const offer = mainOnlyApi['attachments.copyName'].output.safeParse(named.value);
    if (!offer.success) return INTERNAL;
    const path = await options.chooseSavePath(offer.data.fileName, offer.data.mimeType);
    if (path === undefined) return ok({ outcome: 'cancelled' });
    const written = await options.callMainOnly('attachments.writeCopy', { id, path });
    if (!written.ok) return written;
    const copy = mainOnlyApi['attachments.writeCopy'].output.safeParse(written.value);
    if (!copy.success) return INTERNAL;
    return ok({ outcome: 'saved', fileName: basename(copy.data.path) });
  };
  return { routes: { 'attachments.saveCopy': saveCopy } };
}
