import { z } from 'zod';
import { conflictSchema, deviceSchema } from '../sync/bundle';

const empty = z.object({}).strict();

/**
 * Sync as the renderer may drive it. Reading and writing bundle files needs a folder the lawyer
 * picks in a native dialog; that goes through the main process (not yet built), and the CLI uses
 * the core directly, so no file path crosses from the page to the core.
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
    input: z.object({ name: z.string().trim().min(1).max(120) }).strict(),
    output: empty,
  },
  'sync.conflicts': { input: empty, output: z.array(conflictSchema) },
  'sync.resolveConflict': {
    input: z.object({ id: z.number().int(), keep: z.enum(['winner', 'loser']) }).strict(),
    output: empty,
  },
} as const;
