import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Core, createCore } from '../../core/api/createCore';
import { toInvokeResult } from '../../core/api/toInvokeResult';
import { fingerprint, makeTempDir, TEST_SCRYPT } from '../../core/testing/tempVault';
import type { api, InvokeResult, mainOnlyApi } from '../../shared/api/contract';
import { createInvokeAdapter, trustedSenderCheck } from '../ipc/invokeAdapter';
import { createBackupRoutes } from './backupRoutes';

const APP = 'panoh://app';
const page = { url: 'panoh://app/index.html', isMainFrame: true };
const PASSPHRASE = 'ночной поезд на Шымкент';
const CLIENT = 'Абдурахмонова';

let temp: ReturnType<typeof makeTempDir>;
/** The old laptop's backup on the stick. */
let backup: string;
/** The new laptop: a core over a vault path where nothing exists yet. */
let fresh: Core;
let freshPath: string;

beforeEach(async () => {
  temp = makeTempDir('panoh-restore-route-');
  const old = createCore({ vaultPath: join(temp.dir, 'old', 'office.panoh'), scrypt: TEST_SCRYPT });
  mkdirSync(join(temp.dir, 'old'));
  await old.invoke('vault.create', { passphrase: PASSPHRASE });
  await old.invoke('applicants.create', { fields: { familyName: CLIENT, givenName: 'Гулнора' } });
  mkdirSync(join(temp.dir, 'stick'));
  backup = join(temp.dir, 'stick', 'panoh-backup-2026-11-27.panoh');
  await old.invokeMainOnly('backup.writeTo', { path: backup });
  old.close();
  mkdirSync(join(temp.dir, 'new'));
  freshPath = join(temp.dir, 'new', 'office.panoh');
  fresh = createCore({ vaultPath: freshPath, scrypt: TEST_SCRYPT });
});

afterEach(() => {
  fresh.close();
  temp.cleanup();
});

/** The main process of the new laptop: the route, an open dialog answered from a queue, the gate. */
function shell(options: { now?: () => Date } = {}) {
  const answers: (string | undefined)[] = [];
  const callMainOnly = vi.fn((method: keyof typeof mainOnlyApi, input: unknown) =>
    toInvokeResult(() => fresh.invokeMainOnly(method, input)),
  );
  const callCore = vi.fn((method: string, input: unknown) =>
    toInvokeResult(() => fresh.invoke(method as keyof typeof api, input)),
  );
  const backups = createBackupRoutes({
    chooseSaveFile: async () => undefined,
    chooseBackupFile: async () => answers.shift(),
    callMainOnly,
    ...options,
  });
  const adapter = createInvokeAdapter({
    isTrustedSender: trustedSenderCheck(APP),
    callCore,
    shellRoutes: backups.routes,
  });
  return {
    callMainOnly,
    callCore,
    forget: backups.forget,
    pick: (choice: string | undefined) => answers.push(choice),
    ask: (method: string, input: unknown = {}) => adapter(page, method, input),
  };
}

function value(result: InvokeResult): unknown {
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.value;
}

