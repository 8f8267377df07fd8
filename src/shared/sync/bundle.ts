import { z } from 'zod';

export const BUNDLE_FORMAT = 'panoh-bundle';
/** 2: a new record travels as one creation change (`_created`); readers of 2 also read 1. */
export const BUNDLE_VERSION = 2;
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
    value: z.string().max(1_000_000),
    prevHlc: z.union([hlcSchema, z.literal('')]),
  })
  .strict();
export type BundleChange = z.output<typeof bundleChangeSchema>;

/** A scan an attachment change refers to, carried once per bundle. */
export const bundleBlobSchema = z
  .object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), base64: z.string().max(700 * 1024 * 1024) })
  .strict();
export type BundleBlob = z.output<typeof bundleBlobSchema>;

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
      })
      .strict(),
    createdAt: z.string().max(40),
    changes: z.number().int().min(0),
    blobs: z.number().int().min(0),
    base: versionVectorSchema,
    vector: versionVectorSchema,
  })
  .strict();
export type BundleHeader = z.output<typeof bundleHeaderSchema>;

export const deviceSchema = z.object({
  deviceId: z.string(),
  name: z.string(),
  fingerprint: z.string(),
  trustedAt: z.string().optional(),
  lastImportAt: z.string().optional(),
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
});
export type ImportSummary = z.output<typeof importSummarySchema>;

export const exportSummarySchema = z.object({
  /** The bundle's file name (never its folder: the folder is the lawyer's choice, in the shell). */
  fileName: z.string(),
  changes: z.number().int(),
});
export type ExportSummary = z.output<typeof exportSummarySchema>;
