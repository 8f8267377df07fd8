import { z } from 'zod';

const status = z.object({ lastBackupAt: z.string().optional(), reminderDays: z.number().int(), due: z.boolean() });

/** The file extension of a backup (the same as a vault's: a backup is a vault file). */
export const BACKUP_EXTENSION = '.panoh';

export const backupSaveResultSchema = z.discriminatedUnion('outcome', [
  /** The lawyer closed the save dialog: nothing was written. */
  z.object({ outcome: z.literal('cancelled') }),
  /**
   * Written and verified. The names of the backup and of the key file written beside it (their
   * folder stays in the main process), and the reminder as it is now, so the page shows "last backup: now" without asking again.
   */
  z.object({ outcome: z.literal('saved'), fileName: z.string(), keyFileName: z.string(), status }),
]);
export type BackupSaveResult = z.output<typeof backupSaveResultSchema>;

/** The opaque handle of a backup file picked for a restore (the path stays in main). */
export const restoreTokenSchema = z.string().regex(/^[0-9a-f]{32}$/);

export const restoreChoiceSchema = z.discriminatedUnion('outcome', [
  /** The lawyer closed the open dialog. */
  z.object({ outcome: z.literal('cancelled') }),
  /** A file was picked: its name, and the token that names it in the next call. */
  z.object({ outcome: z.literal('chosen'), fileName: z.string(), token: restoreTokenSchema }),
]);
export type RestoreChoice = z.output<typeof restoreChoiceSchema>;

export const restoreResultSchema = z.discriminatedUnion('outcome', [
  /** The vault was restored and is unlocked, as after `vault.unlock`. */
  z.object({ outcome: z.literal('restored') }),
  /** The token is unknown, used or too old: the file must be chosen again. Nothing was created. */
  z.object({ outcome: z.literal('expired') }),
]);
export type RestoreResult = z.output<typeof restoreResultSchema>;

/** Backup as the page sees it: the reminder, and "back up now" (the file is chosen in main). */
export const backupMethods = {
  'backup.status': { input: z.object({}).strict(), output: status },
  'backup.setReminderDays': {
    input: z.object({ days: z.number().int().min(1).max(365) }).strict(),
    output: status,
  },
  /**
   * Answered by the main process: a save dialog (Documents, `panoh-backup-YYYY-MM-DD.panoh`),
   * then the core writes the backup there. The page learns the file name, never the folder.
   */
  'backup.saveCopy': { input: z.object({}).strict(), output: backupSaveResultSchema },
  /**
   * "Restore from a backup…" on the create-vault screen, step one, answered by the main process:
   * an open dialog filtered to `.panoh`. The chosen file stays in main under a one-use token; the
   * page learns its name only.
   */
  'backup.chooseRestore': { input: z.object({}).strict(), output: restoreChoiceSchema },
  /**
   * Step two: the core restores the kept file into this computer's (not yet existing) vault and
   * unlocks it. A wrong passphrase is refused with a fresh token in the error's params, for a retry.
   */
  'backup.restore': {
    input: z.object({ token: restoreTokenSchema, passphrase: z.string().min(1).max(1024) }).strict(),
    output: restoreResultSchema,
  },
} as const;

/** The renderer methods above that the main process answers itself, with a native dialog first. */
export const backupShellMethods = ['backup.saveCopy', 'backup.chooseRestore', 'backup.restore'] as const;

/** Long enough for any path a file dialog returns; a path is never shown, only passed on. */
const pathSchema = z.string().min(1).max(4096);

/**
 * What the main process asks of the core once the lawyer has chosen the file: it takes a path, so
 * it is not in the renderer's contract (the IPC gate refuses it by name).
 */
export const backupMainOnlyMethods = {
  'backup.writeTo': {
    input: z.object({ path: pathSchema }).strict(),
    output: z.object({ path: z.string(), keyPath: z.string(), bytes: z.number().int(), status }),
  },
  /**
   * Restores the backup at `path` (a file the lawyer picked in main's open dialog) into the app's
   * own vault path, which must not exist yet, then unlocks it with the same passphrase.
   */
  'backup.restoreFrom': {
    input: z.object({ path: pathSchema, passphrase: z.string().min(1).max(1024) }).strict(),
    output: z.object({}),
  },
} as const;
