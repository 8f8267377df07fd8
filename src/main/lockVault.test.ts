import { describe, expect, it, vi } from 'vitest';
import type { InvokeResult } from '../shared/api/contract';
import { CoreUnavailableError } from './core/coreProcess';
import { createVaultLocker, LOCK_TIMEOUT_MS } from './lockVault';

function setup(call: () => Promise<InvokeResult>) {
  const core = { call: vi.fn(call), restart: vi.fn() };
  const onForcedLock = vi.fn();
  const log = vi.fn();
  return { core, onForcedLock, log, lock: createVaultLocker(core, onForcedLock, log) };
}

describe('createVaultLocker', () => {
  it('asks the core to lock with the reason, with a short timeout', async () => {
    const { core, lock, onForcedLock } = setup(async () => ({ ok: true, value: {} }));
    await lock('idle');
    expect(core.call).toHaveBeenCalledWith('vault.lock', { reason: 'idle' }, { timeoutMs: LOCK_TIMEOUT_MS });
    expect(core.restart).not.toHaveBeenCalled();
    expect(onForcedLock).not.toHaveBeenCalled();
  });

  it('restarts the core and reports the lock when the core does not answer', async () => {
    const { core, lock, onForcedLock, log } = setup(async () => {
      throw new CoreUnavailableError('timeout');
    });
    await lock('system');
    expect(core.restart).toHaveBeenCalledTimes(1);
    expect(onForcedLock).toHaveBeenCalledWith('system');
    expect(log).toHaveBeenCalledWith('[main] vault.lock failed: CoreUnavailableError; restarting the core');
  });

  it('restarts the core when it refuses to lock', async () => {
    const { core, lock, onForcedLock } = setup(async () => ({ ok: false, error: { code: 'INTERNAL' } }));
    await lock('user');
    expect(core.restart).toHaveBeenCalledTimes(1);
    expect(onForcedLock).toHaveBeenCalledWith('user');
  });
});
