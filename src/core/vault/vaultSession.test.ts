import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ErrorCode, PanohError } from '../../shared/errors';
import { normalizeRecoveryKey, RECOVERY_KEY_LENGTH } from '../../shared/vault';
import {
  fileContainsText,
  fingerprint,
  makeReadOnlyFolder,
  makeTempDir,
  TEST_SCRYPT,
  vaultFiles,
} from '../testing/tempVault';
import { KEY_FILE_VERSION, keyFilePath, readKeyFile, unwrapWithPassphrase } from './keyFile';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { VaultSession } from './vaultSession';

const PASSPHRASE = 'тёплый ветер над Таразом 1989';
const CYRILLIC_MARKER = 'Абдурахмонова Гулнора Қайратқызы';

async function expectCode(promise: Promise<unknown> | (() => unknown), code: ErrorCode): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(PanohError);
    expect((error as PanohError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}, but nothing was thrown`);
}

let temp: ReturnType<typeof makeTempDir>;
let vaultPath: string;
const open: VaultSession[] = [];

function session(path = vaultPath): VaultSession {
  const vault = new VaultSession(path, { scrypt: TEST_SCRYPT });
  open.push(vault);
  return vault;
}

async function createdVault(): Promise<{ vault: VaultSession; recoveryKey: string }> {
  const vault = session();
  const recoveryKey = await vault.create(PASSPHRASE);
  return { vault, recoveryKey };
}

beforeEach(() => {
  temp = makeTempDir();
  vaultPath = join(temp.dir, 'office.panoh');
});

afterEach(() => {
  for (const vault of open.splice(0)) vault.lock();
  temp.cleanup();
});

describe('creating a vault', () => {
  it('makes an encrypted SQLCipher file with a key file and hands out a recovery key once', async () => {
    const { vault, recoveryKey } = await createdVault();
    expect(vault.isUnlocked).toBe(true);
    expect(normalizeRecoveryKey(recoveryKey)).toHaveLength(RECOVERY_KEY_LENGTH);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const report = vault.check();
    expect(report).toMatchObject({ cipher: 'sqlcipher', integrity: 'ok', plaintextHeader: false });
    expect(report.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(readFileSync(vaultPath).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    const keyFile = JSON.parse(readFileSync(keyFilePath(vaultPath), 'utf8'));
    expect(keyFile.format).toBe('panoh-vault-keys');
    expect(JSON.stringify(keyFile)).not.toContain(normalizeRecoveryKey(recoveryKey));
  });

  it('refuses a passphrase under the minimum length and writes nothing', async () => {
    await expectCode(session().create('short one'), 'PASSPHRASE_TOO_SHORT');
    expect(Object.values(fingerprint(vaultFiles(vaultPath)))).toEqual([null, null, null, null]);
  });

  it('never overwrites an existing vault', async () => {
    const { vault } = await createdVault();
    vault.lock();
    const before = fingerprint(vaultFiles(vaultPath));
    await expectCode(session().create('another passphrase entirely'), 'VAULT_ALREADY_EXISTS');
    expect(fingerprint(vaultFiles(vaultPath))).toEqual(before);
  });

  it('explains a folder it cannot write to', async () => {
    const folder = join(temp.dir, 'write-protected');
    mkdirSync(folder);
    const restore = makeReadOnlyFolder(folder);
    try {
      await expectCode(session(join(folder, 'office.panoh')).create(PASSPHRASE), 'VAULT_FOLDER_READONLY');
    } finally {
      restore();
    }
  });
});

describe('locking and unlocking', () => {
  it('locks, forgets the connection, and unlocks again with the passphrase', async () => {
    const { vault } = await createdVault();
    vault.lock();
    expect(vault.isUnlocked).toBe(false);
    expect(() => vault.database()).toThrow(PanohError);
    await session().unlock(PASSPHRASE);
  });

  it('accepts the passphrase typed in another Unicode normal form', async () => {
    const { vault } = await createdVault();
    vault.lock();
    await session().unlock(PASSPHRASE.normalize('NFD'));
  });

  it('refuses a wrong passphrase with a clear error and leaves every byte as it was', async () => {
    const { vault } = await createdVault();
    vault.lock();
    const before = fingerprint(vaultFiles(vaultPath));
    await expectCode(session().unlock('тёплый ветер над Таразом 1988'), 'WRONG_PASSPHRASE');
    expect(fingerprint(vaultFiles(vaultPath))).toEqual(before);
  });

  it('keeps a distinctive Cyrillic string out of the vault file and its WAL, in UTF-8 and UTF-16', async () => {
    const { vault } = await createdVault();
    const db = vault.database();
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('probe', CYRILLIC_MARKER);
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').get('probe')).toEqual({ value: CYRILLIC_MARKER });
    // While open the change sits in the WAL; after locking it is checkpointed into the file.
    expect(statSync(`${vaultPath}-wal`).size).toBeGreaterThan(0);
    for (const path of vaultFiles(vaultPath)) expect(fileContainsText(path, CYRILLIC_MARKER), path).toBe(false);
    vault.lock();
    for (const path of vaultFiles(vaultPath)) expect(fileContainsText(path, CYRILLIC_MARKER), path).toBe(false);
    const reopened = session();
    await reopened.unlock(PASSPHRASE);
    expect(reopened.database().prepare('SELECT value FROM settings WHERE key = ?').get('probe')).toEqual({
      value: CYRILLIC_MARKER,
    });
  });

  it('is a standard SQLCipher 4 file: plain SQLCipher settings and the raw data key open it', async () => {
    const { vault } = await createdVault();
    vault.database().prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run();
    vault.lock();
    const keyFile = readKeyFile(vaultPath);
    const dataKey = keyFile && (await unwrapWithPassphrase(keyFile.content, PASSPHRASE));
    if (!dataKey) throw new Error('the key file did not unwrap');
    const openWith = (key: string) => {
      const db = new Database(vaultPath, { fileMustExist: true, readonly: true });
      db.pragma("cipher='sqlcipher'");
      db.pragma('legacy=4');
      db.pragma(`key="${key}"`);
      try {
        return db.prepare("SELECT value FROM settings WHERE key = 'k'").get();
      } finally {
        db.close();
      }
    };
    expect(openWith(`x'${dataKey.toString('hex')}'`)).toEqual({ value: 'v' });
    expect(() => openWith(PASSPHRASE)).toThrow(/not a database/);
  });
});

describe('passphrase change and recovery', () => {
  it('changes the passphrase without rewriting the vault; the old one stops working', async () => {
    const { vault } = await createdVault();
    vault.lock();
    const unlocked = session();
    await unlocked.unlock(PASSPHRASE);
    const vaultBytes = fingerprint([vaultPath]);
    await unlocked.changePassphrase(PASSPHRASE, 'новая фраза для бюро Тараз');
    unlocked.lock();
    expect(fingerprint([vaultPath])).toEqual(vaultBytes);
    await expectCode(session().unlock(PASSPHRASE), 'WRONG_PASSPHRASE');
    await session().unlock('новая фраза для бюро Тараз');
  });

  it('refuses a change when the current passphrase is wrong or the new one equals it', async () => {
    const { vault } = await createdVault();
    const keysBefore = fingerprint([keyFilePath(vaultPath)]);
    await expectCode(vault.changePassphrase('wrong current passphrase', 'new and long enough'), 'WRONG_PASSPHRASE');
    await expectCode(vault.changePassphrase(PASSPHRASE, PASSPHRASE), 'PASSPHRASE_UNCHANGED');
    await expectCode(vault.changePassphrase(PASSPHRASE, 'short'), 'PASSPHRASE_TOO_SHORT');
    expect(fingerprint([keyFilePath(vaultPath)])).toEqual(keysBefore);
  });

  it('opens with the recovery key, in any case and spacing, and sets a new passphrase', async () => {
    const { vault, recoveryKey } = await createdVault();
    vault.lock();
    const recovered = session();
    await recovered.recover(` ${recoveryKey.toLowerCase().replaceAll('-', ' ')} `, 'после восстановления ключа');
    expect(recovered.isUnlocked).toBe(true);
    recovered.lock();
    await expectCode(session().unlock(PASSPHRASE), 'WRONG_PASSPHRASE');
    const again = session();
    await again.unlock('после восстановления ключа');
    // Only one session holds a vault open: this one lets go before the next opens it.
    again.lock();
    // The recovery key keeps working after it has been used.
    await session().recover(recoveryKey, 'и ещё одна новая фраза');
  });

  it('refuses a wrong recovery key and changes nothing', async () => {
    const { vault, recoveryKey } = await createdVault();
    vault.lock();
    const before = fingerprint(vaultFiles(vaultPath));
    const wrong = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('0') ? '1' : '0'}`;
    await expectCode(session().recover(wrong, 'какая-то новая фраза'), 'WRONG_RECOVERY_KEY');
    expect(fingerprint(vaultFiles(vaultPath))).toEqual(before);
  });
});

