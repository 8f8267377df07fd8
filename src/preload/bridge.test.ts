import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { bridgeKeys, eventNames, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../shared/api/contract';
import { type BridgeIpc, createBridge, EVENT_CHANNEL, EVENT_NAMES, INVOKE_CHANNEL } from './bridge';

class FakeIpcRenderer extends EventEmitter implements BridgeIpc {
  invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: 1 }));
  override on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): this {
    return super.on(channel, listener);
  }
  override removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): this {
    return super.removeListener(channel, listener);
  }
}

const ipcEvent = { sender: { send: () => {} }, senderId: 0 };

describe('preload bridge', () => {
  it("repeats the contract's channel and event names exactly", () => {
    expect(INVOKE_CHANNEL).toBe(IPC_INVOKE_CHANNEL);
    expect(EVENT_CHANNEL).toBe(IPC_EVENT_CHANNEL);
    expect([...EVENT_NAMES].sort()).toEqual([...eventNames].sort());
  });

  it('has exactly the bridge keys', () => {
    expect(Object.keys(createBridge(new FakeIpcRenderer()))).toEqual([...bridgeKeys]);
  });

  it('invoke sends (method, input) on panoh:invoke and returns the answer', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    await expect(bridge.invoke('vault.status', {})).resolves.toEqual({ ok: true, value: 1 });
    expect(ipc.invoke).toHaveBeenCalledWith('panoh:invoke', 'vault.status', {});
  });

  it('on passes only the payload of the named event, never the IPC event', () => {
    const ipc = new FakeIpcRenderer();
    const listener = vi.fn();
    createBridge(ipc).on('vault.locked', listener);
    ipc.emit('panoh:event', ipcEvent, 'prefs.changed', { language: 'ru', autoLockMinutes: 5 });
    ipc.emit('panoh:event', ipcEvent, 'vault.locked', { reason: 'idle' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ reason: 'idle' });
    expect(listener.mock.calls[0]).toHaveLength(1);
  });

  it('on returns an unsubscribe function that removes exactly its listener', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    const a = vi.fn();
    const b = vi.fn();
    const offA = bridge.on('vault.locked', a);
    bridge.on('vault.locked', b);
    expect(ipc.listenerCount('panoh:event')).toBe(2);
    offA();
    expect(ipc.listenerCount('panoh:event')).toBe(1);
    ipc.emit('panoh:event', ipcEvent, 'vault.locked', { reason: 'user' });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalled();
  });

  it("relays a bundle's progress, and nothing of the IPC event with it", () => {
    const ipc = new FakeIpcRenderer();
    const listener = vi.fn();
    createBridge(ipc).on('sync.progress', listener);
    ipc.emit('panoh:event', ipcEvent, 'sync.progress', { phase: 'merging', done: 40, total: 120 });
    expect(listener).toHaveBeenCalledWith({ phase: 'merging', done: 40, total: 120 });
    expect(listener.mock.calls[0]).toHaveLength(1);
  });

  it('on refuses unknown event names and non-function listeners', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    for (const name of ['panoh:invoke', 'vault.unlock', '__proto__', 'toString', '']) {
      expect(() => bridge.on(name, () => {})).toThrow('Unknown event');
    }
    expect(() => bridge.on('vault.locked', 'alert(1)' as unknown as () => void)).toThrow('Listener');
    expect(ipc.listenerCount('panoh:event')).toBe(0);
  });
});

describe('preload entry', () => {
  it('exposes createBridge(ipcRenderer) as window.panoh through the contextBridge', async () => {
    const exposeInMainWorld = vi.fn();
    const ipcRenderer = new FakeIpcRenderer();
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer }));
    await import('./index');
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = exposeInMainWorld.mock.calls[0] ?? [];
    expect(key).toBe('panoh');
    expect(Object.keys(api)).toEqual(['invoke', 'on']);
    await api.invoke('vault.status', {});
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('panoh:invoke', 'vault.status', {});
    vi.doUnmock('electron');
  });
});
