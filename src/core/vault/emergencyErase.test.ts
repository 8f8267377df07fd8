import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanohError } from '../../shared/errors';
import { type Core, type CoreOptions, createCore } from '../api/createCore';
import { restoreVault } from '../backup/restoreVault';
import { fileContainsText, makeTempDir, TEST_SCRYPT } from '../testing/tempVault';
import { keyFilePath } from './keyFile';
import { VaultSession } from './vaultSession';

const PASSPHRASE = 'экстренное уничтожение тест';
const WRONG = 'не та парольная фраза';
const NAME = 'Абдурахмонова';

let temp: ReturnType<typeof makeTempDir>;
const cores: Core[] = [];
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  temp.cleanup();
});

function open(extra: Partial<CoreOptions> = {}): { core: Core; events: string[] } {
  const events: string[] = [];
  const core = createCore({
    vaultPath: join(temp.dir, 'office.panoh'),
    prefsPath: join(temp.dir, 'prefs.json'),
    scrypt: TEST_SCRYPT,
    emit: (event) => events.push(event),
    ...extra,
  });
  cores.push(core);
  return { core, events };
}

async function codeOf(promise: Promise<unknown>): Promise<{ code?: string; params?: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PanohError) return { code: error.code, params: error.params };
    throw error;
  }
  return {};
}

/** A vault with one person and a verified backup of it; returns the recovery key. */
async function vaultWithBackup(core: Core): Promise<{ recoveryKey: string; backup: string }> {
  const { recoveryKey } = await core.invoke('vault.create', { passphrase: PASSPHRASE });
  await core.invoke('applicants.create', { fields: { familyName: NAME, givenName: 'Гулнора' } });
  const backup = join(temp.dir, 'stick-backup.panoh');
  await core.invokeMainOnly('backup.writeTo', { path: backup });
  return { recoveryKey, backup };
}

const vaultPath = () => join(temp.dir, 'office.panoh');

describe('emergency erase', () => {
  it('destroys the key slots: neither passphrase nor recovery key opens the file; the backup restores everything', async () => {
    const { core, events } = open();
    const { recoveryKey, backup } = await vaultWithBackup(core);
    // A second name for the key file's blocks: after the erase they must hold noise, not the slots.
    const sameBlocks = join(temp.dir, 'same-inode');
    linkSync(keyFilePath(vaultPath()), sameBlocks);
    const slotsBefore = readFileSync(sameBlocks, 'utf8');
    expect(slotsBefore).toContain('panoh-vault-keys');

    expect(await core.invokeMainOnly('vault.erase', {})).toEqual({ erased: true });
    expect(events).toContain('vault.erased');
    expect(core.vault.isUnlocked).toBe(false);
    expect(await core.invoke('vault.status', {})).toMatchObject({ exists: false, unlocked: false });
    expect(existsSync(keyFilePath(vaultPath()))).toBe(false);
    const overwritten = readFileSync(sameBlocks);
    expect(overwritten.length).toBe(Buffer.byteLength(slotsBefore));
    expect(overwritten.toString('latin1')).not.toContain('panoh-vault-keys');
    expect(overwritten.toString('latin1')).not.toContain('"wrapped"');

    const erased = join(temp.dir, 'office.panoh.erased');
    expect(existsSync(erased)).toBe(true);
    for (const name of readdirSync(temp.dir)) expect(fileContainsText(join(temp.dir, name), NAME)).toBe(false);
    const leftover = new VaultSession(erased, { scrypt: TEST_SCRYPT });
    expect(await codeOf(leftover.unlock(PASSPHRASE))).toMatchObject({ code: 'VAULT_KEYS_MISSING' });
    expect(await codeOf(leftover.recover(recoveryKey, 'новая парольная фраза'))).toMatchObject({
      code: 'VAULT_KEYS_MISSING',
    });
    // The old slots cannot be put back from the overwritten blocks either.
    writeFileSync(keyFilePath(erased), overwritten);
    expect((await codeOf(leftover.unlock(PASSPHRASE))).code).toMatch(/VAULT_NOT_A_VAULT|VAULT_KEYS_DAMAGED/);
    rmSync(keyFilePath(erased));

    const restored = join(temp.dir, 'restored.panoh');
    await restoreVault(backup, restored, PASSPHRASE, { scrypt: TEST_SCRYPT });
    const session = new VaultSession(restored, { scrypt: TEST_SCRYPT });
    await session.unlock(PASSPHRASE);
    expect(session.database().prepare('SELECT family_name FROM applicants').pluck().all()).toEqual([NAME]);
    session.lock();

    // The backup's key file also opens the erased file itself (same data key), with the recovery key.
    copyFileSync(keyFilePath(backup), keyFilePath(erased));
    await leftover.recover(recoveryKey, 'новая парольная фраза');
    const audit = leftover.database().prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get();
    expect(audit).toBe('erase');
    leftover.lock();

    // The create screen follows: a new vault can be made in the old place.
    await core.invoke('vault.create', { passphrase: PASSPHRASE });
    expect((await core.invoke('applicants.list', {})).total).toBe(0);
  });

  it('works while locked (the shortcut pressed on the unlock screen)', async () => {
    const { core } = open();
    await vaultWithBackup(core);
    await core.invoke('vault.lock', {});
    expect(await core.invokeMainOnly('vault.erase', {})).toEqual({ erased: true });
    expect(existsSync(keyFilePath(vaultPath()))).toBe(false);
    expect(await core.invoke('vault.status', {})).toMatchObject({ exists: false });
  });

  it('refuses to turn on the shortcut or the wipe while no verified backup exists', async () => {
    const { core } = open();
    await core.invoke('vault.create', { passphrase: PASSPHRASE });
    expect(await codeOf(core.invoke('seizure.set', { eraseShortcut: 'CommandOrControl+Alt+Shift+E' }))).toMatchObject({
      code: 'BACKUP_REQUIRED',
    });
    expect(await codeOf(core.invoke('seizure.set', { wipeAfterFailures: 5 }))).toMatchObject({
      code: 'BACKUP_REQUIRED',
    });
    expect(await core.invoke('seizure.status', {})).toEqual({ backupExists: false });
    expect(await codeOf(core.invoke('seizure.set', { eraseShortcut: 'E' }))).toMatchObject({ code: 'INVALID_INPUT' });
    await core.invokeMainOnly('backup.writeTo', { path: join(temp.dir, 'b.panoh') });
    const status = await core.invoke('seizure.set', { eraseShortcut: 'CommandOrControl+Alt+Shift+E' });
    expect(status).toMatchObject({ eraseShortcut: 'CommandOrControl+Alt+Shift+E', backupExists: true });
    await core.invoke('vault.lock', {});
    // The shell reads it before any unlock, to register the shortcut.
    expect(await core.invoke('vault.status', {})).toMatchObject({ eraseShortcut: 'CommandOrControl+Alt+Shift+E' });
  });
});

