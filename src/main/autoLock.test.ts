import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AutoLockOptions, IDLE_POLL_MS, startAutoLock } from './autoLock';

class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  getSystemIdleTime() {
    return this.idleSeconds;
  }
}

function setup(overrides: Partial<AutoLockOptions> = {}) {
  const powerMonitor = new FakePowerMonitor();
  const lock = vi.fn();
  let changed: ((minutes: number) => void) | undefined;
  const unsubscribe = vi.fn();
  const autoLock = startAutoLock({
    powerMonitor,
    lock,
    readAutoLockMinutes: async () => 2,
    onAutoLockMinutesChanged: (listener) => {
      changed = listener;
      return unsubscribe;
    },
    ...overrides,
  });
  const change = (minutes: number) => changed?.(minutes);
  /** Moves time on by `seconds` of idleness (or activity, when `active`). */
  const idle = async (seconds: number) => {
    for (let elapsed = 0; elapsed < seconds; elapsed += IDLE_POLL_MS / 1000) {
      powerMonitor.idleSeconds += IDLE_POLL_MS / 1000;
      await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    }
  };
  return { powerMonitor, lock, autoLock, change, idle, unsubscribe };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autoLock', () => {
  it("locks with reason 'system' on suspend and on screen lock", () => {
    const { powerMonitor, lock } = setup();
    powerMonitor.emit('suspend');
    expect(lock).toHaveBeenLastCalledWith('system');
    powerMonitor.emit('lock-screen');
    expect(lock).toHaveBeenCalledTimes(2);
    expect(lock).toHaveBeenLastCalledWith('system');
  });

  it('polls the system idle time every 15 seconds', async () => {
    const getSystemIdleTime = vi.fn(() => 0);
    const powerMonitor = Object.assign(new FakePowerMonitor(), { getSystemIdleTime });
    setup({ powerMonitor });
    await vi.advanceTimersByTimeAsync(14_999);
    expect(getSystemIdleTime).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(getSystemIdleTime).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(getSystemIdleTime).toHaveBeenCalledTimes(3);
  });

  it("locks with reason 'idle' once the idle time reaches the preference (read at start)", async () => {
    const { lock, idle } = setup();
    await idle(105);
    expect(lock).not.toHaveBeenCalled();
    await idle(15); // 120 s = 2 min
    expect(lock).toHaveBeenCalledTimes(1);
    expect(lock).toHaveBeenCalledWith('idle');
  });

  it('locks once per idle period, and again after activity and a new idle period', async () => {
    const { lock, idle, powerMonitor } = setup();
    await idle(300);
    expect(lock).toHaveBeenCalledTimes(1);
    powerMonitor.idleSeconds = 0; // The user typed.
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(lock).toHaveBeenCalledTimes(1);
    await idle(120);
    expect(lock).toHaveBeenCalledTimes(2);
  });

  it('follows prefs.changed', async () => {
    const { lock, idle, change } = setup();
    await vi.advanceTimersByTimeAsync(0);
    change(10);
    await idle(300);
    expect(lock).not.toHaveBeenCalled();
    await idle(300);
    expect(lock).toHaveBeenCalledWith('idle');
  });

  it('uses the 5-minute default when the preference cannot be read', async () => {
    const { lock, idle } = setup({ readAutoLockMinutes: async () => Promise.reject(new Error('core down')) });
    await idle(285);
    expect(lock).not.toHaveBeenCalled();
    await idle(15);
    expect(lock).toHaveBeenCalledWith('idle');
  });

  it('ignores nonsense minutes', async () => {
    const { lock, idle, change } = setup();
    await vi.advanceTimersByTimeAsync(0);
    change(0);
    change(Number.NaN);
    change(1.5);
    await idle(105);
    expect(lock).not.toHaveBeenCalled();
    await idle(15);
    expect(lock).toHaveBeenCalled();
  });

  it('stop removes the timer and the listeners', async () => {
    const { lock, idle, autoLock, powerMonitor, unsubscribe } = setup();
    autoLock.stop();
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    await idle(600);
    expect(lock).not.toHaveBeenCalled();
    expect(unsubscribe).toHaveBeenCalled();
    expect(powerMonitor.listenerCount('suspend')).toBe(0);
  });
});
