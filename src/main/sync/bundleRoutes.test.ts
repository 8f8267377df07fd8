import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Core, createCore } from '../../core/api/createCore';
import { toInvokeResult } from '../../core/api/toInvokeResult';
import { makeTempDir, TEST_SCRYPT } from '../../core/testing/tempVault';
import { api, type EventName, type InvokeResult, mainOnlyApi } from '../../shared/api/contract';
import { BUNDLE_EXTENSION, syncProgressSchema } from '../../shared/sync/bundle';
import { createInvokeAdapter, type InvokeAdapter, trustedSenderCheck } from '../ipc/invokeAdapter';
import { type BundleRoutes, createBundleRoutes } from './bundleRoutes';

const APP = 'panoh://app';
const page = { url: 'panoh://app/index.html', isMainFrame: true };
const PASSPHRASE = 'ночной поезд на Шымкент';

let temp: ReturnType<typeof makeTempDir>;
let cores: Core[];
let events: { event: EventName; payload: unknown }[];

async function laptop(name: string): Promise<Core> {
  const core = createCore({
    vaultPath: join(temp.dir, `${name}.panoh`),
    scrypt: TEST_SCRYPT,
    emit: (event, payload) => events.push({ event, payload }),
  });
  cores.push(core);
  await core.invoke('vault.create', { passphrase: PASSPHRASE });
  await core.invoke('sync.setDeviceName', { name });
  return core;
}

/** A laptop's main process: the route, a dialog answered from a queue, the gate in front. */
function shell(core: Core, now: () => number = Date.now) {
  const answers: (string | undefined)[] = [];
  const asked: string[] = [];
  const answer = async (kind: string) => {
    asked.push(kind);
    return answers.shift();
  };
  const callMainOnly = vi.fn((method: keyof typeof mainOnlyApi, input: unknown) =>
    toInvokeResult(() => core.invokeMainOnly(method, input)),
  );
  const bundles: BundleRoutes = createBundleRoutes({
    chooseFolder: () => answer('folder'),
    chooseFile: () => answer('file'),
    callMainOnly,
    now,
  });
  const callCore = vi.fn((method: string, input: unknown) =>
    toInvokeResult(() => core.invoke(method as keyof typeof api, input)),
  );
  const adapter: InvokeAdapter = createInvokeAdapter({
    isTrustedSender: trustedSenderCheck(APP),
    callCore,
    shellRoutes: bundles.routes,
  });
  return {
    asked,
    callMainOnly,
    callCore,
    bundles,
    pick: (choice: string | undefined) => answers.push(choice),
    ask: (method: string, input: unknown) => adapter(page, method, input),
  };
}

function value(result: InvokeResult): unknown {
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.value;
}

function fingerprintOf(core: Core): Promise<string> {
  return core.invoke('sync.status', {}).then((status) => status.device.fingerprint);
}

let a: Core;
let b: Core;
let words: string;
let stick: string;

beforeEach(async () => {
  temp = makeTempDir('panoh-bundles-');
  cores = [];
  events = [];
  a = await laptop('Ноутбук бюро 1');
  b = await laptop('Ноутбук бюро 2');
  words = (await a.invoke('sync.createOffice', {})).words;
  await b.invoke('sync.joinOffice', { words });
  stick = join(temp.dir, 'stick');
  mkdirSync(stick);
});

afterEach(() => {
  for (const core of cores) core.close();
  temp.cleanup();
});

/** B writes a bundle holding one new applicant onto the stick, through its own route. */
async function bundleFromB(): Promise<string> {
  await b.invoke('applicants.create', { fields: { familyName: 'Абдурахмонов', givenName: 'Фаррух' } });
  const fromB = shell(b);
  fromB.pick(stick);
  const written = value(await fromB.ask('sync.exportBundle', { all: true })) as { fileName: string };
  return join(stick, written.fileName);
}

