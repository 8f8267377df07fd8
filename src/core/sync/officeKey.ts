import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { entropyToMnemonic, mnemonicToEntropy } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { PanohError } from '../../shared/errors';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { deviceIdentity } from './deviceIdentity';

/**
 * The office sync key: 256 random bits shared by the bureau's laptops, shown once as 24 words
 * (BIP39, with a checksum, so a word copied wrong is caught) for lawyers to copy by hand. It
 * lives only inside each vault's encryption.
 */
const SETTING = 'office_key';

function read(db: Db): Buffer | undefined {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(SETTING) as { value: string } | undefined;
  return row ? Buffer.from(row.value, 'base64') : undefined;
}

function store(db: Db, key: Buffer): void {
  if (read(db)) throw new PanohError('OFFICE_ALREADY_SET');
  prepared(db, 'INSERT INTO settings (key, value) VALUES (?, ?)').run(SETTING, key.toString('base64'));
  // The signing identity is made now, so that reading a bundle later never has to write.
  deviceIdentity(db);
}

export function createOfficeKey(db: Db): string {
  const key = randomBytes(32);
  store(db, key);
  return entropyToMnemonic(key, wordlist);
}

export function joinOffice(db: Db, words: string): void {
  let key: Uint8Array;
  try {
    key = mnemonicToEntropy(words.trim().toLowerCase().split(/\s+/).join(' '), wordlist);
  } catch {
    throw new PanohError('OFFICE_KEY_INVALID');
  }
  if (key.length !== 32) throw new PanohError('OFFICE_KEY_INVALID');
  store(db, Buffer.from(key));
}

export function officeKey(db: Db): Buffer {
  const key = read(db);
  if (!key) throw new PanohError('OFFICE_NOT_SET');
  return key;
}

export function hasOffice(db: Db): boolean {
  return read(db) !== undefined;
}

/** A public name of the key, so a bundle for another office is recognised without trying to decrypt. */
export function officeKeyId(key: Buffer): string {
  return createHash('sha256').update('panoh office key id\n').update(key).digest('hex').slice(0, 16);
}

/** The bundle encryption key, derived so the office key itself never touches a cipher. */
export function bundleKey(key: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'panoh bundle v1', 32));
}
