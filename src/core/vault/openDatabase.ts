import Database from 'better-sqlite3-multiple-ciphers';
import { classifyStorageError } from '../fs/fsErrors';

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the file (vault creation); otherwise a missing file is an error. */
  create?: boolean;
  /** Open without the right to write (checking a backup before restoring it). */
  readonly?: boolean;
}

/**
 * Opens the SQLCipher 4 file with the raw 256-bit data key. A raw key skips SQLCipher's own
 * PBKDF2, which would only repeat the work the key file's KDF already did.
 */
export function openEncryptedDatabase(path: string, dataKey: Buffer, options: OpenOptions = {}): Db {
  let db: Db | undefined;
  try {
    db = new Database(path, {
      fileMustExist: !options.create,
      readonly: options.readonly ?? false,
    });
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.pragma(`key="x'${dataKey.toString('hex')}'"`);
    // Reading the schema is the first moment a wrong key or a damaged file shows.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db?.close();
    throw classifyStorageError(error);
  }
}

/** Settings that must hold for every connection, applied after the version check. */
export function applyConnectionSettings(db: Db): void {
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('temp_store = MEMORY');
    db.pragma('secure_delete = ON');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    throw classifyStorageError(error);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
