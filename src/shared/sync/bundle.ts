import { z } from 'zod';

export const BUNDLE_FORMAT = 'panoh-bundle';
/**
 * 2: a new record travels as one creation change (`_created`); readers of 2 also read 1.
 * 3: the header may announce a new office key and list revoked computers, and names the sender's
 * key-agreement key and audit head; a record may travel as deleted forever (`_purged`). Readers of
 * 3 also read 1 and 2.
 */
export const BUNDLE_VERSION = 3;
/** A bundle larger than this is refused before it is read into memory. */
export const MAX_BUNDLE_BYTES = 1024 * 1024 * 1024;
export const BUNDLE_EXTENSION = '.panohsync';

export const hlcSchema = z.string().regex(/^\d{15}-\d{5}-[0-9a-f]{16}$/);
export const deviceIdSchema = z.string().regex(/^[0-9a-f]{16}$/);

/** Devices an office can hold, to bound the header's vectors. */
const MAX_VECTOR_ENTRIES = 500;

/**
 * A version vector: for each device that made changes, the clock up to which every one of its
 * changes is held (no gaps below it). Bundles carry two, so an exporter need not know who will
 * plug in the stick: `base` is what the bundle assumes its reader already holds, `vector` is what
 * the sender holds.
 */
export const versionVectorSchema = z
  .record(deviceIdSchema, hlcSchema)
  .refine((vector) => Object.keys(vector).length <= MAX_VECTOR_ENTRIES);
export type VersionVector = z.output<typeof versionVectorSchema>;
export const recordTables = [
  'applicants',
  'events',
  'incidents',
  'attachments',
  'tasks',
  'office_templates',
  'office_details',
] as const;
/** Tables whose records name a blob (by `sha256`) that a bundle must carry with them. */
export const blobTables = ['attachments', 'office_templates'] as const;

/** One field change as it travels: the value as JSON text, exactly as the change log holds it. */
export const bundleChangeSchema = z
  .object({
    hlc: hlcSchema,
    tbl: z.enum(recordTables),
    rowId: z.uuid(),
    field: z.string().regex(/^_?[A-Za-z][A-Za-z0-9]{0,59}$/),
    // JSON text, as the change log holds it: anything else is refused before it is stored.
    value: z
      .string()
      .max(1_000_000)
      .refine((text) => {
        try {
          JSON.parse(text);
          return true;
        } catch {
          return false;
        }
      }),
    prevHlc: z.union([hlcSchema, z.literal('')]),
  })
  .strict();
export type BundleChange = z.output<typeof bundleChangeSchema>;

/** A scan an attachment change refers to, carried once per bundle. */
export const bundleBlobSchema = z
  .object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), base64: z.string().max(700 * 1024 * 1024) })
  .strict();
export type BundleBlob = z.output<typeof bundleBlobSchema>;

const base64Of = (bytes: number) =>
  z
    .string()
    .regex(
      new RegExp(
        `^[A-Za-z0-9+/]{${4 * Math.floor(bytes / 3)}}${bytes % 3 === 0 ? '' : bytes % 3 === 1 ? '[A-Za-z0-9+/]{2}==' : '[A-Za-z0-9+/]{3}='}$`,
      ),
    );

/**
 * A new office key, sealed to each trusted computer's key-agreement key (X25519, then AES-GCM): the
 * header of every bundle carries it once the office changed its key, so colleagues move over with
 * their next bundle while a revoked laptop finds nothing it can open.
 */
export const officeAnnouncementSchema = z
  .object({
    epoch: z.number().int().min(1).max(1_000_000),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    wraps: z
      .array(
        z
          .object({
            deviceId: deviceIdSchema,
            ephemeral: base64Of(32),
            iv: base64Of(12),
            tag: base64Of(16),
            ciphertext: base64Of(32),
          })
          .strict(),
      )
      .max(MAX_VECTOR_ENTRIES),
  })
  .strict();
