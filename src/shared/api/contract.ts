import { z } from 'zod';
import { errorPayloadSchema } from '../errors';
import { languageSchema } from '../i18n/languages';
import { importProgressSchema } from '../import/spreadsheetImport';
import { nameText, optional, shortText } from '../records/text';
import { syncProgressSchema } from '../sync/bundle';
import { passphraseSchema, recoveryKeySchema } from '../vault';
import { backupMainOnlyMethods, backupMethods, backupShellMethods } from './backupMethods';
import { deadlineMethods } from './deadlineMethods';
import { documentMethods } from './documentMethods';
import { importMainOnlyMethods, importMethods, importShellMethods } from './importMethods';
import { keyStatusSchema, protectionMethods } from './protectionMethods';
import { attachmentMainOnlyMethods, attachmentShellMethods, recordsMethods } from './recordsMethods';
import { reportMethods } from './reportMethods';
import { searchMethods } from './searchMethods';
import { seizureMainOnlyMethods, seizureMethods, seizureShellMethods } from './seizureMethods';
import { syncMainOnlyMethods, syncMethods, syncShellMethods } from './syncMethods';

/**
 * The one list of what the renderer (and the CLI, and the tests) may ask of the core. Each method
 * names its input and output schema; the IPC adapter parses inputs with them, the core parses
 * again, and the typed client is derived from them. Inputs are strict: an unknown property is an
 * error, not something silently dropped.
 */
const empty = z.object({}).strict();

export const vaultStatusSchema = z.object({
  exists: z.boolean(),
  unlocked: z.boolean(),
  /** File name only, never the full path: the renderer does not need to know the disk layout. */
  fileName: z.string(),
  /** The erase shortcut the office turned on (read from the key file; the main process registers it). */
  eraseShortcut: z.string().optional(),
  /** Wrong attempts left before the key file is erased, once fewer than three remain. */
  attemptsLeft: z.number().int().optional(),
});

export const vaultCheckSchema = z.object({
  cipher: z.string(),
  integrity: z.enum(['ok', 'failed']),
  integrityMessages: z.array(z.string()),
  auditEntries: z.number().int(),
  auditChain: z.enum(['ok', 'broken']),
  /** The first audit entry whose hash does not match, when the chain is broken. */
  auditBrokenAt: z.number().int().optional(),
  schemaVersion: z.number().int(),
  latestSchemaVersion: z.number().int(),
  plaintextHeader: z.boolean(),
  ...keyStatusSchema.shape,
});

export const AUTO_LOCK_MINUTES = { min: 1, max: 240, default: 5 } as const;

/** What Enter does in a one-line field of a record form: go to the next field, or save (Ctrl+Enter always saves). */
export const enterKeyChoices = ['next', 'save'] as const;
export type EnterKeyChoice = (typeof enterKeyChoices)[number];

export const prefsSchema = z.object({
  language: languageSchema,
  autoLockMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
  enterKey: z.enum(enterKeyChoices).default('next'),
});
export type Prefs = z.infer<typeof prefsSchema>;

export const lockReasonSchema = z.enum(['user', 'idle', 'system']);
export type LockReason = z.infer<typeof lockReasonSchema>;

