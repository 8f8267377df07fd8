import type { LockReason } from '../shared/api/contract';
import type { CoreProcess } from './core/coreProcess';
import { describeError } from './core/messages';

export const LOCK_TIMEOUT_MS = 5_000;

/**
 * Locks the vault (the core's vault.lock). If the core does not confirm within a few seconds, it
 * is killed and restarted, which drops the key just as surely, and the page is told the vault is
 * locked (the core, being dead, could not say so itself).
 */
export function createVaultLocker(
  core: Pick<CoreProcess, 'call' | 'restart'>,
  onForcedLock: (reason: LockReason) => void,
  log: (line: string) => void = (line) => console.error(line),
): (reason: LockReason) => Promise<void> {
  return async (reason) => {
    try {
      const result = await core.call('vault.lock', { reason }, { timeoutMs: LOCK_TIMEOUT_MS });
      if (result.ok) return;
      log(`[main] vault.lock refused: ${result.error.code}; restarting the core`);
    } catch (error) {
      log(`[main] vault.lock failed: ${describeError(error)}; restarting the core`);
    }
    core.restart();
    onForcedLock(reason);
  };
}