describe('bundle export through the main process', () => {
  it('writes into the folder chosen in the dialog and tells the page only the file name', async () => {
    await a.invoke('applicants.create', { fields: { familyName: 'Gʻofurov', givenName: 'Jasur' } });
    const main = shell(a);
    main.pick(stick);
    const result = value(await main.ask('sync.exportBundle', { all: false }));
    expect(main.asked).toEqual(['folder']);
    expect(result).toMatchObject({ outcome: 'exported', changes: expect.any(Number) });
    const { fileName, changes } = result as { fileName: string; changes: number };
    expect(changes).toBeGreaterThan(0);
    expect(readdirSync(stick)).toEqual([fileName]);
    expect(fileName.endsWith(BUNDLE_EXTENSION)).toBe(true);
    expect(JSON.stringify(result)).not.toContain(temp.dir);
    expect(main.callMainOnly).toHaveBeenCalledWith('sync.writeBundle', { folder: stick, all: false });
    expect(main.callCore).not.toHaveBeenCalled();
    // The core reported where it was, as the contract's event.
    const progress = events.filter((e) => e.event === 'sync.progress').map((e) => e.payload);
    expect(progress.length).toBeGreaterThan(0);
    for (const payload of progress) expect(syncProgressSchema.safeParse(payload).success).toBe(true);
  });

  it('a cancelled dialog writes nothing and asks nothing of the core', async () => {
    const main = shell(a);
    main.pick(undefined);
    expect(value(await main.ask('sync.exportBundle', { all: true }))).toEqual({ outcome: 'cancelled' });
    expect(main.callMainOnly).not.toHaveBeenCalled();
    expect(readdirSync(stick)).toEqual([]);
  });

  it('a folder that is gone (a pulled stick) is refused without naming it', async () => {
    const main = shell(a);
    const file = join(temp.dir, 'not-a-folder');
    writeFileSync(file, 'x');
    main.pick(join(file, 'inside'));
    const result = await main.ask('sync.exportBundle', { all: true });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(temp.dir);
  });
});

describe('bundle import through the main process', () => {
  it('asks to confirm an unknown sender, keeps the file in main, and reads it on retry', async () => {
    const path = await bundleFromB();
    const main = shell(a);
    main.pick(path);
    const first = await main.ask('sync.importBundle', {});
    expect(main.asked).toEqual(['file']);
    if (first.ok) throw new Error('an unknown sender was trusted');
    expect(first.error.code).toBe('BUNDLE_UNTRUSTED_DEVICE');
    const fingerprint = await fingerprintOf(b);
    expect(first.error.params?.fingerprint).toBe(fingerprint);
    const token = first.error.params?.token;
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(first)).not.toContain(temp.dir);
    expect((await a.invoke('applicants.list', {})).total).toBe(0);

    // The page sends back the token and the fingerprint it showed, never a path: no dialog again.
    const second = value(await main.ask('sync.importBundle', { retry: { token, trustFingerprint: fingerprint } }));
    expect(main.asked).toEqual(['file']);
    expect(second).toMatchObject({ outcome: 'imported', device: 'Ноутбук бюро 2', conflicts: 0, waiting: 0 });
    expect((second as { received: number }).received).toBeGreaterThan(0);
    expect((await a.invoke('applicants.list', {})).total).toBe(1);

    // A token is good for one retry.
    expect(value(await main.ask('sync.importBundle', { retry: { token, trustFingerprint: fingerprint } }))).toEqual({
      outcome: 'expired',
    });
  });

  it('a file swapped between the question and the retry is asked about again', async () => {
    const path = await bundleFromB();
    const main = shell(a);
    main.pick(path);
    const first = await main.ask('sync.importBundle', {});
    if (first.ok) throw new Error('an unknown sender was trusted');

    // Meanwhile the file on the stick is replaced by a bundle from a third computer of the office.
    const c = await laptop('Ноутбук бюро 3');
    await c.invoke('sync.joinOffice', { words });
    await c.invoke('applicants.create', { fields: { familyName: 'Подменный' } });
    const elsewhere = join(temp.dir, 'elsewhere');
    mkdirSync(elsewhere);
    const fromC = shell(c);
    fromC.pick(elsewhere);
    const written = value(await fromC.ask('sync.exportBundle', { all: true })) as { fileName: string };
    copyFileSync(join(elsewhere, written.fileName), path);

    // The lawyer confirms B's fingerprint; the file read now is C's, so the question comes again.
    const retry = await main.ask('sync.importBundle', {
      retry: { token: first.error.params?.token, trustFingerprint: await fingerprintOf(b) },
    });
    if (retry.ok) throw new Error('a swapped file was read');
    expect(retry.error.code).toBe('BUNDLE_UNTRUSTED_DEVICE');
    expect(retry.error.params?.fingerprint).toBe(await fingerprintOf(c));
    expect(retry.error.params?.token).not.toBe(first.error.params?.token);
    expect((await a.invoke('applicants.list', {})).total).toBe(0);
  });

  it('forgets the file when the time is up or the vault locks', async () => {
    const path = await bundleFromB();
    let now = 1_000;
    const main = shell(a, () => now);
    const fingerprint = await fingerprintOf(b);
    const askAgain = async () => {
      main.pick(path);
      const refused = await main.ask('sync.importBundle', {});
      if (refused.ok) throw new Error('trusted');
      return refused.error.params?.token;
    };

    const late = await askAgain();
    now += 10 * 60_000 + 1;
    expect(
      value(await main.ask('sync.importBundle', { retry: { token: late, trustFingerprint: fingerprint } })),
    ).toEqual({ outcome: 'expired' });

    const locked = await askAgain();
    main.bundles.forget();
    expect(
      value(await main.ask('sync.importBundle', { retry: { token: locked, trustFingerprint: fingerprint } })),
    ).toEqual({ outcome: 'expired' });

    // A new pick replaces the file kept before it.
    const older = await askAgain();
    await askAgain();
    expect(
      value(await main.ask('sync.importBundle', { retry: { token: older, trustFingerprint: fingerprint } })),
    ).toEqual({ outcome: 'expired' });
    expect((await a.invoke('applicants.list', {})).total).toBe(0);
  });

  it('a cancelled dialog reads nothing', async () => {
    const main = shell(a);
    main.pick(undefined);
    expect(value(await main.ask('sync.importBundle', {}))).toEqual({ outcome: 'cancelled' });
    expect(main.callMainOnly).not.toHaveBeenCalled();
  });

  it('a damaged file is refused and the vault is unchanged', async () => {
    const path = await bundleFromB();
    const main = shell(a);
    main.pick(path);
    const refused = await main.ask('sync.importBundle', {});
    if (refused.ok) throw new Error('trusted');
    await main.ask('sync.importBundle', {
      retry: { token: refused.error.params?.token, trustFingerprint: refused.error.params?.fingerprint },
    });
    const before = await a.invoke('applicants.list', {});
    const damaged = join(stick, `damaged${BUNDLE_EXTENSION}`);
    writeFileSync(damaged, 'PANOH not really a bundle');
    main.pick(damaged);
    const result = await main.ask('sync.importBundle', {});
    expect(result).toEqual({ ok: false, error: { code: 'BUNDLE_DAMAGED' } });
    expect(await a.invoke('applicants.list', {})).toEqual(before);
  });
});

