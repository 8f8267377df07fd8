import type { InvokeResult, MainOnlyMethodName } from '../../shared/api/contract';
import { type CoreConfig, describeError, isFromCore, type ToCore } from './messages';

/** One running core process, as the logic here needs it (Electron's UtilityProcess, or a fake). */
export interface CoreChild {
  postMessage(message: ToCore): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number) => void): void;
  kill(): void;
}

export interface CoreProcessOptions {
  /** Starts a new core process (utilityProcess.fork in Electron). */
  spawn(): CoreChild;
  config: CoreConfig;
  /** How long a call may take before it is given up (a long import may take a while). */
  timeoutMs?: number;
  /** At most this many restarts within `restartWindowMs`; then the core stays down. */
  maxRestarts?: number;
  restartWindowMs?: number;
  log?(line: string): void;
}

export interface CallOptions {
  timeoutMs?: number;
}

export type CoreEventListener = (event: string, payload: unknown) => void;

export interface CoreProcess {
  /** Sends a validated call; rejects (CoreUnavailableError) on timeout or when the process dies. */
  call(method: string, input: unknown, options?: CallOptions): Promise<InvokeResult>;
  /**
   * Sends one of the main process's own calls (a bundle at a path from a native dialog), on the
   * message kind the page's calls never use.
   */
  callMainOnly(method: MainOnlyMethodName, input: unknown, options?: CallOptions): Promise<InvokeResult>;
  /** Subscribes to the core's events; returns the unsubscribe function. */
  onEvent(listener: CoreEventListener): () => void;
  /**
   * Kills the running process and starts a fresh (locked) one: the way to be sure the key is gone
   * when a lock could not be confirmed. Pending calls are rejected.
   */
  restart(): void;
  /**
   * The same after a lock that went well: the process that held the key, the passphrase and what
   * the lawyer last looked at ends, and the next unlock happens in a fresh one. Planned, so it does
   * not count against the limit on crashes.
   */
  recycle(): void;
  /** Stops the process for good (app quit); pending calls are rejected. */
  stop(): void;
  readonly running: boolean;
}

export class CoreUnavailableError extends Error {
  constructor(reason: 'exited' | 'timeout' | 'stopped' | 'down') {
    super(`core ${reason}`);
    this.name = 'CoreUnavailableError';
  }
}

interface Pending {
  resolve(result: InvokeResult): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Runs the core in a child process and correlates calls with answers by id. When the process
 * dies every pending call is rejected (the IPC adapter answers CORE_UNAVAILABLE) and a new
 * process is started; it starts locked, as the key died with the old one. A core that keeps
 * dying is not restarted in a loop: after `maxRestarts` within `restartWindowMs` it stays down
 * (calls fail at once) until the window has passed.
 */
export function createCoreProcess(options: CoreProcessOptions): CoreProcess {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const maxRestarts = options.maxRestarts ?? 5;
  const restartWindowMs = options.restartWindowMs ?? 60_000;
  const log = options.log ?? ((line: string) => console.error(line));
  const pending = new Map<number, Pending>();
  const listeners = new Set<CoreEventListener>();
  const restarts: number[] = [];
  let nextId = 1;
  let child: CoreChild | undefined;
  let stopped = false;

  const failAll = (reason: 'exited' | 'stopped'): void => {
    for (const [id, call] of pending) {
      clearTimeout(call.timer);
      pending.delete(id);
      call.reject(new CoreUnavailableError(reason));
    }
  };

  const handleMessage = (message: unknown): void => {
    if (!isFromCore(message)) return;
    if (message.kind === 'event') {
      for (const listener of listeners) {
        try {
          listener(message.event, message.payload);
        } catch (error) {
          log(`[core] event listener failed: ${describeError(error)}`);
        }
      }
      return;
    }
    const call = pending.get(message.id);
    if (!call) return; // Answered after its timeout.
    clearTimeout(call.timer);
    pending.delete(message.id);
    call.resolve(message.result);
  };

  /** Starts a process unless the core has been stopped or has died too often lately. */
  const startIfAllowed = (): boolean => {
    if (stopped) return false;
    const now = Date.now();
    while (restarts.length > 0 && (restarts[0] ?? 0) <= now - restartWindowMs) restarts.shift();
    if (restarts.length >= maxRestarts) return false;
    restarts.push(now);
    start();
    return true;
  };

  /** Ends the running process (its pending calls fail) without the exit counting as a crash. */
  const endCurrent = (): void => {
    const current = child;
    child = undefined;
    failAll('exited');
    current?.kill();
  };

  const start = (): void => {
    const started = options.spawn();
    child = started;
    started.onMessage((message) => {
      if (child === started) handleMessage(message);
    });
    started.onExit((code) => {
      if (child !== started) return;
      child = undefined;
      failAll('exited');
      if (stopped) return;
      const restarted = startIfAllowed();
      log(
        restarted
          ? `[core] exited with code ${code}; restarted (the vault is locked)`
          : `[core] exited with code ${code}; died too often, not restarted for now`,
      );
    });
    started.postMessage({ kind: 'configure', config: options.config });
  };

  start();

  const send = (
    kind: 'invoke' | 'invokeMainOnly',
    method: string,
    input: unknown,
    callOptions: CallOptions | undefined,
  ): Promise<InvokeResult> => {
    // A core that gave up restarting gets another chance once its crashes are old enough.
    if (!child) startIfAllowed();
    const current = child;
    if (!current) return Promise.reject(new CoreUnavailableError(stopped ? 'stopped' : 'down'));
    const id = nextId++;
    return new Promise<InvokeResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new CoreUnavailableError('timeout'));
      }, callOptions?.timeoutMs ?? timeoutMs);
      pending.set(id, { resolve, reject, timer });
      try {
        current.postMessage({ kind, id, method, input });
      } catch (error) {
        clearTimeout(timer);
        pending.delete(id);
        reject(error instanceof Error ? error : new CoreUnavailableError('down'));
      }
    });
  };

  return {
    call: (method, input, callOptions) => send('invoke', method, input, callOptions),
    callMainOnly: (method, input, callOptions) => send('invokeMainOnly', method, input, callOptions),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restart() {
      if (stopped) return;
      endCurrent();
      startIfAllowed();
    },
    recycle() {
      if (stopped) return;
      endCurrent();
      start();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      const current = child;
      child = undefined;
      failAll('stopped');
      current?.kill();
    },
    get running() {
      return child !== undefined;
    },
  };
}
