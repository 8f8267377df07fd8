import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { backupShellMethods } from '../../shared/api/backupMethods';
import {
  BACKUP_EXTENSION,
  type BackupSaveResult,
  type RestoreChoice,
  type RestoreResult,
} from '../../shared/api/backupMethods';
import {
  type InvokeResult,
  type MainOnlyInput,
  type MainOnlyMethodName,
  mainOnlyApi,
  type ParsedInput,
} from '../../shared/api/contract';
import type { RoutesFor } from '../ipc/invokeAdapter';

export interface BackupRouteOptions {
  /**
   * Asks the lawyer where to save the backup, offering `defaultName` (in Documents, in Electron);
   * undefined if cancelled.
   */
  chooseSaveFile(defaultName: string): Promise<string | undefined>;
  /** Asks the lawyer for a backup (`.panoh`) to restore from; undefined if cancelled. */
  chooseBackupFile(): Promise<string | undefined>;
  /** A main-only call to the core (in Electron: the core process; in the e2e harness: in-process). */
  callMainOnly<M extends MainOnlyMethodName>(method: M, input: MainOnlyInput<M>): Promise<InvokeResult>;
  now?(): Date;
  /** A fresh, unguessable restore token (32 hex digits). */
  newToken?(): string;
  /** How long a picked backup is kept for the passphrase (ms); ten minutes by default. */
  restoreMs?: number;
}

/** How long a backup picked for a restore is kept while the lawyer types the passphrase. */
export const RESTORE_KEEP_MS = 10 * 60_000;

const ok = <T>(value: T): InvokeResult => ({ ok: true, value });
const INTERNAL: InvokeResult = { ok: false, error: { code: 'INTERNAL' } };

/**
 * `panoh-backup-2026-11-27.panoh`, by the computer's own calendar day. A neutral name on purpose:
 * never the office's or a client's, since the file will sit on a stick that can be lost.
 */
export function defaultBackupName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `panoh-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}${BACKUP_EXTENSION}`;
}

/**
 * Linux's file dialog keeps the name as typed: without the extension the backup could not be
 * picked later in a dialog filtered to `.panoh`, so it is added (the core still refuses to
 * overwrite whatever the name becomes).
 */
export function withBackupExtension(path: string): string {
  return path.toLowerCase().endsWith(BACKUP_EXTENSION) ? path : `${path}${BACKUP_EXTENSION}`;
}

/**
 * The main process's side of "Back up now": the page only asks; the lawyer picks the file in a
 * native save dialog and the path goes from here to the core as a main-only call. The page gets
 * back the file's name and the reminder, never the folder.
 */
export function createBackupRoutes(options: BackupRouteOptions): {
  routes: RoutesFor<(typeof backupShellMethods)[number]>;
  forget(): void;
} {
  const now = options.now ?? (() => new Date());
  const newToken = options.newToken ?? (() => randomBytes(16).toString('hex'));
  const restoreMs = options.restoreMs ?? RESTORE_KEEP_MS;
  /** The one backup picked for a restore, kept here under a token as bundleRoutes keeps a bundle. */
  let kept: { token: string; path: string; until: number } | undefined;

  const keep = (path: string): string => {
    const token = newToken();
    kept = { token, path, until: now().getTime() + restoreMs };
    return token;
  };

  /** The kept file for this token, taken out (a token is good for one try). */
  const take = (token: string): string | undefined => {
    const found = kept;
    if (!found || found.token !== token) return undefined;
    kept = undefined;
    return found.until > now().getTime() ? found.path : undefined;
  };

  const saveCopy = async (): Promise<InvokeResult> => {
    const chosen = await options.chooseSaveFile(defaultBackupName(now()));
    if (chosen === undefined) return ok<BackupSaveResult>({ outcome: 'cancelled' });
    const result = await options.callMainOnly('backup.writeTo', { path: withBackupExtension(chosen) });
    if (!result.ok) return result;
    const written = mainOnlyApi['backup.writeTo'].output.safeParse(result.value);
    if (!written.success) return INTERNAL;
    return ok<BackupSaveResult>({
      outcome: 'saved',
      fileName: basename(written.data.path),
      keyFileName: basename(written.data.keyPath),
      status: written.data.status,
    });
  };

  /**
   * "Restore from a backup…", step one: the open dialog. The path stays here; the page gets the
   * file's name and a token. A new pick replaces any file kept before; a cancelled one leaves it.
   */
  const chooseRestore = async (): Promise<InvokeResult> => {
    const chosen = await options.chooseBackupFile();
    if (chosen === undefined) return ok<RestoreChoice>({ outcome: 'cancelled' });
    return ok<RestoreChoice>({ outcome: 'chosen', fileName: basename(chosen), token: keep(chosen) });
  };

  /**
   * Step two: the core restores the kept file into the app's own vault path and unlocks it. A
   * wrong passphrase creates nothing; the file is kept again under a fresh token (in the error's
   * params) so the lawyer can type it again without picking the file anew. Any other refusal
   * (no key file, damaged, not a backup, a vault already here) forgets the file.
   */
  const restore = async ({ token, passphrase }: ParsedInput<'backup.restore'>): Promise<InvokeResult> => {
    const path = take(token);
    if (path === undefined) return ok<RestoreResult>({ outcome: 'expired' });
    const result = await options.callMainOnly('backup.restoreFrom', { path, passphrase });
    if (!result.ok) {
      if (result.error.code !== 'WRONG_PASSPHRASE') return result;
      return { ok: false, error: { ...result.error, params: { ...result.error.params, token: keep(path) } } };
    }
    return ok<RestoreResult>({ outcome: 'restored' });
  };

  return {
    routes: { 'backup.saveCopy': saveCopy, 'backup.chooseRestore': chooseRestore, 'backup.restore': restore },
    forget: () => {
      kept = undefined;
    },
  };
}
