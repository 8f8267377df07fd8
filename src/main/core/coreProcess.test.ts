import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CoreChild, type CoreProcessOptions, CoreUnavailableError, createCoreProcess } from './coreProcess';
import type { ToCore } from './messages';

class FakeChild implements CoreChild {
  sent: ToCore[] = [];
  killed = false;
  private messageListeners: ((message: unknown) => void)[] = [];
  private exitListeners: ((code: number) => void)[] = [];
  postMessage(message: ToCore) {
    this.sent.push(message);
  }
  onMessage(listener: (message: unknown) => void) {
    this.messageListeners.push(listener);
  }
  onExit(listener: (code: number) => void) {
    this.exitListeners.push(listener);
  }
  kill() {
    this.killed = true;
  }
  reply(message: unknown) {
    for (const listener of this.messageListeners) listener(message);
  }
  exit(code = 1) {
    for (const listener of this.exitListeners) listener(code);
  }
  invokes() {
    return this.sent.filter((message) => message.kind === 'invoke');
  }
}

const config = { vaultPath: '/data/vault/office.panoh', prefsPath: '/data/prefs.json' };

function setup(overrides: Partial<CoreProcessOptions> = {}) {
  const children: FakeChild[] = [];
  const log = vi.fn();
  const core = createCoreProcess({
    spawn: () => {
      const child = new FakeChild();
      children.push(child);
      return child;
    },
    config,
    timeoutMs: 1000,
    log,
    ...overrides,
  });
  const latest = () => {
    const child = children.at(-1);
    if (!child) throw new Error('no child');
    return child;
  };
  return { core, children, latest, log };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('coreProcess', () => {
  it('starts one process and configures it first', () => {
    const { children, core } = setup();
    expect(children).toHaveLength(1);
    expect(children[0]?.sent).toEqual([{ kind: 'configure', config }]);
    expect(core.running).toBe(true);
  });

  it('correlates answers with calls by id, in any order', async () => {
    const { core, latest } = setup();
    const first = core.call('vault.status', {});
    const second = core.call('prefs.get', {});
    const [a, b] = latest().invokes();
    expect(a).toMatchObject({ kind: 'invoke', method: 'vault.status', input: {} });
    expect(b).toMatchObject({ kind: 'invoke', method: 'prefs.get', input: {} });
    if (a?.kind !== 'invoke' || b?.kind !== 'invoke') throw new Error('unreachable');
    expect(a.id).not.toBe(b.id);
    latest().reply({ kind: 'result', id: b.id, result: { ok: true, value: 'prefs' } });
    latest().reply({ kind: 'result', id: a.id, result: { ok: true, value: 'status' } });
    await expect(first).resolves.toEqual({ ok: true, value: 'status' });
    await expect(second).resolves.toEqual({ ok: true, value: 'prefs' });
  });

  it('ignores answers to unknown ids and malformed messages', async () => {
    const { core, latest } = setup();
    const call = core.call('vault.status', {});
    latest().reply({ kind: 'result', id: 999, result: { ok: true, value: 'stray' } });
    latest().reply('garbage');
    latest().reply(null);
    latest().reply({ kind: 'result', id: 'x' });
    const [invoke] = latest().invokes();
    if (invoke?.kind !== 'invoke') throw new Error('unreachable');
    latest().reply({ kind: 'result', id: invoke.id, result: { ok: true, value: 'right' } });
    await expect(call).resolves.toEqual({ ok: true, value: 'right' });
  });

  it('times a call out, and ignores its late answer', async () => {
    const { core, latest } = setup();
    const call = core.call('vault.create', { passphrase: 'x' });
    const rejection = expect(call).rejects.toBeInstanceOf(CoreUnavailableError);
    vi.advanceTimersByTime(1000);
    await rejection;
    const [invoke] = latest().invokes();
    if (invoke?.kind !== 'invoke') throw new Error('unreachable');
    expect(() => latest().reply({ kind: 'result', id: invoke.id, result: { ok: true, value: 1 } })).not.toThrow();
  });

  it('takes a per-call timeout', async () => {
    const { core } = setup();
    const call = core.call('vault.lock', { reason: 'user' }, { timeoutMs: 50 });
    const rejection = expect(call).rejects.toThrow('core timeout');
    vi.advanceTimersByTime(50);
    await rejection;
  });

  it('rejects every pending call when the process dies, and restarts it configured (locked)', async () => {
    const { core, children, latest, log } = setup();
    const first = core.call('vault.status', {});
    const second = core.call('vault.unlock', { passphrase: 'x' });
    const dead = latest();
    dead.exit(139);
    await expect(first).rejects.toThrow('core exited');
    await expect(second).rejects.toThrow('core exited');
    expect(children).toHaveLength(2);
    expect(latest().sent).toEqual([{ kind: 'configure', config }]);
    expect(core.running).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('restarted'));

    // The new process answers; the old one is no longer listened to.
    const next = core.call('vault.status', {});
    const [invoke] = latest().invokes();
    if (invoke?.kind !== 'invoke') throw new Error('unreachable');
    dead.reply({ kind: 'result', id: invoke.id, result: { ok: true, value: 'from the dead' } });
    latest().reply({ kind: 'result', id: invoke.id, result: { ok: true, value: 'alive' } });
    await expect(next).resolves.toEqual({ ok: true, value: 'alive' });
  });

  it('does not restart in a loop, and tries again once the crashes are old', async () => {
    const { core, children, latest, log } = setup({ maxRestarts: 2, restartWindowMs: 10_000 });
    latest().exit(1);
    latest().exit(1);
    latest().exit(1);
    expect(children).toHaveLength(3);
    expect(core.running).toBe(false);
    expect(log).toHaveBeenLastCalledWith(expect.stringContaining('not restarted'));
    await expect(core.call('vault.status', {})).rejects.toThrow('core down');
    expect(children).toHaveLength(3);

    vi.advanceTimersByTime(10_001);
    const call = core.call('vault.status', {});
    expect(children).toHaveLength(4);
    const [invoke] = latest().invokes();
    if (invoke?.kind !== 'invoke') throw new Error('unreachable');
    latest().reply({ kind: 'result', id: invoke.id, result: { ok: true, value: 'back' } });
    await expect(call).resolves.toEqual({ ok: true, value: 'back' });
  });

  it("sends the main process's own calls on their own message kind, answered like any other", async () => {
    const { core, latest } = setup();
    const call = core.callMainOnly('sync.writeBundle', { folder: '/media/stick', all: false }, { timeoutMs: 5000 });
    const message = latest().sent.at(-1);
    expect(message).toMatchObject({ kind: 'invokeMainOnly', method: 'sync.writeBundle' });
    if (message?.kind !== 'invokeMainOnly') throw new Error('unreachable');
    vi.advanceTimersByTime(1500); // Longer than the default timeout: the call's own one applies.
    latest().reply({ kind: 'result', id: message.id, result: { ok: true, value: 'written' } });
    await expect(call).resolves.toEqual({ ok: true, value: 'written' });
  });

  it('forwards events to every subscriber until unsubscribed', () => {
    const { core, latest } = setup();
    const a = vi.fn();
    const b = vi.fn();
    const unsubscribeA = core.onEvent(a);
    core.onEvent(b);
    latest().reply({ kind: 'event', event: 'vault.locked', payload: { reason: 'idle' } });
    expect(a).toHaveBeenCalledWith('vault.locked', { reason: 'idle' });
    expect(b).toHaveBeenCalledWith('vault.locked', { reason: 'idle' });
    unsubscribeA();
    latest().reply({ kind: 'event', event: 'prefs.changed', payload: { language: 'ru', autoLockMinutes: 5 } });
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
  });

  it('keeps going when a subscriber throws', () => {
    const { core, latest, log } = setup();
    const after = vi.fn();
    core.onEvent(() => {
      throw new Error('client Абдурахмонов');
    });
    core.onEvent(after);
    latest().reply({ kind: 'event', event: 'vault.locked', payload: { reason: 'user' } });
    expect(after).toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('[core] event listener failed: Error');
  });

  it('restart kills the process at once and starts a fresh one, ignoring the old', async () => {
    const { core, children, latest } = setup();
    const call = core.call('vault.status', {});
    const old = latest();
    core.restart();
    await expect(call).rejects.toThrow('core exited');
    expect(old.killed).toBe(true);
    expect(children).toHaveLength(2);
    expect(latest().sent).toEqual([{ kind: 'configure', config }]);
    old.exit(0); // Its late exit does not start a third.
    expect(children).toHaveLength(2);
    expect(core.running).toBe(true);
  });

  it('recycle (after every lock) ends the process and starts a fresh one, however often', async () => {
    const { core, children, latest } = setup({ maxRestarts: 2, restartWindowMs: 10_000 });
    for (let lock = 1; lock <= 5; lock++) {
      const old = latest();
      core.recycle();
      expect(old.killed).toBe(true);
      old.exit(0);
      expect(children).toHaveLength(lock + 1);
      expect(latest().sent).toEqual([{ kind: 'configure', config }]);
    }
    // Planned ends are not crashes: a real crash afterwards is still restarted.
    latest().exit(1);
    expect(children).toHaveLength(7);
    expect(core.running).toBe(true);
  });

  it('stop kills the process, rejects pending calls and does not restart', async () => {
    const { core, children, latest } = setup();
    const call = core.call('vault.status', {});
    const child = latest();
    core.stop();
    await expect(call).rejects.toThrow('core stopped');
    expect(child.killed).toBe(true);
    child.exit(0);
    expect(children).toHaveLength(1);
    await expect(core.call('vault.status', {})).rejects.toThrow('core stopped');
    expect(core.running).toBe(false);
  });

  it('rejects a call whose message cannot be sent', async () => {
    const { core, latest } = setup();
    vi.spyOn(latest(), 'postMessage').mockImplementation(() => {
      throw new Error('could not clone');
    });
    await expect(core.call('vault.status', {})).rejects.toThrow('could not clone');
  });
});