export type OfficeAnnouncement = z.output<typeof officeAnnouncementSchema>;

/** The plaintext header: authenticated (it is the AEAD's associated data and signed), not secret. */
export const bundleHeaderSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.number().int(),
    schemaVersion: z.number().int(),
    office: z.string().regex(/^[0-9a-f]{16}$/),
    sender: z
      .object({
        deviceId: deviceIdSchema,
        name: z.string().max(120),
        publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
        /** Version 3: the X25519 key a new office key is wrapped to. */
        kxKey: base64Of(32).optional(),
      })
      .strict(),
    createdAt: z.string().max(40),
    changes: z.number().int().min(0),
    blobs: z.number().int().min(0),
    base: versionVectorSchema,
    vector: versionVectorSchema,
    /** Version 3: the sender's newest audit entry, kept by the reader as evidence of the sender's log. */
    auditHead: z
      .object({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) })
      .strict()
      .optional(),
    announcement: officeAnnouncementSchema.optional(),
    /** Computers the sender has revoked, each with the newest of its changes still accepted. */
    revoked: z
      .array(z.object({ deviceId: deviceIdSchema, after: z.union([hlcSchema, z.literal('')]) }).strict())
      .max(MAX_VECTOR_ENTRIES)
      .optional(),
  })
  .strict();
export type BundleHeader = z.output<typeof bundleHeaderSchema>;

export const deviceSchema = z.object({
  deviceId: z.string(),
  name: z.string(),
  fingerprint: z.string(),
  trustedAt: z.string().optional(),
  lastImportAt: z.string().optional(),
  /** When this computer was revoked (lost, stolen, its holder gone): its bundles are refused. */
  revokedAt: z.string().optional(),
  self: z.boolean(),
});
export type Device = z.output<typeof deviceSchema>;

export const conflictSchema = z.object({
  id: z.number().int(),
  tbl: z.enum(recordTables),
  rowId: z.string(),
  field: z.string(),
  /** The applicant the conflicting record belongs to, for the inbox to name the person. */
  applicantId: z.string().optional(),
  winner: z.object({ value: z.unknown(), at: z.string(), device: z.string() }),
  loser: z.object({ value: z.unknown(), at: z.string(), device: z.string() }),
  detectedAt: z.string(),
});
export type Conflict = z.output<typeof conflictSchema>;

/** Where a bundle export or import is, for a progress bar; `done` of `total` within the phase. */
export const syncProgressSchema = z.object({
  phase: z.enum(['reading', 'checking', 'merging', 'writing']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type SyncProgress = z.output<typeof syncProgressSchema>;

export const importSummarySchema = z.object({
  /** The sending device's name. */
  device: z.string(),
  /** Changes new to this vault. */
  received: z.number().int(),
  /** Changes already here (an earlier bundle, or relayed through a colleague). */
  known: z.number().int(),
  conflicts: z.number().int(),
  /**
   * Records this bundle changed whose beginning has not reached this vault yet (the bundle was made
   * for colleagues who already had it). They stay out of sight, kept in the change log, until a
   * bundle brings the rest; the next bundle from any colleague who has them will.
   */
  waiting: z.number().int(),
  /** Records this bundle deleted forever, with what belonged to them. */
  purged: z.number().int(),
  /** Changes of a revoked computer this vault did not already hold, dropped (its clock is its own claim). */
  ignored: z.number().int(),
  /** Colleagues' "delete forever" of records still live here: kept for a lawyer to confirm or decline. */
  purgeRequests: z.number().int(),
  /** The sender's audit log holds fewer entries than its last bundle said: someone removed some. */
  senderAuditShortened: z.boolean(),
});
export type ImportSummary = z.output<typeof importSummarySchema>;

export const exportSummarySchema = z.object({
  /** The bundle's file name (never its folder: the folder is the lawyer's choice, in the shell). */
  fileName: z.string(),
  changes: z.number().int(),
});
export type ExportSummary = z.output<typeof exportSummarySchema>;
