import { describe, expect, it, vi } from 'vitest';
import type { InvokeResult } from '../../shared/api/contract';
import { createInvokeAdapter, type InvokeSender, trustedSenderCheck } from './invokeAdapter';

const APP = 'panoh://app';
const app: InvokeSender = { url: 'panoh://app/index.html', isMainFrame: true };

function setup(callCore = vi.fn(async (): Promise<InvokeResult> => ({ ok: true, value: { done: true } }))) {
  const onInternalError = vi.fn();
  const adapter = createInvokeAdapter({ isTrustedSender: trustedSenderCheck(APP), callCore, onInternalError });
  return { adapter, callCore, onInternalError };
}

describe('invokeAdapter: the sender', () => {
  it.each([
    ['another origin', { url: 'https://example.org/', isMainFrame: true }],
    ['another host of the app scheme', { url: 'panoh://evil/index.html', isMainFrame: true }],
    ['a subframe of the app', { url: 'panoh://app/index.html', isMainFrame: false }],
    ['a file: page', { url: 'file:///tmp/index.html', isMainFrame: true }],
    ['a data: page', { url: 'data:text/html,<script>1</script>', isMainFrame: true }],
    ['a garbage URL', { url: 'not a url', isMainFrame: true }],
    ['an empty URL (destroyed frame)', { url: '', isMainFrame: true }],
  ])('refuses %s with FORBIDDEN_SENDER before looking at anything else', async (_name, sender) => {
    const { adapter, callCore } = setup();
    expect(await adapter(sender, 'vault.status', {})).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(await adapter(sender, 'no.such.method', { x: 1 })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    expect(callCore).not.toHaveBeenCalled();
  });

  it('accepts the dev server origin when that is the app origin', () => {
    const check = trustedSenderCheck('http://localhost:5173');
    expect(check({ url: 'http://localhost:5173/', isMainFrame: true })).toBe(true);
    expect(check({ url: 'http://localhost:5174/', isMainFrame: true })).toBe(false);
  });

  it("treats 'null' as no origin at all", () => {
    const check = trustedSenderCheck('null');
    expect(check({ url: 'file:///tmp/index.html', isMainFrame: true })).toBe(false);
    expect(check({ url: 'data:text/html,x', isMainFrame: true })).toBe(false);
  });
});

describe('invokeAdapter: the method', () => {
  it.each(['vault.delete', 'vault', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'refuses %j with UNKNOWN_METHOD',
    async (method) => {
      const { adapter, callCore } = setup();
      expect(await adapter(app, method, {})).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
      expect(callCore).not.toHaveBeenCalled();
    },
  );

  it.each([42, null, undefined, {}, ['vault.status']])('refuses a non-string method %j', async (method) => {
    const { adapter, callCore } = setup();
    expect(await adapter(app, method, {})).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(callCore).not.toHaveBeenCalled();
  });
});

describe('invokeAdapter: the input', () => {
  async function refusal(method: string, input: unknown) {
    const { adapter, callCore } = setup();
    const result = await adapter(app, method, input);
    expect(callCore).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('unreachable');
    return result.error;
  }

  it('refuses a payload with an extra property', async () => {
    const error = await refusal('vault.unlock', { passphrase: 'correct horse', admin: true });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fields).toHaveLength(1);
  });

  it('refuses an extra property on a method without input', async () => {
    expect((await refusal('vault.status', { path: '/etc/passwd' })).code).toBe('INVALID_INPUT');
  });

  it('refuses wrong types', async () => {
    const error = await refusal('vault.unlock', { passphrase: 42 });
    expect(error).toEqual({ code: 'INVALID_INPUT', fields: [{ path: 'passphrase', issue: expect.any(String) }] });
    expect((await refusal('prefs.set', { autoLockMinutes: '5' })).code).toBe('INVALID_INPUT');
    expect((await refusal('vault.lock', { reason: 'because' })).code).toBe('INVALID_INPUT');
    expect((await refusal('vault.status', 'a string')).code).toBe('INVALID_INPUT');
    expect((await refusal('vault.status', [1, 2])).code).toBe('INVALID_INPUT');
  });

  it('refuses a missing required field', async () => {
    const error = await refusal('vault.unlock', {});
    expect(error).toEqual({ code: 'INVALID_INPUT', fields: [{ path: 'passphrase', issue: expect.any(String) }] });
  });

  it('never echoes the input back', async () => {
    const secret = 'my secret passphrase that is too long '.repeat(40);
    const error = await refusal('vault.unlock', { passphrase: secret });
    expect(JSON.stringify(error)).not.toContain('secret');
  });
});

describe('invokeAdapter: the call', () => {
  it('passes a valid input through to the core and returns its result', async () => {
    const { adapter, callCore } = setup();
    const input = { passphrase: 'correct horse battery staple' };
    expect(await adapter(app, 'vault.unlock', input)).toEqual({ ok: true, value: { done: true } });
    expect(callCore).toHaveBeenCalledTimes(1);
    expect(callCore).toHaveBeenCalledWith('vault.unlock', input);
  });

  it('passes an error result from the core through unchanged', async () => {
    const { adapter } = setup(
      vi.fn(async (): Promise<InvokeResult> => ({ ok: false, error: { code: 'WRONG_PASSPHRASE' } })),
    );
    expect(await adapter(app, 'vault.unlock', { passphrase: 'x' })).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
  });

  it('refuses a cyclic, BigInt, Map or very deep draft with its own code, without throwing', async () => {
    const { adapter, callCore, onInternalError } = setup();
    const cyclic: Record<string, unknown> = { familyName: 'Петлина' };
    cyclic.self = cyclic;
    let deep: Record<string, unknown> = {};
    for (let level = 0; level < 100_000; level++) deep = { next: deep };
    for (const doc of [cyclic, { n: 10n }, new Map([['a', 1]]), deep, { at: new Date() }, { n: Number.NaN }]) {
      await expect(adapter(app, 'drafts.save', { formKey: 'applicant.new', doc })).resolves.toEqual({
        ok: false,
        error: { code: 'INPUT_UNSUPPORTED' },
      });
    }
    expect(callCore).not.toHaveBeenCalled();
    expect(onInternalError).not.toHaveBeenCalled();
    // A draft of plain data still goes through.
    const plain = { formKey: 'applicant.new', doc: { familyName: 'Петлина', aliases: ['a'], nested: { ok: true } } };
    await expect(adapter(app, 'drafts.save', plain)).resolves.toMatchObject({ ok: true });
  });

  it('treats a missing input as an empty object', async () => {
    const { adapter, callCore } = setup();
    await adapter(app, 'vault.status', undefined);
    expect(callCore).toHaveBeenCalledWith('vault.status', {});
  });

  it('turns a core that throws into CORE_UNAVAILABLE, with no message or stack', async () => {
    const failure = new Error('SQLITE_CORRUPT at /home/lawyer/vault/office.panoh: client Абдурахмонов');
    const { adapter, onInternalError } = setup(
      vi.fn(async (): Promise<InvokeResult> => {
        throw failure;
      }),
    );
    const result = await adapter(app, 'vault.status', {});
    expect(result).toEqual({ ok: false, error: { code: 'CORE_UNAVAILABLE' } });
    const wire = JSON.stringify(result);
    expect(wire).not.toMatch(/SQLITE|office\.panoh|Абдурахмонов|stack|message|at /);
    expect(onInternalError).toHaveBeenCalledWith('vault.status', failure);
  });
});

describe('invokeAdapter: methods the shell answers itself', () => {
  function withRoutes() {
    const callCore = vi.fn(async (): Promise<InvokeResult> => ({ ok: true, value: {} }));
    const exportBundle = vi.fn(async (): Promise<InvokeResult> => ({ ok: true, value: { outcome: 'cancelled' } }));
    const importBundle = vi.fn(async (): Promise<InvokeResult> => {
      throw new Error('dialog failed at /home/lawyer');
    });
    const onInternalError = vi.fn();
    const adapter = createInvokeAdapter({
      isTrustedSender: trustedSenderCheck(APP),
      callCore,
      shellRoutes: { 'sync.exportBundle': exportBundle, 'sync.importBundle': importBundle },
      onInternalError,
    });
    return { adapter, callCore, exportBundle, importBundle, onInternalError };
  }

  it('sends them to their route with the parsed input, never to the core', async () => {
    const { adapter, callCore, exportBundle } = withRoutes();
    expect(await adapter(app, 'sync.exportBundle', { all: true })).toEqual({
      ok: true,
      value: { outcome: 'cancelled' },
    });
    expect(exportBundle).toHaveBeenCalledWith({ all: true });
    expect(callCore).not.toHaveBeenCalled();
  });

  it('checks the sender and the input before the route (no dialog for a bad call)', async () => {
    const { adapter, exportBundle } = withRoutes();
    const frame = { url: 'panoh://app/index.html', isMainFrame: false };
    expect(await adapter(frame, 'sync.exportBundle', { all: true })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    const extra = await adapter(app, 'sync.exportBundle', { all: true, folder: '/media/stick' });
    expect(extra.ok ? 'ok' : extra.error.code).toBe('INVALID_INPUT');
    expect(exportBundle).not.toHaveBeenCalled();
  });

  it('refuses the main-only methods by name', async () => {
    const { adapter, callCore } = withRoutes();
    for (const method of ['sync.writeBundle', 'sync.readBundle']) {
      expect(await adapter(app, method, { folder: '/tmp', all: true })).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_METHOD' },
      });
    }
    expect(callCore).not.toHaveBeenCalled();
  });

  it('a route that throws is CORE_UNAVAILABLE, without its message', async () => {
    const { adapter, onInternalError } = withRoutes();
    const result = await adapter(app, 'sync.importBundle', {});
    expect(result).toEqual({ ok: false, error: { code: 'CORE_UNAVAILABLE' } });
    expect(onInternalError).toHaveBeenCalledWith('sync.importBundle', expect.any(Error));
  });

  it('without routes (a shell with no dialogs) they are unknown', async () => {
    const { adapter, callCore } = setup();
    expect(await adapter(app, 'sync.importBundle', {})).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(callCore).not.toHaveBeenCalled();
  });
});