export const api = {
  'vault.status': { input: empty, output: vaultStatusSchema },
  'vault.create': {
    /**
     * The bureau's name (on every PDF) and the lawyer's (in the audit log) are asked for with the
     * passphrase, so the first entry already names who made the vault.
     */
    input: z
      .object({
        passphrase: passphraseSchema,
        officeName: optional(shortText),
        profileName: optional(nameText),
      })
      .strict(),
    /** The recovery key crosses to the renderer exactly once, to be written down. */
    output: z.object({ recoveryKey: z.string() }),
  },
  'vault.unlock': {
    input: z.object({ passphrase: z.string().min(1).max(1024) }).strict(),
    output: empty,
  },
  'vault.recover': {
    input: z.object({ recoveryKey: recoveryKeySchema, newPassphrase: passphraseSchema }).strict(),
    output: empty,
  },
  'vault.lock': { input: z.object({ reason: lockReasonSchema.optional() }).strict(), output: empty },
  'vault.changePassphrase': {
    input: z.object({ currentPassphrase: z.string().min(1).max(1024), newPassphrase: passphraseSchema }).strict(),
    output: empty,
  },
  'vault.check': { input: empty, output: vaultCheckSchema },
  'prefs.get': { input: empty, output: prefsSchema },
  'prefs.set': { input: prefsSchema.partial().strict(), output: prefsSchema },
  ...recordsMethods,
  ...searchMethods,
  ...deadlineMethods,
  ...reportMethods,
  ...syncMethods,
  ...backupMethods,
  ...importMethods,
  ...documentMethods,
  ...protectionMethods,
  ...seizureMethods,
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller passes (before parsing). */
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
/** What the core receives (after parsing). */
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

export const methodNames = Object.keys(api) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(api, value);
}

/**
 * Methods of the renderer's contract that the main process answers itself: it shows a native
 * dialog, then calls a main-only method with the path the lawyer chose. The core does not answer
 * them (it has no dialog).
 */
export const shellMethodNames = [
  ...syncShellMethods,
  ...backupShellMethods,
  ...attachmentShellMethods,
  ...importShellMethods,
  ...seizureShellMethods,
] as const;
export type ShellMethodName = (typeof shellMethodNames)[number];
/** The methods the core answers (the CLI and the tests call them directly). */
export type CoreMethodName = Exclude<MethodName, ShellMethodName>;

export function isShellMethodName(value: unknown): value is ShellMethodName {
  return typeof value === 'string' && (shellMethodNames as readonly string[]).includes(value);
}

/**
 * What only the main process may ask of the core: methods that take a file path. Kept out of
 * `api` so the renderer's gate refuses them by name, whatever the page sends.
 */
export const mainOnlyApi = {
  ...syncMainOnlyMethods,
  ...backupMainOnlyMethods,
  ...attachmentMainOnlyMethods,
  ...importMainOnlyMethods,
  ...seizureMainOnlyMethods,
} as const;
export type MainOnlyApi = typeof mainOnlyApi;
export type MainOnlyMethodName = keyof MainOnlyApi;
export type MainOnlyInput<M extends MainOnlyMethodName> = z.output<MainOnlyApi[M]['input']>;
export type MainOnlyOutput<M extends MainOnlyMethodName> = z.output<MainOnlyApi[M]['output']>;

export function isMainOnlyMethodName(value: unknown): value is MainOnlyMethodName {
  return typeof value === 'string' && Object.hasOwn(mainOnlyApi, value);
}

/** Events the core pushes to the renderer. */
export const events = {
  'vault.locked': z.object({ reason: lockReasonSchema }),
  /** The key file was erased (the shortcut, or the last wrong passphrase): the create screen follows. */
  'vault.erased': z.object({}),
  /** The office changed its seizure settings: the shell registers the erase shortcut anew. */
  'seizure.changed': z.object({ eraseShortcut: z.string().optional() }),
  'prefs.changed': prefsSchema,
  /** Where a bundle export or import is (its phase, and done of total within it). */
  'sync.progress': syncProgressSchema,
  /** Where a spreadsheet import is (reading, checking, writing; done of total). */
  'import.progress': importProgressSchema,
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export const eventNames = Object.keys(events) as EventName[];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}

/** What crosses IPC for every call: a value or an error payload, never a thrown stack. */
export const invokeResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: errorPayloadSchema }),
]);
export type InvokeResult = z.infer<typeof invokeResultSchema>;

/** The exact shape of `window.panoh`, and the channel names shared by preload and main. */
export interface PanohBridge {
  invoke(method: string, input: unknown): Promise<InvokeResult>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
export const bridgeKeys = ['invoke', 'on'] as const;
export const IPC_INVOKE_CHANNEL = 'panoh:invoke';
export const IPC_EVENT_CHANNEL = 'panoh:event';
