import { describe, expect, it, vi } from 'vitest';
import type { InvokeResult } from '../shared/api/contract';
import { CoreUnavailableError } from './core/coreProcess';
import { createVaultLocker, LOCK_TIMEOUT_MS, routeLockCalls } from './lockVault';

function setup(call: () => Promise<InvokeResult>) {
  const core = { call: vi.fn(call), restart: vi.fn(), recycle: vi.fn() };
  const onForcedLock = vi.fn();
  const log = vi.fn();
  return { core, onForcedLock, log, lock: createVaultLocker(core, onForcedLock, log) };
}

describe('createVaultLocker', () => {
  it('asks the core to lock with the reason, with a short timeout, then ends that core process', async () => {
    const { core, lock, onForcedLock } = setup(async () => ({ ok: true, value: {} }));
    await lock('idle');
    expect(core.call).toHaveBeenCalledWith('vault.lock', { reason: 'idle' }, { timeoutMs: LOCK_TIMEOUT_MS });
    expect(core.recycle).toHaveBeenCalledTimes(1);
    expect(core.restart).not.toHaveBeenCalled();
    expect(onForcedLock).not.toHaveBeenCalled();
  });

  it('restarts the core and reports the lock when the core does not answer', async () => {
    const { core, lock, onForcedLock, log } = setup(async () => {
      throw new CoreUnavailableError('timeout');
    });
    await lock('system');
    expect(core.restart).toHaveBeenCalledTimes(1);
    expect(core.recycle).not.toHaveBeenCalled();
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

describe('routeLockCalls', () => {
  it("sends the page's lock through the locker (which ends the core process) and everything else to the core", async () => {
    const callCore = vi.fn(async () => ({ ok: true as const, value: { exists: true } }));
    const lockVault = vi.fn(async () => {});
    const route = routeLockCalls(callCore, lockVault);
    await expect(route('vault.lock', { reason: 'user' })).resolves.toEqual({ ok: true, value: {} });
    await route('vault.lock', {});
    expect(lockVault.mock.calls).toEqual([['user'], ['user']]);
    expect(callCore).not.toHaveBeenCalled();
    await route('vault.status', {});
    expect(callCore).toHaveBeenCalledWith('vault.status', {});
  });
});
