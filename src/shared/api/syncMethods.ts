import { z } from 'zod';
import { requiredName } from '../records/text';
import { conflictSchema, deviceSchema, exportSummarySchema, importSummarySchema } from '../sync/bundle';

const empty = z.object({}).strict();

/** A device fingerprint as the Devices screen shows it: five groups of four hex digits. */
export const fingerprintSchema = z.string().regex(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);

/**
 * Stands for a bundle file the lawyer picked, held by the main process for a short while so the
 * import can be retried once the sender's fingerprint is confirmed. Opaque to the page: it names no
 * folder and means nothing outside the main process that made it.
 */
export const bundleRetryTokenSchema = z.string().regex(/^[0-9a-f]{32}$/);

export const bundleExportResultSchema = z.discriminatedUnion('outcome', [
  /** The lawyer closed the folder dialog: nothing was written. */
  z.object({ outcome: z.literal('cancelled') }),
  exportSummarySchema.extend({ outcome: z.literal('exported') }),
]);
export type BundleExportResult = z.output<typeof bundleExportResultSchema>;

export const bundleImportResultSchema = z.discriminatedUnion('outcome', [
  /** The lawyer closed the file dialog: nothing was read. */
  z.object({ outcome: z.literal('cancelled') }),
  /** A retry whose file the main process no longer holds (too late, or the vault locked): choose it again. */
  z.object({ outcome: z.literal('expired') }),
  importSummarySchema.extend({ outcome: z.literal('imported') }),
]);
export type BundleImportResult = z.output<typeof bundleImportResultSchema>;

/**
 * Sync as the renderer may drive it. No file path crosses from the page: for bundles the page
 * asks for an export or an import, the main process shows the native dialog and forwards the
 * chosen path to the core through a main-only method (below). The CLI uses the core directly.
 */
export const syncMethods = {
  'sync.status': {
    input: empty,
    output: z.object({ office: z.boolean(), openConflicts: z.number().int(), device: deviceSchema }),
  },
  /** The office key's 24 words cross to the page once, to be copied by hand. */
  'sync.createOffice': { input: empty, output: z.object({ words: z.string() }) },
  'sync.joinOffice': { input: z.object({ words: z.string().max(400) }).strict(), output: empty },
  'sync.devices': { input: empty, output: z.array(deviceSchema) },
  'sync.setDeviceName': {
    input: z.object({ name: requiredName }).strict(),
    output: empty,
  },
  'sync.conflicts': { input: empty, output: z.array(conflictSchema) },
  'sync.resolveConflict': {
    input: z.object({ id: z.number().int(), keep: z.enum(['winner', 'loser']) }).strict(),
    output: empty,
  },
  /**
   * Answered by the main process: a folder dialog (the USB stick), then the bundle is written
   * there. `all`: everything in the vault; otherwise what colleagues may still lack, as the core
   * judges from the bundles read here. The page learns the file name, never the folder.
   */
  'sync.exportBundle': {
    input: z.object({ all: z.boolean() }).strict(),
    output: bundleExportResultSchema,
  },
  /**
   * Answered by the main process: a file dialog (`.panohsync`), then the bundle is read. A first
   * bundle from an unknown computer fails with BUNDLE_UNTRUSTED_DEVICE, whose params carry the
   * sender's `fingerprint` and a `token`; once the lawyer has compared the fingerprint with the
   * colleague's, `retry` reads the same file again, trusting it.
   */
  'sync.importBundle': {
    input: z
      .object({
        retry: z.object({ token: bundleRetryTokenSchema, trustFingerprint: fingerprintSchema }).strict().optional(),
      })
      .strict(),
    output: bundleImportResultSchema,
  },
  /**
   * Stops the bundle import running now, from its progress panel: the import rolls back (its
   * answer is BUNDLE_IMPORT_CANCELLED) and the vault stays exactly as it was. `cancelled` is false
   * when no import was running (it had just ended). Heard while the import runs: the core pauses
   * between steps of the import to listen.
   */
  'sync.cancelImport': { input: empty, output: z.object({ cancelled: z.boolean() }) },
} as const;

/** The renderer methods above that the main process answers itself, with a native dialog first. */
export const syncShellMethods = ['sync.exportBundle', 'sync.importBundle'] as const;

/** Long enough for any path a file dialog returns; a path is never shown, only passed on. */
const pathSchema = z.string().min(1).max(4096);

/**
 * What the main process asks of the core once the lawyer has chosen in a dialog. They take paths,
 * so they are not in the renderer's contract: the IPC gate refuses them by name, and they reach
 * the core host on a message kind of their own that only the main process sends.
 */
export const syncMainOnlyMethods = {
  'sync.writeBundle': {
    input: z.object({ folder: pathSchema, all: z.boolean() }).strict(),
    output: z.object({ path: z.string(), changes: z.number().int() }),
  },
  'sync.readBundle': {
    input: z.object({ path: pathSchema, trustFingerprint: fingerprintSchema.optional() }).strict(),
    output: importSummarySchema,
  },
} as const;
