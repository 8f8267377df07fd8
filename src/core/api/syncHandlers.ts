import type { z } from 'zod';
import type { CoreMethodName, MainOnlyInput, MainOnlyMethodName, MainOnlyOutput } from '../../shared/api/contract';
import type { syncMainOnlyMethods, syncMethods } from '../../shared/api/syncMethods';
import type { SyncProgress } from '../../shared/sync/bundle';
import type { Workspace } from '../records/workspace';
import { deviceIdentity, fingerprintOf, setDeviceName } from '../sync/deviceIdentity';
import { createOfficeKey, hasOffice, joinOffice } from '../sync/officeKey';
import {
  exportBundle,
  importBundleCancellable,
  listConflicts,
  listDevices,
  resolveConflict,
} from '../sync/syncService';

type SyncMethods = typeof syncMethods;
export type SyncHandlers = {
  [M in keyof SyncMethods & CoreMethodName]: (
    input: z.output<SyncMethods[M]['input']>,
  ) => z.output<SyncMethods[M]['output']>;
};
export type SyncMainOnlyHandlers = {
  [M in keyof typeof syncMainOnlyMethods & MainOnlyMethodName]: (
    input: MainOnlyInput<M>,
  ) => MainOnlyOutput<M> | Promise<MainOnlyOutput<M>>;
};

/** The least time between two progress events of one phase. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Passes on the core's progress, thinned: a 100,000-change import may report every change, far
 * more often than a bar can show or IPC should carry. The first report of each phase and the one
 * that completes it always go through, so the phases shown are the ones that really happened.
 */
export function throttledProgress<P extends { phase: string; done: number; total: number } = SyncProgress>(
  send: (progress: P) => void,
  now: () => number = Date.now,
  intervalMs: number = PROGRESS_INTERVAL_MS,
): (progress: P) => void {
  let phase: P['phase'] | undefined;
  let sentAt = Number.NEGATIVE_INFINITY;
  return (progress) => {
    const at = now();
    if (progress.phase === phase && progress.done < progress.total && at - sentAt < intervalMs) return;
    phase = progress.phase;
    sentAt = at;
    send({ phase: progress.phase, done: progress.done, total: progress.total } as P);
  };
}

/**
 * The bundle import running now, if any, and the way to stop it. One at a time: the core lets no
 * other call in while one runs (see createCore).
 */
export class RunningImport {
  private controller: AbortController | undefined;

  async run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    this.controller = controller;
    try {
      return await work(controller.signal);
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  /** Whether an import was running to be cancelled. */
  cancel(): boolean {
    if (!this.controller || this.controller.signal.aborted) return false;
    this.controller.abort();
    return true;
  }
}

export function syncHandlers(ws: () => Workspace, running: RunningImport): SyncHandlers {
  return {
    'sync.cancelImport': () => ({ cancelled: running.cancel() }),
    'sync.status': () => {
      const w = ws();
      const self = deviceIdentity(w.db);
      return {
        office: hasOffice(w.db),
        openConflicts: listConflicts(w).length,
        device: { deviceId: self.deviceId, name: self.name, fingerprint: fingerprintOf(self.publicKeyRaw), self: true },
      };
    },
    'sync.createOffice': () => {
      const w = ws();
      return w.store.transaction(() => {
        const words = createOfficeKey(w.db);
        w.audit.append({ action: 'create', targetKind: 'vault', detail: { office: 'created' } });
        return { words };
      });
    },
    'sync.joinOffice': ({ words }) => {
      const w = ws();
      w.store.transaction(() => {
        joinOffice(w.db, words);
        w.audit.append({ action: 'update', targetKind: 'vault', detail: { office: 'joined' } });
      });
      return {};
    },
    'sync.devices': () => listDevices(ws()),
    'sync.setDeviceName': ({ name }) => {
      setDeviceName(ws().db, name);
      return {};
    },
    'sync.conflicts': () => listConflicts(ws()),
    'sync.resolveConflict': ({ id, keep }) => {
      resolveConflict(ws(), id, keep);
      return {};
    },
  };
}

/**
 * Bundle files, at paths the main process got from a native dialog (never from the page). Each
 * call reports its progress as `sync.progress` events.
 */
export function syncMainOnlyHandlers(
  ws: () => Workspace,
  progress: (progress: SyncProgress) => void,
  running: RunningImport,
): SyncMainOnlyHandlers {
  return {
    'sync.writeBundle': ({ folder, all }) =>
      exportBundle(ws(), { folder, all, onProgress: throttledProgress(progress) }),
    'sync.readBundle': ({ path, trustFingerprint }) =>
      running.run((signal) =>
        importBundleCancellable(ws(), { path, trustFingerprint, signal, onProgress: throttledProgress(progress) }),
      ),
  };
}
