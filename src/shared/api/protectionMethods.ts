import { z } from 'zod';
import { trashItemSchema, trashKinds } from './recordsMethods';
import { fingerprintSchema } from './syncMethods';

const empty = z.object({}).strict();
const confirmPassphrase = z.object({ passphrase: z.string().min(1).max(1024) }).strict();
/** A recovery key crosses to the renderer exactly once, to be written down. */
const recoveryKeyResult = z.object({ recoveryKey: z.string() });
/** A new office key's 24 words cross to the page once, to be copied by hand. */
const wordsResult = z.object({ words: z.string() });

/** What the key file and the audit anchor say about themselves (the key file's MAC, the log's head). */
export const keyStatusSchema = z.object({
  keyFile: z.enum(['ok', 'altered']),
  recoveryKey: z.enum(['ok', 'unconfirmed']),
  auditAnchor: z.enum(['ok', 'truncated']),
  auditAnchorSeq: z.number().int(),
  interruptedRekey: z.enum(['completed', 'undone']).optional(),
});
export type KeyStatus = z.output<typeof keyStatusSchema>;

/**
 * How many rows "delete forever" removed (the record and what belonged to it), and whether old
 * traces are still in the file because another program was reading the vault (finished at lock).
 */
const purgeResult = z.object({ purged: z.number().int(), flushPending: z.literal(true).optional() });
const trashTarget = z.object({ kind: z.enum(trashKinds), id: z.uuid() }).strict();
/** A colleague's "delete forever" of a record still live here, named as Recently deleted names its items. */
export const purgeRequestSchema = trashItemSchema.omit({ deletedAt: true }).extend({ requestedAt: z.string() });

/**
 * Revocation and deletion for good: re-encrypting the vault under a new data key, replacing the
 * recovery key, purging records (on this computer and, through the next bundles, on every
 * colleague's), rotating the office key and revoking a colleague's computer.
 */
export const protectionMethods = {
  'vault.keyStatus': { input: empty, output: keyStatusSchema },
  /** A new random data key; every older key file stops opening the vault. Asks the passphrase again. */
  'vault.rekey': { input: confirmPassphrase, output: recoveryKeyResult },
  /** A new recovery key in this key file; the old one stops opening it. */
  'vault.newRecoveryKey': { input: confirmPassphrase, output: recoveryKeyResult },
  /** "Delete forever" from Recently deleted. */
  'trash.purge': { input: trashTarget, output: purgeResult },
  /** Colleagues' "delete forever" of records still live here, waiting for a lawyer's word. */
  'trash.purgeRequests': { input: empty, output: z.array(purgeRequestSchema) },
  /** Carries out a colleague's request: the record goes forever, with what belongs to it. */
  'trash.confirmPurge': { input: trashTarget, output: purgeResult },
  /** Declines a colleague's request: the record stays. */
  'trash.keepRecord': { input: trashTarget, output: empty },
  /** "Delete forever" of a live applicant whose consent was withdrawn. */
  'applicants.purge': { input: z.object({ id: z.uuid() }).strict(), output: purgeResult },
  /** A new office key, announced to the office's trusted computers in the next bundles. */
  'sync.rotateOffice': { input: empty, output: wordsResult },
  /** Refuses a colleague's computer from now on, and rotates the office key without it. */
  'sync.revokeDevice': { input: z.object({ fingerprint: fingerprintSchema }).strict(), output: wordsResult },
} as const;
