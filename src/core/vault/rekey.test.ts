import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../api/createCore';
import { expectRefusal } from '../testing/expectRefusal';
import { vaultWithOldKeys } from '../testing/keyFileCopies';
import { fingerprint, makeTempDir, TEST_SCRYPT } from '../testing/tempVault';
import { keyFilePath } from './keyFile';
import { rekeyTempPath, VaultSession } from './vaultSession';

const PASSPHRASE = 'перешифровать хранилище бюро';
const NEW_PASSPHRASE = 'другая фраза после смены 2026';

let temp: ReturnType<typeof makeTempDir>;
let vaultPath: string;
const cores: Core[] = [];

beforeEach(() => {
  temp = makeTempDir();
  vaultPath = join(temp.dir, 'office.panoh');
});
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  temp.cleanup();
});

function core(path = vaultPath): Core {
  const made = createCore({ vaultPath: path, scrypt: TEST_SCRYPT });
  cores.push(made);
  return made;
}

/** A copy of the key file as it is now, the way a backup or a forgotten USB copy keeps one. */
function copyOfKeys(name: string): string {
  const copyVault = join(temp.dir, name);
  copyFileSync(keyFilePath(vaultPath), keyFilePath(copyVault));
  return copyVault;
}

/** Puts an old key file back next to the current vault file (what an attacker with a copy would do). */
const tryOldKeys = (copyVault: string) => vaultWithOldKeys(vaultPath, keyFilePath(copyVault));

describe('re-encrypting the vault (a new data key)', () => {
  it('makes every older key file useless, keeps every record, and gives a new recovery key', async () => {
    const office = core();
    const firstRecovery = (await office.invoke('vault.create', { passphrase: PASSPHRASE })).recoveryKey;
    const { id } = await office.invoke('applicants.create', {
      fields: { familyName: 'Рахимова', givenName: 'Хадича' },
    });
    const beforeChange = copyOfKeys('before-change.panoh');
    await office.invoke('vault.changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
    const afterChange = copyOfKeys('after-change.panoh');

    // A passphrase change alone revokes nothing: the copy from before opens with the old passphrase.
    office.close();
    const stale = tryOldKeys(beforeChange);
    await stale.unlock(PASSPHRASE);
    stale.lock();

    await office.invoke('vault.unlock', { passphrase: NEW_PASSPHRASE });
    const { recoveryKey } = await office.invoke('vault.rekey', { passphrase: NEW_PASSPHRASE });
    expect(recoveryKey).not.toBe(firstRecovery);
    expect((await office.invoke('applicants.get', { id })).applicant.familyName).toBe('Рахимова');
    expect(await office.invoke('vault.check', {})).toMatchObject({
      integrity: 'ok',
      auditChain: 'ok',
      auditAnchor: 'ok',
      keyFile: 'ok',
      recoveryKey: 'ok',
    });
    expect((await office.invoke('audit.list', { limit: 1 }))[0]?.action).toBe('rekey');
    office.close();

    // No older key file opens the vault now, with any passphrase or recovery key it knew.
    for (const [copy, passphrase] of [
      [beforeChange, PASSPHRASE],
      [afterChange, NEW_PASSPHRASE],
    ] as const) {
      await expectRefusal(tryOldKeys(copy).unlock(passphrase), 'VAULT_DAMAGED');
      await expectRefusal(tryOldKeys(copy).recover(firstRecovery, 'любая новая фраза'), 'VAULT_DAMAGED');
    }
    // The current key file opens it with the same passphrase and with the new recovery key only.
    await office.invoke('vault.unlock', { passphrase: NEW_PASSPHRASE });
    office.close();
    await expectRefusal(
      office.invoke('vault.recover', { recoveryKey: firstRecovery, newPassphrase: PASSPHRASE }),
      'WRONG_RECOVERY_KEY',
    );
    await office.invoke('vault.recover', { recoveryKey, newPassphrase: PASSPHRASE });
    expect(existsSync(rekeyTempPath(vaultPath))).toBe(false);
  });

  it('is not disturbed by work done while it derives the new keys (an audit anchor written meanwhile)', async () => {
    const office = core();
    await office.invoke('vault.create', { passphrase: PASSPHRASE });
    const rekeying = office.invoke('vault.rekey', { passphrase: PASSPHRASE });
    await office.invoke('applicants.create', { fields: { familyName: 'Во время' } });
    office.vault.flushAnchor();
    await rekeying;
    expect(await office.invoke('vault.check', {})).toMatchObject({ auditAnchor: 'ok', keyFile: 'ok' });
    expect((await office.invoke('applicants.list', {})).total).toBe(1);
  });

  it('cannot be raced by another program: while a session holds the vault, a second one cannot open it', async () => {
    const office = new VaultSession(vaultPath, { scrypt: TEST_SCRYPT });
    await office.create(PASSPHRASE);
    // The command line (or a second window) with the right passphrase: told the vault is in use,
    // and nothing counts as a failed attempt.
    const other = new VaultSession(vaultPath, { scrypt: TEST_SCRYPT });
    await expectRefusal(other.unlock(PASSPHRASE), 'VAULT_IN_USE');
    expect(other.isUnlocked).toBe(false);
    await office.rekey(PASSPHRASE);
    office.database().prepare("INSERT INTO meta (key, value) VALUES ('after', 'rekey')").run();
    office.lock();
    await other.unlock(PASSPHRASE);
    expect(other.database().prepare("SELECT value FROM meta WHERE key = 'after'").pluck().get()).toBe('rekey');
    expect(other.failedUnlocksBefore()).toBe(0);
    other.lock();
  });

  it('asks for the passphrase again and changes nothing when it is wrong', async () => {
    const office = core();
    await office.invoke('vault.create', { passphrase: PASSPHRASE });
    office.vault.flushAnchor();
    const before = fingerprint([vaultPath, keyFilePath(vaultPath)]);
    await expectRefusal(office.invoke('vault.rekey', { passphrase: 'не та фраза совсем' }), 'WRONG_PASSPHRASE');
    await expectRefusal(
      office.invoke('vault.newRecoveryKey', { passphrase: 'не та фраза совсем' }),
      'WRONG_PASSPHRASE',
    );
    expect(fingerprint([vaultPath, keyFilePath(vaultPath)])).toEqual(before);
  });
});

describe('a new recovery key', () => {
  it('stops the old recovery key from opening this key file', async () => {
    const office = core();
    const first = (await office.invoke('vault.create', { passphrase: PASSPHRASE })).recoveryKey;
    const { recoveryKey } = await office.invoke('vault.newRecoveryKey', { passphrase: PASSPHRASE });
    expect(recoveryKey).not.toBe(first);
    expect((await office.invoke('audit.list', { limit: 1 }))[0]?.action).toBe('recovery_key_change');
    office.close();
    await expectRefusal(
      office.invoke('vault.recover', { recoveryKey: first, newPassphrase: NEW_PASSPHRASE }),
      'WRONG_RECOVERY_KEY',
    );
    await office.invoke('vault.recover', { recoveryKey, newPassphrase: NEW_PASSPHRASE });
  });
});
