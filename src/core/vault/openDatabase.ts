import Database from 'better-sqlite3-multiple-ciphers';
import { classifyStorageError } from '../fs/fsErrors';

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the file (vault creation); otherwise a missing file is an error. */
  create?: boolean;
  /** Open without the right to write (checking a backup before restoring it). */
  readonly?: boolean;
}

const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');

/**
 * SQLCipher's raw-key form, `x'<64 hex digits>'`, written byte by byte into a Buffer: the key is
 * never a JavaScript string (strings cannot be wiped, and a heap dump or swap would keep them).
 * The caller zeroes the Buffer once SQLite has read it.
 */
export function rawKeyLiteral(dataKey: Buffer): Buffer {
  const literal = Buffer.alloc(dataKey.length * 2 + 3);
  literal[0] = 0x78; // x
  literal[1] = 0x27; // '
  for (let i = 0; i < dataKey.length; i++) {
    const byte = dataKey[i] ?? 0;
    literal[2 + 2 * i] = HEX_DIGITS[byte >> 4] ?? 0;
    literal[3 + 2 * i] = HEX_DIGITS[byte & 15] ?? 0;
  }
  literal[literal.length - 1] = 0x27;
  return literal;
}

function withKeyLiteral(dataKey: Buffer, use: (literal: Buffer) => void): void {
  const literal = rawKeyLiteral(dataKey);
  try {
    use(literal);
  } finally {
    literal.fill(0);
  }
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
    const opened = db;
    withKeyLiteral(dataKey, (literal) => opened.key(literal));
    // Reading the schema is the first moment a wrong key or a damaged file shows.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db?.close();
    throw classifyStorageError(error);
  }
}

/**
 * Re-encrypts every page of a database that is not in WAL mode (the copy a re-encryption makes)
 * under a new raw key; SQLite does it in one transaction with a rollback journal.
 */
export function rekeyDatabase(db: Db, nextKey: Buffer): void {
  try {
    withKeyLiteral(nextKey, (literal) => db.rekey(literal));
  } catch (error) {
    throw classifyStorageError(error);
  }
}

/** Settings that must hold for every connection, applied after the version check. */
export function applyConnectionSettings(db: Db): void {
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('temp_store = MEMORY');
    // 64 MiB of pages (the default is 16): at 100,000 people the vault is about a gigabyte, and the
    // statistics, the deadline dashboard and a whole-office import each walk indexes larger than
    // 16 MiB in an order that is not theirs, so every miss read and decrypted a page again.
    // Allocated as pages are touched; a small office never fills it.
    db.pragma('cache_size = -65536');
    db.pragma('secure_delete = ON');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    throw classifyStorageError(error);
  }
}

/**
 * Makes this connection the vault's only one until it closes: the app and the command line (or two
 * windows) must not both hold a vault open, since a re-encryption by one leaves the other writing
 * into a file that is then replaced, and its writes are lost. Another process opening the vault then
 * waits out the busy timeout and is told it is in use. The lock is the file's own (released by the
 * system if the process dies); taken by a write at once, not at the first write.
 */
export function holdExclusively(db: Db): void {
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN IMMEDIATE; COMMIT');
  } catch (error) {
    throw classifyStorageError(error);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