describe('the page cannot reach the paths', () => {
  it('main-only methods are not in the contract, and the gate refuses them by name', async () => {
    const main = shell(a);
    for (const method of Object.keys(mainOnlyApi)) {
      expect(Object.hasOwn(api, method)).toBe(false);
      expect(await main.ask(method, { folder: stick, all: true, path: stick })).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_METHOD' },
      });
    }
    expect(main.callCore).not.toHaveBeenCalled();
    expect(main.callMainOnly).not.toHaveBeenCalled();
    expect(readdirSync(stick)).toEqual([]);
  });

  it('a path or anything else slipped into the input is refused before any dialog opens', async () => {
    const main = shell(a);
    main.pick(stick);
    for (const [method, input] of [
      ['sync.exportBundle', { all: true, folder: '/tmp' }],
      ['sync.exportBundle', {}],
      ['sync.importBundle', { path: '/tmp/x.panohsync' }],
      ['sync.importBundle', { retry: { token: '../../etc/passwd', trustFingerprint: 'AAAA-AAAA-AAAA-AAAA-AAAA' } }],
      ['sync.importBundle', { retry: { token: '0'.repeat(32), trustFingerprint: 'not a fingerprint' } }],
    ] as const) {
      const result = await main.ask(method, input);
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_INPUT');
    }
    expect(main.asked).toEqual([]);
  });

  it('the core itself does not answer the shell methods', async () => {
    await expect(a.invoke('sync.exportBundle', { all: true })).rejects.toMatchObject({ code: 'UNKNOWN_METHOD' });
    await expect(a.invoke('sync.importBundle', {})).rejects.toMatchObject({ code: 'UNKNOWN_METHOD' });
    await expect(
      a.invokeMainOnly('sync.writeBundle', { folder: stick, all: true, extra: 1 } as never),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