describe('wipe after failed unlocks', () => {
  it('counts across restarts and a deleted prefs file, shows the last attempts, and erases on the last', async () => {
    const first = open().core;
    await vaultWithBackup(first);
    await first.invoke('seizure.set', { wipeAfterFailures: 5 });
    await first.invoke('prefs.set', { language: 'kk' });
    expect(existsSync(join(temp.dir, 'prefs.json'))).toBe(true);
    await first.invoke('vault.lock', {});
    expect(await codeOf(first.invoke('vault.unlock', { passphrase: WRONG }))).toEqual({ code: 'WRONG_PASSPHRASE' });
    expect(await codeOf(first.invoke('vault.unlock', { passphrase: WRONG }))).toEqual({ code: 'WRONG_PASSPHRASE' });
    expect(await first.invoke('vault.status', {})).not.toHaveProperty('attemptsLeft');

    // Restart, with the preferences file gone: the count lives in the key file.
    first.close();
    rmSync(join(temp.dir, 'prefs.json'), { force: true });
    const { core, events } = open();
    expect(await codeOf(core.invoke('vault.unlock', { passphrase: WRONG }))).toEqual({
      code: 'WRONG_PASSPHRASE',
      params: { attemptsLeft: 2 },
    });
    expect(await core.invoke('vault.status', {})).toMatchObject({ attemptsLeft: 2 });
    expect(
      await codeOf(core.invoke('vault.recover', { recoveryKey: 'A'.repeat(32), newPassphrase: PASSPHRASE })),
    ).toMatchObject({
      params: { attemptsLeft: 1 },
    });
    expect(existsSync(keyFilePath(vaultPath()))).toBe(true);
    expect(await codeOf(core.invoke('vault.unlock', { passphrase: WRONG }))).toEqual({ code: 'VAULT_ERASED' });
    expect(events).toContain('vault.erased');
    expect(existsSync(keyFilePath(vaultPath()))).toBe(false);
    expect(await core.invoke('vault.status', {})).toMatchObject({ exists: false });
    expect(await codeOf(core.invoke('vault.unlock', { passphrase: PASSPHRASE }))).toMatchObject({
      code: 'VAULT_NOT_FOUND',
    });
  });

  it('a right passphrase clears the count and the audit says how many wrong ones came before', async () => {
    const { core } = open();
    await vaultWithBackup(core);
    await core.invoke('seizure.set', { wipeAfterFailures: 5 });
    await core.invoke('vault.lock', {});
    for (let i = 0; i < 4; i++) await codeOf(core.invoke('vault.unlock', { passphrase: WRONG }));
    expect(await core.invoke('vault.status', {})).toMatchObject({ attemptsLeft: 1 });
    await core.invoke('vault.unlock', { passphrase: PASSPHRASE });
    const [entry] = await core.invoke('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'unlock', detail: { failedAttempts: 4 } });
    await core.invoke('vault.lock', {});
    expect(await core.invoke('vault.status', {})).not.toHaveProperty('attemptsLeft');
    expect(await codeOf(core.invoke('vault.unlock', { passphrase: WRONG }))).toEqual({ code: 'WRONG_PASSPHRASE' });
  });

  it('a key file edited to turn the wipe off is flagged at the next unlock and the setting comes back', async () => {
    const { core } = open();
    await vaultWithBackup(core);
    await core.invoke('seizure.set', { wipeAfterFailures: 7 });
    await core.invoke('vault.lock', {});
    const keys = keyFilePath(vaultPath());
    const edited = JSON.parse(readFileSync(keys, 'utf8')) as Record<string, unknown>;
    delete edited.seizure;
    writeFileSync(keys, JSON.stringify(edited));
    await core.invoke('vault.unlock', { passphrase: PASSPHRASE });
    expect(await core.invoke('vault.keyStatus', {})).toMatchObject({ keyFile: 'altered' });
    expect(await core.invoke('seizure.status', {})).toMatchObject({ wipeAfterFailures: 7 });
    expect(JSON.parse(readFileSync(keys, 'utf8'))).toMatchObject({ seizure: { wipeAfterFailures: 7 } });
  });
});
