import { z } from 'zod';

const empty = z.object({}).strict();

const MODIFIERS = ['CommandOrControl', 'Control', 'Alt', 'Shift', 'Super'] as const;
/**
 * An Electron accelerator with two modifiers at least (a single Ctrl+E is pressed by accident): for
 * example `CommandOrControl+Alt+Shift+E`. Letters, digits and F1–F12 only.
 */
export const eraseShortcutSchema = z
  .string()
  .max(60)
  .refine((value) => {
    const parts = value.split('+');
    const key = parts.pop() ?? '';
    const unique = new Set(parts);
    return (
      parts.length >= 2 &&
      unique.size === parts.length &&
      parts.every((part) => (MODIFIERS as readonly string[]).includes(part)) &&
      /^([A-Z0-9]|F([1-9]|1[0-2]))$/.test(key)
    );
  }, 'invalidShortcut');
export const DEFAULT_ERASE_SHORTCUT = 'CommandOrControl+Alt+Shift+E';
/** The shortcuts Settings offers (the CLI's core accepts any valid one). */
export const ERASE_SHORTCUT_CHOICES = [
  DEFAULT_ERASE_SHORTCUT,
  'CommandOrControl+Alt+Shift+X',
  'CommandOrControl+Shift+F12',
] as const;
export const WIPE_ATTEMPTS = { min: 5, max: 20, default: 10 } as const;

export const travelStatusSchema = z.object({
  startedAt: z.string(),
  kept: z.number().int(),
  removed: z.number().int(),
  backupFile: z.string(),
});

export const seizureStatusSchema = z.object({
  eraseShortcut: z.string().optional(),
  wipeAfterFailures: z.number().int().optional(),
  /** A verified backup was written from this vault: the settings that can destroy data may be turned on. */
  backupExists: z.boolean(),
  travel: travelStatusSchema.optional(),
});
export type SeizureStatus = z.output<typeof seizureStatusSchema>;

export const travelStartResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('cancelled') }),
  /** The backup's file name (never its folder) and how many records left this laptop. */
  z.object({ outcome: z.literal('started'), fileName: z.string(), removed: z.number().int() }),
]);
export type TravelStartResult = z.output<typeof travelStartResultSchema>;

export const travelEndResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('ended'), restored: z.number().int() }),
]);
export type TravelEndResult = z.output<typeof travelEndResultSchema>;

/**
 * When the laptop is taken (issue 17). The erase itself is main-only (below): the page cannot
 * destroy the vault; the shortcut the main process registers and the CLI can.
 */
export const seizureMethods = {
  'seizure.status': { input: empty, output: seizureStatusSchema },
  /**
   * `null` turns a setting off; a value turns it on, refused with BACKUP_REQUIRED while no verified
   * backup of this vault exists.
   */
  'seizure.set': {
    input: z
      .object({
        eraseShortcut: eraseShortcutSchema.nullable().optional(),
        wipeAfterFailures: z.number().int().min(WIPE_ATTEMPTS.min).max(WIPE_ATTEMPTS.max).nullable().optional(),
      })
      .strict(),
    output: seizureStatusSchema,
  },
  /** Answered by the main process: a save dialog for the backup, then travel mode starts. */
  'travel.start': {
    input: z.object({ keep: z.array(z.uuid()).min(1).max(10_000) }).strict(),
    output: travelStartResultSchema,
  },
  /** Answered by the main process: an open dialog for the backup or the colleague's full bundle. */
  'travel.end': {
    input: z.object({ from: z.enum(['backup', 'bundle']) }).strict(),
    output: travelEndResultSchema,
  },
} as const;

export const seizureShellMethods = ['travel.start', 'travel.end'] as const;

const pathSchema = z.string().min(1).max(4096);

export const seizureMainOnlyMethods = {
  /** Emergency erase: the key slots destroyed, the vault closed. Works locked too. */
  'vault.erase': { input: empty, output: z.object({ erased: z.boolean() }) },
  'travel.startTo': {
    input: z.object({ path: pathSchema, keep: z.array(z.uuid()).min(1).max(10_000) }).strict(),
    output: z.object({ path: z.string(), removed: z.number().int() }),
  },
  'travel.endFrom': {
    input: z.object({ path: pathSchema, from: z.enum(['backup', 'bundle']) }).strict(),
    output: z.object({ restored: z.number().int() }),
  },
} as const;
