import type { z } from 'zod';
import type { CoreMethodName, MainOnlyInput, MainOnlyOutput } from '../../shared/api/contract';
import type { SeizureStatus, seizureMainOnlyMethods, seizureMethods } from '../../shared/api/seizureMethods';
import { PanohError } from '../../shared/errors';
import { backupStatus } from '../backup/backupService';
import type { Workspace } from '../records/workspace';
import { endTravelFromBackup, endTravelFromBundle, startTravel } from '../travel/travelMode';
import { travelState } from '../travel/travelState';
import type { SeizureSettings } from '../vault/keyFile';
import type { VaultSession } from '../vault/vaultSession';

type SeizureMethods = typeof seizureMethods;
export type SeizureHandlers = {
  [M in keyof SeizureMethods & CoreMethodName]: (
    input: z.output<SeizureMethods[M]['input']>,
  ) => z.output<SeizureMethods[M]['output']>;
};
type SeizureMainOnlyName = keyof typeof seizureMainOnlyMethods;
export type SeizureMainOnlyHandlers = {
  [M in SeizureMainOnlyName]: (input: MainOnlyInput<M>) => MainOnlyOutput<M>;
};

export function seizureStatus(workspace: Workspace, vault: VaultSession): SeizureStatus {
  const settings = vault.seizureSettings();
  const travel = travelState(workspace.db);
  return {
    ...settings,
    backupExists: backupStatus(workspace).lastBackupAt !== undefined,
    ...(travel
      ? {
          travel: {
            startedAt: travel.startedAt,
            kept: travel.kept.length,
            removed: travel.removed,
            backupFile: travel.backupFile,
          },
        }
      : {}),
  };
}

/**
 * Turning on what can destroy this laptop's data needs a verified backup first (the backup is
 * checked when written; its time is kept in the vault). Turning off never does.
 */
export function setSeizure(
  workspace: Workspace,
  vault: VaultSession,
  patch: { eraseShortcut?: string | null | undefined; wipeAfterFailures?: number | null | undefined },
): SeizureStatus {
  const current = vault.seizureSettings();
  const next: SeizureSettings = { ...current };
  if (patch.eraseShortcut !== undefined) {
    if (patch.eraseShortcut === null) delete next.eraseShortcut;
    else next.eraseShortcut = patch.eraseShortcut;
  }
  if (patch.wipeAfterFailures !== undefined) {
    if (patch.wipeAfterFailures === null) delete next.wipeAfterFailures;
    else next.wipeAfterFailures = patch.wipeAfterFailures;
  }
  const turnsOn =
    (next.eraseShortcut !== undefined && next.eraseShortcut !== current.eraseShortcut) ||
    (next.wipeAfterFailures !== undefined && next.wipeAfterFailures !== current.wipeAfterFailures);
  if (turnsOn && backupStatus(workspace).lastBackupAt === undefined) throw new PanohError('BACKUP_REQUIRED');
  vault.setSeizureSettings(next);
  workspace.store.transaction(() => {
    workspace.audit.append({
      action: 'seizure_settings',
      targetKind: 'vault',
      detail: { eraseShortcut: next.eraseShortcut ? 1 : 0, wipeAfterFailures: next.wipeAfterFailures ?? 0 },
    });
  });
  return seizureStatus(workspace, vault);
}

export function seizureHandlers(
  ws: () => Workspace,
  vault: () => VaultSession,
  changed: (settings: { eraseShortcut?: string }) => void,
): SeizureHandlers {
  return {
    'seizure.status': () => seizureStatus(ws(), vault()),
    'seizure.set': (patch) => {
      const status = setSeizure(ws(), vault(), patch);
      changed(status.eraseShortcut ? { eraseShortcut: status.eraseShortcut } : {});
      return status;
    },
  };
}

/**
 * The erase (the shortcut, or the CLI) and travel mode's file steps: paths the main process got
 * from a dialog. `erase` is the core's own: it audits while the vault is open, then destroys.
 */
export function seizureMainOnlyHandlers(
  ws: () => Workspace,
  vault: () => VaultSession,
  erase: () => boolean,
): SeizureMainOnlyHandlers {
  return {
    'vault.erase': () => ({ erased: erase() }),
    'travel.startTo': ({ path, keep }) => {
      const started = startTravel(ws(), vault(), { keep, backupPath: path });
      return { path: started.backupPath, removed: started.removed };
    },
    'travel.endFrom': ({ path, from }) =>
      from === 'backup'
        ? endTravelFromBackup(ws(), vault(), path)
        : { restored: endTravelFromBundle(ws(), path).restored },
  };
}