describe('files that are not a healthy vault', () => {
  it('says the vault is missing', async () => {
    await expectCode(session().unlock(PASSPHRASE), 'VAULT_NOT_FOUND');
  });

  it('says a plain SQLite database or a text file is not a vault, and leaves it alone', async () => {
    const plain = new Database(vaultPath);
    plain.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    plain.close();
    const before = fingerprint(vaultFiles(vaultPath));
    await expectCode(session().unlock(PASSPHRASE), 'VAULT_NOT_A_VAULT');
    expect(fingerprint(vaultFiles(vaultPath))).toEqual(before);
    writeFileSync(vaultPath, 'Список клиентов\n');
    await expectCode(session().unlock(PASSPHRASE), 'VAULT_NOT_A_VAULT');
  });

  it('says the key file is missing when only the encrypted file was copied', async () => {
    const { vault } = await createdVault();
    vault.lock();
    const copy = join(temp.dir, 'copied.panoh');
    writeFileSync(copy, readFileSync(vaultPath));
    await expectCode(session(copy).unlock(PASSPHRASE), 'VAULT_KEYS_MISSING');
  });

  it('says a key file of another format is not a vault, and a damaged one is damaged', async () => {
    const { vault } = await createdVault();
    vault.lock();
    const keys = readFileSync(keyFilePath(vaultPath), 'utf8');
    writeFileSync(keyFilePath(vaultPath), '{ this is not json');
    await expectCode(session().unlock(PASSPHRASE), 'VAULT_NOT_A_VAULT');
    writeFileSync(keyFilePath(vaultPath), JSON.stringify({ ...JSON.parse(keys), passphrase: null }));
    await expectCode(session().unlock(PASSPHRASE), 'VAULT_KEYS_DAMAGED');
  });

  it('names a vault made by a newer Panoh, for both the key file and the schema, and does not touch it', async () => {
    const { vault } = await createdVault();
    vault.database().pragma(`user_version = ${LATEST_SCHEMA_VERSION + 7}`);
    vault.lock();
    const before = fingerprint(vaultFiles(vaultPath));
    try {
      await session().unlock(PASSPHRASE);
      throw new Error('expected VAULT_TOO_NEW');
    } catch (error) {
      expect((error as PanohError).code).toBe('VAULT_TOO_NEW');
      expect((error as PanohError).params).toEqual({
        version: LATEST_SCHEMA_VERSION + 7,
        supported: LATEST_SCHEMA_VERSION,
      });
    }
    expect(fingerprint(vaultFiles(vaultPath))).toEqual(before);

    const keys = JSON.parse(readFileSync(keyFilePath(vaultPath), 'utf8'));
    writeFileSync(keyFilePath(vaultPath), JSON.stringify({ ...keys, version: KEY_FILE_VERSION + 1 }));
    await expectCode(session().unlock(PASSPHRASE), 'VAULT_TOO_NEW');
  });

  it('says a vault whose encrypted pages were damaged is damaged', async () => {
    const { vault } = await createdVault();
    vault.lock();
    const bytes = readFileSync(vaultPath);
    for (let i = 100; i < 400; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    writeFileSync(vaultPath, bytes);
    await expectCode(session().unlock(PASSPHRASE), 'VAULT_DAMAGED');
  });
});
