import { AUTO_LOCK_MINUTES, type LockReason } from '../shared/api/contract';

/** The part of Electron's powerMonitor auto-lock needs. */
export interface IdleMonitor {
  on(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
  off(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
  /** Seconds since the last keyboard or mouse input, system-wide. */
  getSystemIdleTime(): number;
}

export interface AutoLockOptions {
  powerMonitor: IdleMonitor;
  /** Locks the vault (the core's vault.lock with this reason). */
  lock(reason: Extract<LockReason, 'idle' | 'system'>): unknown;
  /** The current auto-lock time in minutes (prefs.get); a failure keeps the default. */
  readAutoLockMinutes(): Promise<number | undefined>;
  /** Subscribes to preference changes (the core's prefs.changed); returns the unsubscribe. */
  onAutoLockMinutesChanged(listener: (minutes: number) => void): () => void;
  pollMs?: number;
}

export const IDLE_POLL_MS = 15_000;

/**
 * Locks the vault when the computer sleeps or its screen locks, and when the system has been idle
 * for the configured minutes (polled every 15 s: the OS keeps the idle clock, so typing anywhere
 * counts as activity). One lock per idle period: after locking it waits for activity before it
 * counts again.
 */
export function startAutoLock(options: AutoLockOptions): { stop(): void } {
  let minutes: number = AUTO_LOCK_MINUTES.default;
  let lockedThisIdle = false;
  let stopped = false;

  const lockForSystem = () => {
    void options.lock('system');
  };
  options.powerMonitor.on('suspend', lockForSystem);
  options.powerMonitor.on('lock-screen', lockForSystem);

  const setMinutes = (value: unknown) => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= AUTO_LOCK_MINUTES.min) minutes = value;
  };
  options
    .readAutoLockMinutes()
    .then((value) => {
      if (!stopped) setMinutes(value);
    })
    .catch(() => {});
  const unsubscribe = options.onAutoLockMinutesChanged(setMinutes);

  const timer = setInterval(() => {
    const idleSeconds = options.powerMonitor.getSystemIdleTime();
    if (idleSeconds < minutes * 60) {
      lockedThisIdle = false;
      return;
    }
    if (lockedThisIdle) return;
    lockedThisIdle = true;
    void options.lock('idle');
  }, options.pollMs ?? IDLE_POLL_MS);

  return {
    stop() {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      options.powerMonitor.off('suspend', lockForSystem);
      options.powerMonitor.off('lock-screen', lockForSystem);
    },
  };
}