function refusal(result: InvokeResult): { code: string; params?: Record<string, unknown> } {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

async function choose(main: ReturnType<typeof shell>, path: string): Promise<string> {
  main.pick(path);
  const chosen = value(await main.ask('backup.chooseRestore')) as { outcome: string; fileName: string; token: string };
  expect(chosen).toEqual({ outcome: 'chosen', fileName: 'panoh-backup-2026-11-27.panoh', token: expect.any(String) });
  return chosen.token;
}

describe('restore from a backup, through the main process', () => {
  it('restores into the app’s own vault path and leaves it unlocked, telling the page no path', async () => {
    expect((await fresh.invoke('vault.status', {})).exists).toBe(false);
    const main = shell();
    const token = await choose(main, backup);
    const result = await main.ask('backup.restore', { token, passphrase: PASSPHRASE });
    expect(value(result)).toEqual({ outcome: 'restored' });
    expect(JSON.stringify(result)).not.toContain(temp.dir);
    expect(main.callMainOnly).toHaveBeenCalledWith('backup.restoreFrom', { path: backup, passphrase: PASSPHRASE });
    expect(main.callCore).not.toHaveBeenCalled();

    expect(await fresh.invoke('vault.status', {})).toEqual({ exists: true, unlocked: true, fileName: 'office.panoh' });
    const list = await fresh.invoke('applicants.list', {});
    expect(JSON.stringify(list)).toContain(CLIENT);
    const audit = await fresh.invoke('audit.list', {});
    expect(audit.find((entry) => entry.action === 'restore' && entry.targetKind === 'vault')).toBeTruthy();
    expect(JSON.stringify(audit)).not.toContain('stick');
    // The backup stays as it was, and the token was good for one call.
    expect(readdirSync(join(temp.dir, 'stick')).sort()).toEqual([
      'panoh-backup-2026-11-27.panoh',
      'panoh-backup-2026-11-27.panoh.keys',
    ]);
    expect(value(await main.ask('backup.restore', { token, passphrase: PASSPHRASE }))).toEqual({ outcome: 'expired' });

    // Locked and unlocked again the normal way, with the backup's passphrase.
    await fresh.invoke('vault.lock', {});
    await fresh.invoke('vault.unlock', { passphrase: PASSPHRASE });
    expect(JSON.stringify(await fresh.invoke('applicants.list', {}))).toContain(CLIENT);
  });

  it('a wrong passphrase creates nothing and a retry with the right one works, without choosing again', async () => {
    const main = shell();
    const token = await choose(main, backup);
    const wrong = refusal(await main.ask('backup.restore', { token, passphrase: 'не та фраза совсем' }));
    expect(wrong.code).toBe('WRONG_PASSPHRASE');
    const retry = wrong.params?.token;
    expect(retry).toMatch(/^[0-9a-f]{32}$/);
    expect(retry).not.toBe(token);
    expect(readdirSync(join(temp.dir, 'new'))).toEqual([]);
    expect(await fresh.invoke('vault.status', {})).toMatchObject({ exists: false, unlocked: false });
    // The used token is gone; the fresh one still names the file.
    expect(value(await main.ask('backup.restore', { token, passphrase: PASSPHRASE }))).toEqual({ outcome: 'expired' });
    expect(value(await main.ask('backup.restore', { token: retry, passphrase: PASSPHRASE }))).toEqual({
      outcome: 'restored',
    });
    expect(main.callMainOnly).toHaveBeenCalledTimes(2);
    expect(await fresh.invoke('vault.status', {})).toMatchObject({ exists: true, unlocked: true });
  });

  it('never restores over a vault that exists', async () => {
    await fresh.invoke('vault.create', { passphrase: 'другая фраза для нового' });
    fresh.close();
    const before = fingerprint([freshPath, `${freshPath}.keys`]);
    const main = shell();
    const token = await choose(main, backup);
    expect(refusal(await main.ask('backup.restore', { token, passphrase: PASSPHRASE })).code).toBe(
      'VAULT_ALREADY_EXISTS',
    );
    expect(fingerprint([freshPath, `${freshPath}.keys`])).toEqual(before);
    // Not kept for a retry: the refusal is final.
    expect(value(await main.ask('backup.restore', { token, passphrase: PASSPHRASE }))).toEqual({ outcome: 'expired' });
  });

  it('a cancelled dialog changes nothing', async () => {
    const main = shell();
    main.pick(undefined);
    expect(value(await main.ask('backup.chooseRestore'))).toEqual({ outcome: 'cancelled' });
    expect(main.callMainOnly).not.toHaveBeenCalled();
    expect(readdirSync(join(temp.dir, 'new'))).toEqual([]);
  });

  it('no key file beside the backup, a damaged file, or not a backup at all: said so, nothing created', async () => {
    const main = shell();
    const lonely = join(temp.dir, 'stick', 'lonely', 'panoh-backup-2026-11-27.panoh');
    mkdirSync(join(temp.dir, 'stick', 'lonely'));
    copyFileSync(backup, lonely);
    let token = await choose(main, lonely);
    expect(refusal(await main.ask('backup.restore', { token, passphrase: PASSPHRASE })).code).toBe(
      'VAULT_KEYS_MISSING',
    );

    const damaged = join(temp.dir, 'stick', 'damaged', 'panoh-backup-2026-11-27.panoh');
    mkdirSync(join(temp.dir, 'stick', 'damaged'));
    writeFileSync(damaged, Buffer.alloc(8192, 7));
    copyFileSync(`${backup}.keys`, `${damaged}.keys`);
    token = await choose(main, damaged);
    expect(refusal(await main.ask('backup.restore', { token, passphrase: PASSPHRASE })).code).toBe('VAULT_DAMAGED');

    const notBackup = join(temp.dir, 'stick', 'other', 'panoh-backup-2026-11-27.panoh');
    mkdirSync(join(temp.dir, 'stick', 'other'));
    writeFileSync(notBackup, 'hello');
    writeFileSync(`${notBackup}.keys`, '{"not":"keys"}');
    token = await choose(main, notBackup);
    expect(refusal(await main.ask('backup.restore', { token, passphrase: PASSPHRASE })).code).toBe('VAULT_NOT_A_VAULT');

    rmSync(backup);
    token = await choose(main, backup);
    expect(refusal(await main.ask('backup.restore', { token, passphrase: PASSPHRASE })).code).toBe('VAULT_NOT_FOUND');

    expect(readdirSync(join(temp.dir, 'new'))).toEqual([]);
    expect(existsSync(freshPath)).toBe(false);
  });

  it('a kept file is held ten minutes at most, and forgotten on request', async () => {
    let at = new Date(2026, 10, 27, 9, 0).getTime();
    const main = shell({ now: () => new Date(at) });
    let token = await choose(main, backup);
    at += 10 * 60_000 + 1;
    expect(value(await main.ask('backup.restore', { token, passphrase: PASSPHRASE }))).toEqual({ outcome: 'expired' });
    token = await choose(main, backup);
    main.forget();
    expect(value(await main.ask('backup.restore', { token, passphrase: PASSPHRASE }))).toEqual({ outcome: 'expired' });
    expect(main.callMainOnly).not.toHaveBeenCalled();
  });

  it('the page cannot reach the main-only restore, nor pass a path or a malformed token', async () => {
    const main = shell();
    expect(refusal(await main.ask('backup.restoreFrom', { path: backup, passphrase: PASSPHRASE })).code).toBe(
      'UNKNOWN_METHOD',
    );
    expect(refusal(await main.ask('backup.restore', { token: backup, passphrase: PASSPHRASE })).code).toBe(
      'INVALID_INPUT',
    );
    expect(refusal(await main.ask('backup.chooseRestore', { path: backup })).code).toBe('INVALID_INPUT');
    expect(main.callMainOnly).not.toHaveBeenCalled();
  });
});
