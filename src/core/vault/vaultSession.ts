import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { PanohError } from '../../shared/errors';
import { PASSPHRASE_MIN_LENGTH } from '../../shared/vault';
import { classifyStorageError, isNotFound } from '../fs/fsErrors';
import {
  type KeyFile,
  keyFilePath,
  newKeyFile,
  newVaultId,
  passphraseSlot,
  readKeyFile,
  recoverySlot,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  writeKeyFile,
} from './keyFile';
import { DEFAULT_SCRYPT, generateRecoveryKey, randomDataKey, type ScryptParams } from './keyWrapping';
import { assertNotTooNew, latestVersion, migrate } from './migrate';
import { migrations as defaultMigrations, type Migration } from './migrations';
import { applyConnectionSettings, type Db, openEncryptedDatabase, schemaVersion } from './openDatabase';

export interface VaultOptions {
  /** Lower only in tests; vaults created with it are stored with it. */
  scrypt?: ScryptParams;
  migrations?: readonly Migration[];
}

export interface VaultCheckReport {
  cipher: string;
  integrity: 'ok' | 'failed';
  integrityMessages: string[];
  schemaVersion: number;
  latestSchemaVersion: number;
  plaintextHeader: boolean;
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const SQLITE_PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function readHead(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * One vault file and its key file. Holds the open connection and the data key only while
 * unlocked; locking closes the connection and overwrites the key bytes.
 */
export class VaultSession {
  readonly path: string;
  private readonly options: VaultOptions;
  private db: Db | undefined;
  private dataKey: Buffer | undefined;
  private keyFile: KeyFile | undefined;

  constructor(path: string, options: VaultOptions = {}) {
    this.path = path;
    this.options = options;
  }

  get fileName(): string {
    return basename(this.path);
  }

  get isUnlocked(): boolean {
    return this.db !== undefined;
  }

  exists(): boolean {
    try {
      statSync(this.path);
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw classifyStorageError(error);
    }
  }

  /** The open database; every feature reaches SQLite through this and only while unlocked. */
  database(): Db {
    if (!this.db) throw new PanohError('VAULT_LOCKED');
    return this.db;
  }

  /** Creates the vault and its key file, leaves it unlocked, and returns the recovery key. */
  async create(passphrase: string): Promise<string> {
    if (this.isUnlocked) throw new PanohError('VAULT_ALREADY_UNLOCKED');
    if ([...passphrase].length < PASSPHRASE_MIN_LENGTH) {
      throw new PanohError('PASSPHRASE_TOO_SHORT', { min: PASSPHRASE_MIN_LENGTH });
    }
    if (this.exists()) throw new PanohError('VAULT_ALREADY_EXISTS');
    const vaultId = newVaultId();
    const dataKey = randomDataKey();
    const recoveryKey = generateRecoveryKey();
    const keyFile = newKeyFile(
      await passphraseSlot(vaultId, dataKey, passphrase, this.options.scrypt ?? DEFAULT_SCRYPT),
      recoverySlot(vaultId, dataKey, recoveryKey),
      vaultId,
    );
    let db: Db | undefined;
    try {
      // Key file first: a vault file without its key file would be unreadable forever.
      writeKeyFile(this.path, keyFile);
      db = openEncryptedDatabase(this.path, dataKey, { create: true });
      applyConnectionSettings(db);
      migrate(db, this.migrationList());
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)').run(
        'vault_id',
        vaultId,
        'created_at',
        keyFile.createdAt,
      );
    } catch (error) {
      db?.close();
      this.removeHalfCreated();
      dataKey.fill(0);
      throw classifyStorageError(error);
    }
    this.adopt(db, dataKey, keyFile);
    return recoveryKey;
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.isUnlocked) throw new PanohError('VAULT_ALREADY_UNLOCKED');
    const keyFile = this.readKeysForOpen();
    const dataKey = await unwrapWithPassphrase(keyFile, passphrase);
    if (!dataKey) throw new PanohError('WRONG_PASSPHRASE');
    this.openWith(dataKey, keyFile);
  }

  /** Opens with the recovery key and replaces the forgotten passphrase. */
  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    if (this.isUnlocked) throw new PanohError('VAULT_ALREADY_UNLOCKED');
    const keyFile = this.readKeysForOpen();
    const dataKey = unwrapWithRecoveryKey(keyFile, recoveryKey);
    if (!dataKey) throw new PanohError('WRONG_RECOVERY_KEY');
    // Open first: if the vault itself cannot be opened, the key file is left as it was.
    this.openWith(dataKey, keyFile);
    await this.replacePassphraseSlot(newPassphrase);
  }

  async changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<void> {
    if (!this.keyFile || !this.dataKey) throw new PanohError('VAULT_LOCKED');
    const check = await unwrapWithPassphrase(this.keyFile, currentPassphrase);
    if (!check) throw new PanohError('WRONG_PASSPHRASE');
    check.fill(0);
    if (currentPassphrase.normalize('NFC') === newPassphrase.normalize('NFC')) {
      throw new PanohError('PASSPHRASE_UNCHANGED');
    }
    await this.replacePassphraseSlot(newPassphrase);
  }

  lock(): void {
    const db = this.db;
    this.db = undefined;
    this.keyFile = undefined;
    this.dataKey?.fill(0);
    this.dataKey = undefined;
    db?.close();
  }

  /**
   * An online, consistent, still-encrypted copy: VACUUM INTO writes a compacted snapshot with the
   * same cipher and key (SQLite's backup API refuses, rightly, to copy into an unkeyed file). The
   * copy is reopened with the key and checked before it gets its final name, and the key file goes
   * with it, so the backup opens with the passphrase and the recovery key of today.
   */
  backupTo(target: string): { bytes: number } {
    const db = this.database();
    if (!this.dataKey || !this.keyFile) throw new PanohError('VAULT_LOCKED');
    if (existsSync(target) || existsSync(keyFilePath(target))) throw new PanohError('VAULT_ALREADY_EXISTS');
    // SQLite reports a folder that is not there as read-only; say what it is (a pulled stick).
    if (!existsSync(dirname(target))) throw new PanohError('STORAGE_MISSING');
    const temp = `${target}.${randomBytes(4).toString('hex')}.partial`;
    let wroteKeyFile = false;
    try {
      db.prepare('VACUUM INTO ?').run(temp);
      syncFile(temp);
      const copy = openEncryptedDatabase(temp, this.dataKey);
      try {
        const integrity = copy.pragma('integrity_check', { simple: true });
        if (integrity !== 'ok' || schemaVersion(copy) !== schemaVersion(db)) throw new PanohError('VAULT_DAMAGED');
      } finally {
        copy.close();
      }
      writeKeyFile(target, this.keyFile);
      wroteKeyFile = true;
      renameSync(temp, target);
      wroteKeyFile = false;
      return { bytes: statSync(target).size };
    } catch (error) {
      rmSync(temp, { force: true });
      // A key file without its backup would make every later backup to this name "already exists".
      if (wroteKeyFile) rmSync(keyFilePath(target), { force: true });
      throw classifyStorageError(error);
    }
  }

  check(): VaultCheckReport {
    const db = this.database();
    const cipher = String(db.pragma('cipher', { simple: true }));
    const messages = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    const ok = messages.length === 1 && messages[0] === 'ok';
    return {
      cipher,
      integrity: ok ? 'ok' : 'failed',
      integrityMessages: ok ? [] : messages.slice(0, 20),
      schemaVersion: schemaVersion(db),
      latestSchemaVersion: latestVersion(this.migrationList()),
      plaintextHeader: readHead(this.path, SQLITE_PLAINTEXT_HEADER.length).equals(SQLITE_PLAINTEXT_HEADER),
    };
  }

  private migrationList(): readonly Migration[] {
    return this.options.migrations ?? defaultMigrations;
  }

  private adopt(db: Db, dataKey: Buffer, keyFile: KeyFile): void {
    this.db = db;
    this.dataKey = dataKey;
    this.keyFile = keyFile;
  }

  private async replacePassphraseSlot(newPassphrase: string): Promise<void> {
    if (!this.keyFile || !this.dataKey) throw new PanohError('VAULT_LOCKED');
    if ([...newPassphrase].length < PASSPHRASE_MIN_LENGTH) {
      throw new PanohError('PASSPHRASE_TOO_SHORT', { min: PASSPHRASE_MIN_LENGTH });
    }
    const slot = await passphraseSlot(
      this.keyFile.vaultId,
      this.dataKey,
      newPassphrase,
      this.options.scrypt ?? DEFAULT_SCRYPT,
    );
    const updated: KeyFile = { ...this.keyFile, passphrase: slot };
    writeKeyFile(this.path, updated);
    this.keyFile = updated;
  }

  /** Finds out, without writing anything, whether there is a vault here to open. */
  private readKeysForOpen(): KeyFile {
    const vaultExists = this.exists();
    const keyFile = readKeyFile(this.path);
    if (!vaultExists) throw new PanohError('VAULT_NOT_FOUND');
    if (!keyFile) throw new PanohError(this.looksEncrypted() ? 'VAULT_KEYS_MISSING' : 'VAULT_NOT_A_VAULT');
    return keyFile;
  }

  /** An SQLCipher file is whole pages of random-looking bytes; anything else is not ours. */
  private looksEncrypted(): boolean {
    const { size } = statSync(this.path);
    if (size === 0 || size % 512 !== 0) return false;
    return !readHead(this.path, SQLITE_PLAINTEXT_HEADER.length).equals(SQLITE_PLAINTEXT_HEADER);
  }

  private openWith(dataKey: Buffer, keyFile: KeyFile): void {
    let db: Db | undefined;
    try {
      db = openEncryptedDatabase(this.path, dataKey);
      // Checked before any pragma that writes, so a too-new vault is left exactly as it was.
      assertNotTooNew(db, this.migrationList());
      applyConnectionSettings(db);
      migrate(db, this.migrationList());
    } catch (error) {
      db?.close();
      dataKey.fill(0);
      throw classifyStorageError(error);
    }
    this.adopt(db, dataKey, keyFile);
  }

  private removeHalfCreated(): void {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${this.path}${suffix}`, { force: true });
    rmSync(keyFilePath(this.path), { force: true });
  }
}
