import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanohError } from '../../shared/errors';
import { openTestWorkspace, TEST_PASSPHRASE } from '../testing/openWorkspace';
import { fileContainsText, fingerprint, TEST_SCRYPT } from '../testing/tempVault';
import { VaultSession } from '../vault/vaultSession';
import { backupStatus, backupVault } from './backupService';
import { restoreVault } from './restoreVault';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => {
  env = await openTestWorkspace();
  env.workspace.applicants.create({ familyName: 'Абдурахмонова', givenName: 'Гулнора' });
});
afterEach(() => env.close());

async function code(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return error instanceof PanohError ? error.code : String(error);
  }
  return undefined;
}

describe('backup and restore', () => {
  it('writes an encrypted, verified copy that restores into a new vault with the same records', async () => {
    expect(backupStatus(env.workspace).due).toBe(true);
    const target = join(env.dir, 'backup-2026-11-27.panoh');
    const { bytes } = backupVault(env.workspace, env.vault, target);
    expect(bytes).toBeGreaterThan(0);
    expect(readFileSync(target).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(fileContainsText(target, 'Абдурахмонова')).toBe(false);
    expect(backupStatus(env.workspace).due).toBe(false);
    expect(env.workspace.audit.list({ limit: 1 })[0]).toMatchObject({ action: 'export', detail: { report: 'backup' } });

    const restored = join(env.dir, 'restored.panoh');
    await restoreVault(target, restored, TEST_PASSPHRASE);
    const session = new VaultSession(restored, { scrypt: TEST_SCRYPT });
    await session.unlock(TEST_PASSPHRASE);
    const names = session.database().prepare('SELECT family_name FROM applicants').all();
    expect(names).toEqual([{ family_name: 'Абдурахмонова' }]);
    session.lock();
  });

  it('never overwrites: neither an existing backup nor an existing vault', async () => {
    const target = join(env.dir, 'b.panoh');
    backupVault(env.workspace, env.vault, target);
    expect(() => backupVault(env.workspace, env.vault, target)).toThrow(
      expect.objectContaining({ code: 'VAULT_ALREADY_EXISTS' }),
    );
    const before = fingerprint([env.vaultPath]);
    expect(await code(restoreVault(target, env.vaultPath, TEST_PASSPHRASE))).toBe('VAULT_ALREADY_EXISTS');
    expect(fingerprint([env.vaultPath])).toEqual(before);
  });

  it('says a folder that is not there is missing (a pulled stick), and leaves nothing behind', () => {
    const stick = join(env.dir, 'stick');
    expect(() => backupVault(env.workspace, env.vault, join(stick, 'b.panoh'))).toThrow(
      expect.objectContaining({ code: 'STORAGE_MISSING' }),
    );
    expect(readdirSync(env.dir).filter((name) => name.startsWith('b.panoh'))).toEqual([]);
  });

  it('checks the backup before restoring: wrong passphrase, damaged file, missing key file', async () => {
    const target = join(env.dir, 'b.panoh');
    backupVault(env.workspace, env.vault, target);
    expect(await code(restoreVault(target, join(env.dir, 'r1.panoh'), 'wrong passphrase here'))).toBe(
      'WRONG_PASSPHRASE',
    );
    const damaged = Buffer.from(readFileSync(target));
    for (let i = 5000; i < 6000; i++) damaged[i] = (damaged[i] ?? 0) ^ 0x55;
    writeFileSync(target, damaged);
    expect(await code(restoreVault(target, join(env.dir, 'r2.panoh'), TEST_PASSPHRASE))).toBe('VAULT_DAMAGED');
    expect(await code(restoreVault(join(env.dir, 'nothing.panoh'), join(env.dir, 'r3.panoh'), TEST_PASSPHRASE))).toBe(
      'VAULT_NOT_FOUND',
    );
  });
});
