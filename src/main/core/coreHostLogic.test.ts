import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core, CoreOptions } from '../../core/api/createCore';
import { PanohError } from '../../shared/errors';
import { type HostPort, startCoreHost } from './coreHostLogic';
import type { FromCore } from './messages';

class FakePort implements HostPort {
  posted: FromCore[] = [];
  private listener: ((event: { data: unknown }) => void) | undefined;
  on(_event: 'message', listener: (event: { data: unknown }) => void) {
    this.listener = listener;
    return this;
  }
  postMessage(message: FromCore) {
    this.posted.push(message);
  }
  send(data: unknown) {
    this.listener?.({ data });
  }
  async settle() {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const configure = { kind: 'configure', config: { vaultPath: '/v/office.panoh', prefsPath: '/v/prefs.json' } };

function fakeCore(invoke: Core['invoke']): Core {
  return { invoke, close: () => {} } as unknown as Core;
}

describe('coreHost', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('creates the core from the first configure message only', () => {
    const port = new FakePort();
    const makeCore = vi.fn((_options: CoreOptions) => fakeCore(vi.fn()));
    startCoreHost(port, makeCore, vi.fn());
    port.send({ kind: 'configure', config: { ...configure.config, exportsDir: '/first/exports' } });
    port.send(configure);
    expect(makeCore).toHaveBeenCalledTimes(1);
    expect(makeCore.mock.calls[0]?.[0]).toMatchObject({
      vaultPath: '/v/office.panoh',
      prefsPath: '/v/prefs.json',
      exportsDir: '/first/exports',
    });
  });

  it('answers each call with its id and the packed result', async () => {
    const port = new FakePort();
    const invoke = vi.fn(async (method: string) => ({ echoed: method }));
    startCoreHost(port, () => fakeCore(invoke as unknown as Core['invoke']), vi.fn());
    port.send(configure);
    port.send({ kind: 'invoke', id: 7, method: 'vault.status', input: {} });
    await port.settle();
    expect(invoke).toHaveBeenCalledWith('vault.status', {});
    expect(port.posted).toEqual([{ kind: 'result', id: 7, result: { ok: true, value: { echoed: 'vault.status' } } }]);
  });

  it('sends a PanohError as its code and anything else as INTERNAL, logging the class only', async () => {
    const port = new FakePort();
    const log = vi.fn();
    const invoke = vi.fn(async (method: string) => {
      if (method === 'vault.unlock') throw new PanohError('WRONG_PASSPHRASE');
      throw new TypeError('cannot read /home/lawyer/office.panoh: Абдурахмонов');
    });
    startCoreHost(port, () => fakeCore(invoke as unknown as Core['invoke']), log);
    port.send(configure);
    port.send({ kind: 'invoke', id: 1, method: 'vault.unlock', input: { passphrase: 'x' } });
    port.send({ kind: 'invoke', id: 2, method: 'vault.check', input: {} });
    await port.settle();
    expect(port.posted).toEqual([
      { kind: 'result', id: 1, result: { ok: false, error: { code: 'WRONG_PASSPHRASE' } } },
      { kind: 'result', id: 2, result: { ok: false, error: { code: 'INTERNAL' } } },
    ]);
    expect(log).toHaveBeenCalledWith('[core] internal error in vault.check: TypeError');
    expect(JSON.stringify(log.mock.calls)).not.toMatch(/office|Абдурахмонов/);
  });

  it("sends the main process's own calls to invokeMainOnly, and the page's never there", async () => {
    const port = new FakePort();
    const invoke = vi.fn(async () => 'page');
    const invokeMainOnly = vi.fn(async () => 'main');
    startCoreHost(port, () => ({ invoke, invokeMainOnly, close: () => {} }) as unknown as Core, vi.fn());
    port.send(configure);
    port.send({
      kind: 'invokeMainOnly',
      id: 1,
      method: 'sync.readBundle',
      input: { path: '/media/stick/a.panohsync' },
    });
    port.send({ kind: 'invoke', id: 2, method: 'sync.readBundle', input: { path: '/media/stick/a.panohsync' } });
    await port.settle();
    expect(invokeMainOnly).toHaveBeenCalledTimes(1);
    expect(invokeMainOnly).toHaveBeenCalledWith('sync.readBundle', { path: '/media/stick/a.panohsync' });
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(port.posted).toEqual([
      { kind: 'result', id: 1, result: { ok: true, value: 'main' } },
      { kind: 'result', id: 2, result: { ok: true, value: 'page' } },
    ]);
  });

  it('answers CORE_UNAVAILABLE before it is configured', async () => {
    const port = new FakePort();
    startCoreHost(port, () => fakeCore(vi.fn()), vi.fn());
    port.send({ kind: 'invoke', id: 3, method: 'vault.status', input: {} });
    await port.settle();
    expect(port.posted).toEqual([
      { kind: 'result', id: 3, result: { ok: false, error: { code: 'CORE_UNAVAILABLE' } } },
    ]);
  });

  it('ignores malformed messages', async () => {
    const port = new FakePort();
    const log = vi.fn();
    startCoreHost(port, () => fakeCore(vi.fn()), log);
    for (const data of [null, 'x', { kind: 'invoke', id: '1', method: 'a' }, { kind: 'configure', config: {} }]) {
      port.send(data);
    }
    await port.settle();
    expect(port.posted).toEqual([]);
    expect(log).toHaveBeenCalledWith('[core] ignored a malformed message');
  });

  it('runs the real core and forwards its events', async () => {
    dir = mkdtempSync(join(tmpdir(), 'panoh-host-'));
    const port = new FakePort();
    startCoreHost(port, undefined, vi.fn());
    port.send({
      kind: 'configure',
      config: { vaultPath: join(dir, 'vault', 'office.panoh'), prefsPath: join(dir, 'prefs.json') },
    });
    port.send({ kind: 'invoke', id: 1, method: 'vault.status', input: {} });
    port.send({ kind: 'invoke', id: 2, method: 'prefs.set', input: { autoLockMinutes: 9 } });
    port.send({ kind: 'invoke', id: 3, method: 'vault.nope', input: {} });
    port.send({ kind: 'invoke', id: 4, method: 'sync.readBundle', input: { path: join(dir, 'x.panohsync') } });
    await vi.waitFor(() => expect(port.posted).toHaveLength(5));
    expect(port.posted).toContainEqual({
      kind: 'result',
      id: 4,
      result: { ok: false, error: { code: 'UNKNOWN_METHOD' } },
    });
    expect(port.posted).toContainEqual({
      kind: 'result',
      id: 1,
      result: { ok: true, value: { exists: false, unlocked: false, fileName: 'office.panoh' } },
    });
    expect(port.posted).toContainEqual({
      kind: 'event',
      event: 'prefs.changed',
      payload: expect.objectContaining({ autoLockMinutes: 9 }),
    });
    expect(port.posted).toContainEqual({
      kind: 'result',
      id: 3,
      result: { ok: false, error: { code: 'UNKNOWN_METHOD' } },
    });
  });
});
