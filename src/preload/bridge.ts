import type { EventName, PanohBridge } from '../shared/api/contract';

/**
 * The preload runs sandboxed and must stay tiny: it cannot `require` zod (or anything but
 * 'electron'), so the channel and event names the contract defines are repeated here as plain
 * strings. bridge.test.ts checks they are the contract's, so they cannot drift apart.
 */
export const INVOKE_CHANNEL = 'panoh:invoke';
export const EVENT_CHANNEL = 'panoh:event';
export const EVENT_NAMES: readonly EventName[] = [
  'vault.locked',
  'vault.erased',
  'prefs.changed',
  'seizure.changed',
  'sync.progress',
  'import.progress',
];

export function isKnownEvent(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}

/** The part of Electron's ipcRenderer the bridge uses. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * `window.panoh`: exactly `invoke` and `on`. `invoke` sends the method name and input as they are
 * (the main process validates both); `on` accepts only the contract's event names and hands the
 * listener the payload alone, never Electron's event object (which would give the page `sender`).
 */
export function createBridge(ipc: BridgeIpc): PanohBridge {
  return {
    invoke: (method, input) => ipc.invoke(INVOKE_CHANNEL, method, input) as ReturnType<PanohBridge['invoke']>,
    on: (event, listener) => {
      if (!isKnownEvent(event)) throw new TypeError('Unknown event');
      if (typeof listener !== 'function') throw new TypeError('Listener must be a function');
      const relay = (_event: unknown, name: unknown, payload: unknown) => {
        if (name === event) listener(payload);
      };
      ipc.on(EVENT_CHANNEL, relay);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, relay);
      };
    },
  };
}
