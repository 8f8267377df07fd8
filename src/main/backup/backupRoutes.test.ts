import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Core, createCore } from '../../core/api/createCore';
import { toInvokeResult } from '../../core/api/toInvokeResult';
import { restoreVault } from '../../core/backup/restoreVault';
import {
  fileContainsText,
  fingerprint,
  makeReadOnlyFolder,
  makeTempDir,
  TEST_SCRYPT,
} from '../../core/testing/tempVault';
import { VaultSession } from '../../core/vault/vaultSession';
import { api, type InvokeResult, type mainOnlyApi } from '../../shared/api/contract';
import { createInvokeAdapter, trustedSenderCheck } from '../ipc/invokeAdapter';
import { createBackupRoutes, defaultBackupName, withBackupExtension } from './backupRoutes';

const APP = 'panoh://app';
const page = { url: 'panoh://app/index.html', isMainFrame: true };
const PASSPHRASE = 'ночной поезд на Шымкент';
/** A name that must never be readable in a backup file. */
const CLIENT = 'Абдурахмонова';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
let stick: string;

beforeEach(async () => {
  temp = makeTempDir('panoh-backup-route-');
  core = createCore({ vaultPath: join(temp.dir, 'office.panoh'), scrypt: TEST_SCRYPT });
  await core.invoke('vault.create', { passphrase: PASSPHRASE });
  await core.invoke('applicants.create', { fields: { familyName: CLIENT, givenName: 'Гулнора' } });
  stick = join(temp.dir, 'stick');
  mkdirSync(stick);
});

afterEach(() => {
  core.close();
  temp.cleanup();
});

/** The main process: the route, a save dialog answered from a queue, the gate in front. */
function shell(now = new Date(2026, 10, 27, 9, 30)) {
  const answers: (string | undefined)[] = [];
  const offered: string[] = [];
  const callMainOnly = vi.fn((method: keyof typeof mainOnlyApi, input: unknown) =>
    toInvokeResult(() => core.invokeMainOnly(method, input)),
  );
  const callCore = vi.fn((method: string, input: unknown) =>
    toInvokeResult(() => core.invoke(method as keyof typeof api, input)),
  );
  const backups = createBackupRoutes({
    chooseBackupFile: async () => undefined,
    chooseSaveFile: async (defaultName) => {
      offered.push(defaultName);
      return answers.shift();
    },
    callMainOnly,
    now: () => now,
  });
  const adapter = createInvokeAdapter({
    isTrustedSender: trustedSenderCheck(APP),
    callCore,
    shellRoutes: backups.routes,
  });
  return {
    offered,
    callMainOnly,
    callCore,
    pick: (choice: string | undefined) => answers.push(choice),
    ask: (method: string, input: unknown = {}) => adapter(page, method, input),
  };
}

function refusal(result: InvokeResult): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.error.code;
}

