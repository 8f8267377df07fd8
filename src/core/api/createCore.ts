import {
  api,
  type EventName,
  type EventPayload,
  isMethodName,
  type MethodName,
  type MethodOutput,
  type ParsedInput,
} from '../../shared/api/contract';
import { invalidInput, PanohError } from '../../shared/errors';
import { classifyStorageError } from '../fs/fsErrors';
import { PrefsStore } from '../prefs/prefsStore';
import { type VaultOptions, VaultSession } from '../vault/vaultSession';

export interface CoreOptions extends VaultOptions {
  vaultPath: string;
  /** Where preferences are kept; omitted, they live in memory (CLI, tests). */
  prefsPath?: string;
  /** Receives the core's events (lock, preference changes) for the shell to forward. */
  emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M> };

export interface Core {
  /** Validates the input against the contract, runs the method, validates the output. */
  invoke<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>>;
  /** The open session, for in-process callers (CLI, tests) that need more than the API. */
  readonly vault: VaultSession;
  readonly prefs: PrefsStore;
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  const vault = new VaultSession(options.vaultPath, options);
  const prefs = new PrefsStore(options.prefsPath);
  const emit = options.emit ?? (() => {});

  const handlers: Handlers = {
    'vault.status': () => ({ exists: vault.exists(), unlocked: vault.isUnlocked, fileName: vault.fileName }),
    'vault.create': async ({ passphrase }) => ({ recoveryKey: await vault.create(passphrase) }),
    'vault.unlock': async ({ passphrase }) => {
      await vault.unlock(passphrase);
      return {};
    },
    'vault.recover': async ({ recoveryKey, newPassphrase }) => {
      await vault.recover(recoveryKey, newPassphrase);
      return {};
    },
    'vault.lock': ({ reason }) => {
      const wasUnlocked = vault.isUnlocked;
      vault.lock();
      if (wasUnlocked) emit('vault.locked', { reason: reason ?? 'user' });
      return {};
    },
    'vault.changePassphrase': async ({ currentPassphrase, newPassphrase }) => {
      await vault.changePassphrase(currentPassphrase, newPassphrase);
      return {};
    },
    'vault.check': () => vault.check(),
    'prefs.get': () => prefs.get(),
    'prefs.set': (patch) => {
      const next = prefs.set(patch);
      emit('prefs.changed', next);
      return next;
    },
  };

  async function invoke<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> {
    if (!isMethodName(method)) throw new PanohError('UNKNOWN_METHOD');
    const spec = api[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) throw invalidInput(parsed.error.issues);
    const handler = handlers[method] as (input: unknown) => Promise<unknown> | unknown;
    let result: unknown;
    try {
      result = await handler(parsed.data);
    } catch (error) {
      throw classifyStorageError(error);
    }
    return spec.output.parse(result) as MethodOutput<M>;
  }

  return { invoke, vault, prefs, close: () => vault.lock() };
}
