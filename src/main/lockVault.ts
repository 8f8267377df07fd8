import { type InvokeResult, type LockReason, lockReasonSchema } from '../shared/api/contract';
import type { CoreProcess } from './core/coreProcess';
import { describeError } from './core/messages';

export const LOCK_TIMEOUT_MS = 5_000;

/**
 * Locks the vault (the core's vault.lock, which writes the audit entry and closes the database),
 * then ends the core process and starts a fresh one: a JavaScript string cannot be wiped, so the
 * only sure way to forget the passphrase, the key's traces and the last client shown is to let the
 * process that saw them go. If the core does not confirm within a few seconds, it is killed and
 * restarted, which drops the key just as surely, and the page is told the vault is locked (the
 * core, being dead, could not say so itself).
 */
export function createVaultLocker(
  core: Pick<CoreProcess, 'call' | 'restart' | 'recycle'>,
  onForcedLock: (reason: LockReason) => void,
  log: (line: string) => void = (line) => console.error(line),
): (reason: LockReason) => Promise<void> {
  return async (reason) => {
    try {
      const result = await core.call('vault.lock', { reason }, { timeoutMs: LOCK_TIMEOUT_MS });
      if (result.ok) {
        core.recycle();
        return;
      }
      log(`[main] vault.lock refused: ${result.error.code}; restarting the core`);
    } catch (error) {
      log(`[main] vault.lock failed: ${describeError(error)}; restarting the core`);
    }
    core.restart();
    onForcedLock(reason);
  };
}

/**
 * The page's own "Lock" (the button, Ctrl+L) goes through the same locker as the idle and sleep
 * locks, so it too ends the core process; every other call goes to the core as it is.
 */
export function routeLockCalls(
  callCore: (method: string, input: unknown) => Promise<InvokeResult>,
  lockVault: (reason: LockReason) => Promise<void>,
): (method: string, input: unknown) => Promise<InvokeResult> {
  return async (method, input) => {
    if (method !== 'vault.lock') return callCore(method, input);
    const parsed = lockReasonSchema.safeParse((input as { reason?: unknown } | null)?.reason ?? 'user');
    await lockVault(parsed.success ? parsed.data : 'user');
    return { ok: true, value: {} };
  };
}