describe('back up now, through the main process', () => {
  it('writes a verified, encrypted backup where the lawyer chose and tells the page only the names', async () => {
    expect((await core.invoke('backup.status', {})).due).toBe(true);
    const main = shell();
    const target = join(stick, 'panoh-backup-2026-11-27.panoh');
    main.pick(target);
    const result = await main.ask('backup.saveCopy');
    if (!result.ok) throw new Error(result.error.code);
    expect(main.offered).toEqual(['panoh-backup-2026-11-27.panoh']);
    expect(result.value).toMatchObject({
      outcome: 'saved',
      fileName: 'panoh-backup-2026-11-27.panoh',
      keyFileName: 'panoh-backup-2026-11-27.panoh.keys',
      status: { due: false, lastBackupAt: expect.any(String) },
    });
    expect(JSON.stringify(result)).not.toContain(temp.dir);
    expect(main.callMainOnly).toHaveBeenCalledWith('backup.writeTo', { path: target });
    expect(main.callCore).not.toHaveBeenCalled();

    expect(readdirSync(stick).sort()).toEqual(['panoh-backup-2026-11-27.panoh', 'panoh-backup-2026-11-27.panoh.keys']);
    expect(readFileSync(target).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(fileContainsText(target, CLIENT)).toBe(false);
    expect(await core.invoke('backup.status', {})).toMatchObject({ due: false });
    const audit = core.workspace().audit.list({ limit: 1 })[0];
    expect(audit).toMatchObject({ action: 'export', detail: { report: 'backup' } });
    // The audit says that a backup was made, not where: a folder name can say too much.
    expect(JSON.stringify(audit)).not.toContain(stick);

    // The backup restores, with the passphrase, into a new vault holding the same person.
    const restored = join(temp.dir, 'restored.panoh');
    await restoreVault(target, restored, PASSPHRASE, { scrypt: TEST_SCRYPT });
    const session = new VaultSession(restored, { scrypt: TEST_SCRYPT });
    await session.unlock(PASSPHRASE);
    expect(session.database().prepare('SELECT family_name FROM applicants').all()).toEqual([{ family_name: CLIENT }]);
    session.lock();
  });

  it('adds the extension when the name was typed without it', async () => {
    const main = shell();
    main.pick(join(stick, 'friday'));
    const result = await main.ask('backup.saveCopy');
    expect(result).toMatchObject({ ok: true, value: { fileName: 'friday.panoh' } });
    expect(existsSync(join(stick, 'friday.panoh'))).toBe(true);
  });

  it('a cancelled dialog writes nothing and asks nothing of the core', async () => {
    const main = shell();
    main.pick(undefined);
    expect(await main.ask('backup.saveCopy')).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    expect(main.callMainOnly).not.toHaveBeenCalled();
    expect(readdirSync(stick)).toEqual([]);
    expect((await core.invoke('backup.status', {})).due).toBe(true);
  });

  it('never overwrites: an existing file is refused and left as it was', async () => {
    const target = join(stick, 'old.panoh');
    writeFileSync(target, 'last week’s backup');
    const before = fingerprint([target]);
    const main = shell();
    main.pick(target);
    expect(refusal(await main.ask('backup.saveCopy'))).toBe('VAULT_ALREADY_EXISTS');
    expect(fingerprint([target])).toEqual(before);
    expect(readdirSync(stick)).toEqual(['old.panoh']);
    expect((await core.invoke('backup.status', {})).due).toBe(true);
  });

  it('a folder that is gone (a pulled stick) is STORAGE_MISSING, without naming it', async () => {
    const main = shell();
    main.pick(join(temp.dir, 'pulled-stick', 'b.panoh'));
    const result = await main.ask('backup.saveCopy');
    expect(result).toEqual({ ok: false, error: { code: 'STORAGE_MISSING' } });
  });

  it('a write-protected folder is refused, and nothing is left in it', async () => {
    const locked = join(temp.dir, 'locked');
    mkdirSync(locked);
    const undo = makeReadOnlyFolder(locked);
    try {
      const main = shell();
      main.pick(join(locked, 'b.panoh'));
      expect(refusal(await main.ask('backup.saveCopy'))).toBe('VAULT_FOLDER_READONLY');
      expect(readdirSync(locked)).toEqual([]);
    } finally {
      undo();
    }
  });

  it('a locked vault is not backed up', async () => {
    await core.invoke('vault.lock', {});
    const main = shell();
    main.pick(join(stick, 'b.panoh'));
    expect(refusal(await main.ask('backup.saveCopy'))).toBe('VAULT_LOCKED');
    expect(readdirSync(stick)).toEqual([]);
  });
});

describe('the page cannot name the file', () => {
  it('the main-only method is refused by name at the gate', async () => {
    const main = shell();
    expect(Object.hasOwn(api, 'backup.writeTo')).toBe(false);
    expect(await main.ask('backup.writeTo', { path: join(stick, 'x.panoh') })).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(main.callMainOnly).not.toHaveBeenCalled();
    expect(main.callCore).not.toHaveBeenCalled();
    expect(readdirSync(stick)).toEqual([]);
  });

  it('a path slipped into the input is refused before any dialog opens', async () => {
    const main = shell();
    main.pick(join(stick, 'x.panoh'));
    expect(refusal(await main.ask('backup.saveCopy', { path: '/tmp/x.panoh' }))).toBe('INVALID_INPUT');
    expect(main.offered).toEqual([]);
  });

  it('the core itself does not answer the shell method, and checks the main-only input', async () => {
    await expect(core.invoke('backup.saveCopy', {})).rejects.toMatchObject({ code: 'UNKNOWN_METHOD' });
    await expect(
      core.invokeMainOnly('backup.writeTo', { path: join(stick, 'x.panoh'), extra: 1 } as never),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('names', () => {
  it('offers a dated, neutral name by the local calendar', () => {
    expect(defaultBackupName(new Date(2026, 0, 5, 23, 59))).toBe('panoh-backup-2026-01-05.panoh');
  });

  it('keeps an extension in any case, adds a missing one', () => {
    expect(withBackupExtension('/media/stick/b.PANOH')).toBe('/media/stick/b.PANOH');
    expect(withBackupExtension('/media/stick/b')).toBe('/media/stick/b.panoh');
  });
});
