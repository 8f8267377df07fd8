import type { InvokeResult } from '../../shared/api/contract';
import { PanohError } from '../../shared/errors';

/**
 * Runs a call and packs its outcome for the wire. Anything that is not a PanohError becomes
 * INTERNAL with no message: a stack or an SQL error text can carry a client's name.
 */
export async function toInvokeResult(
  call: () => Promise<unknown>,
  onInternal?: (error: unknown) => void,
): Promise<InvokeResult> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (error instanceof PanohError) return { ok: false, error: error.toPayload() };
    onInternal?.(error);
    return { ok: false, error: { code: 'INTERNAL' } };
  }
}
