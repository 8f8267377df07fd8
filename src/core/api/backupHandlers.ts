import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'zod';
import type { backupMainOnlyMethods, backupMethods } from '../../shared/api/backupMethods';
import type { CoreMethodName } from '../../shared/api/contract';
import { PanohError } from '../../shared/errors';
import { backupStatus, backupVault, setReminderDays } from '../backup/backupService';
import { restoreVault } from '../backup/restoreVault';
import type { Workspace } from '../records/workspace';
import { keyFilePath } from '../vault/keyFile';
import type { VaultOptions, VaultSession } from '../vault/vaultSession';

type BackupMethods = typeof backupMethods;
export type BackupHandlers = {
  [M in keyof BackupMethods & CoreMethodName]: (
    input: z.output<BackupMethods[M]['input']>,
  ) => z.output<BackupMethods[M]['output']>;
};
type BackupMainOnlyMethods = typeof backupMainOnlyMethods;
export type BackupMainOnlyHandlers = {
  [M in Exclude<keyof BackupMainOnlyMethods, 'backup.restoreFrom'>]: (
    input: z.output<BackupMainOnlyMethods[M]['input']>,
  ) => z.output<BackupMainOnlyMethods[M]['output']>;
};

export function backupHandlers(ws: () => Workspace): BackupHandlers {
  return {
    'backup.status': () => backupStatus(ws()),
    'backup.setReminderDays': ({ days }) => {
      setReminderDays(ws(), days);
      return backupStatus(ws());
    },
  };
}

/**
 * A folder that is not there (a stick pulled out after the dialog closed, a renamed folder) would
 * otherwise reach SQLite's VACUUM INTO as "cannot open", which reads as write-protected: the
 * lawyer is told the truth instead.
 */
function requireFolder(path: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(dirname(path)).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new PanohError('STORAGE_MISSING');
}

/** The backup file, at a path the main process got from a save dialog (never from the page). */
export function backupMainOnlyHandlers(ws: () => Workspace, vault: () => VaultSession): BackupMainOnlyHandlers {
  return {
    'backup.writeTo': ({ path }) => {
      const workspace = ws();
      requireFolder(path);
      const { bytes } = backupVault(workspace, vault(), path);
      return { path, keyPath: keyFilePath(path), bytes, status: backupStatus(workspace) };
    },
  };
}

export type RestoreMainOnlyHandlers = {
  'backup.restoreFrom': (
    input: z.output<BackupMainOnlyMethods['backup.restoreFrom']['input']>,
  ) => Promise<z.output<BackupMainOnlyMethods['backup.restoreFrom']['output']>>;
};

/**
 * "Restore from a backup…" on a computer with no vault yet: `restoreVault` copies the backup to the
 * app's own vault path (it refuses if anything is there, and checks the passphrase, cipher, pages
 * and schema before a byte is written), then the session unlocks it the normal way, as
 * `vault.unlock` does, and the audit says so (never from where).
 */
export function restoreMainOnlyHandlers(
  vault: () => VaultSession,
  options: Pick<VaultOptions, 'scrypt'>,
  audited: (entry: { action: 'restore'; targetKind: 'vault'; detail: Record<string, string> }) => void,
): RestoreMainOnlyHandlers {
  return {
    'backup.restoreFrom': async ({ path, passphrase }) => {
      const session = vault();
      if (session.isUnlocked || session.exists()) throw new PanohError('VAULT_ALREADY_EXISTS');
      await restoreVault(path, session.path, passphrase, options.scrypt ? { scrypt: options.scrypt } : {});
      await session.unlock(passphrase);
      audited({ action: 'restore', targetKind: 'vault', detail: { from: 'backup' } });
      return {};
    },
  };
}
