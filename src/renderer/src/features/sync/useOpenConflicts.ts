import { useEffect, useSyncExternalStore } from 'react';
import { call } from '../../api/client';

/** How often the shell asks again while it is open (another window may have read a bundle). */
export const OPEN_CONFLICTS_REFRESH_MS = 30_000;

/**
 * How many sync conflicts wait for a lawyer: a tiny store outside React, so the nav badge and the
 * Sync page agree without a provider. Only a number is kept; it is cleared when the shell goes
 * away (the vault locked).
 */
let openConflicts = 0;
let asked = 0;
const listeners = new Set<() => void>();

function publish(count: number): void {
  if (count === openConflicts) return;
  openConflicts = count;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Sets the count from a list just read (the Sync page reads the conflicts themselves). */
export function setOpenConflicts(count: number): void {
  asked++;
  publish(count);
}

/** Asks the core again; a locked or unavailable core leaves the badge as it was. */
export async function refreshOpenConflicts(): Promise<void> {
  const mine = ++asked;
  try {
    const status = await call('sync.status', {});
    if (mine === asked) publish(status.openConflicts);
  } catch {
    // Locked, or the core is busy: the next refresh will tell.
  }
}

/** The number as last known, without asking the core (the Sync page, which asks itself). */
export function useKnownOpenConflicts(): number {
  return useSyncExternalStore(subscribe, () => openConflicts);
}

/**
 * The number of open conflicts, for the red badge on "USB sync". Asked when the shell appears
 * (the vault was just unlocked), every 30 s while it is open, and after every decision.
 */
export function useOpenConflicts(): number {
  const count = useSyncExternalStore(subscribe, () => openConflicts);
  useEffect(() => {
    void refreshOpenConflicts();
    const timer = setInterval(() => void refreshOpenConflicts(), OPEN_CONFLICTS_REFRESH_MS);
    return () => {
      clearInterval(timer);
      asked++;
      publish(0);
    };
  }, []);
  return count;
}
