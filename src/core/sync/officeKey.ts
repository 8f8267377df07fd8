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
 *
 * An office may change its key (a laptop lost, a colleague gone): each key has an epoch, the
 * newest epoch is the one bundles are written with, and older keys are kept only to read bundles
 * that trusted colleagues wrote before the new key reached them.
 */
export interface OfficeKey {
  keyId: string;
  key: Buffer;
  epoch: number;
}

type Row = { key_id: string; key: string; epoch: number };

const toKey = (row: Row): OfficeKey => ({ keyId: row.key_id, key: Buffer.from(row.key, 'base64'), epoch: row.epoch });

/** A public name of the key, so a bundle for another office is recognised without trying to decrypt. */
export function officeKeyId(key: Buffer): string {
  return createHash('sha256').update('panoh office key id\n').update(key).digest('hex').slice(0, 16);
}

/** The bundle encryption key, derived so the office key itself never touches a cipher. */
export function bundleKey(key: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'panoh bundle v1', 32));
}

/** The key bundles are written with: the newest epoch (ties, from two rotations at once, by id). */
export function currentOfficeKey(db: Db): OfficeKey | undefined {
  const row = prepared(
    db,
    'SELECT key_id, key, epoch FROM office_keys ORDER BY epoch DESC, key_id DESC LIMIT 1',
  ).get() as Row | undefined;
  return row && toKey(row);
}

export function officeKeyById(db: Db, keyId: string): OfficeKey | undefined {
  const row = prepared(db, 'SELECT key_id, key, epoch FROM office_keys WHERE key_id = ?').get(keyId) as Row | undefined;
  return row && toKey(row);
}

export function officeKey(db: Db): Buffer {
  const current = currentOfficeKey(db);
  if (!current) throw new PanohError('OFFICE_NOT_SET');
  return current.key;
}

export function hasOffice(db: Db): boolean {
  return currentOfficeKey(db) !== undefined;
}

/** Keeps a key of the office (new, or learnt from an announcement); a key already known is left as it is. */
export function addOfficeKey(db: Db, key: Buffer, epoch: number): OfficeKey {
  const keyId = officeKeyId(key);
  prepared(db, 'INSERT OR IGNORE INTO office_keys (key_id, key, epoch, added_at) VALUES (?, ?, ?, ?)').run(
    keyId,
    key.toString('base64'),
    epoch,
    new Date().toISOString(),
  );
  // The signing and key-agreement identity is made now, so that reading a bundle never has to.
  deviceIdentity(db);
  return { keyId, key, epoch };
}

export function createOfficeKey(db: Db): string {
  if (hasOffice(db)) throw new PanohError('OFFICE_ALREADY_SET');
  const key = randomBytes(32);
  addOfficeKey(db, key, 0);
  return entropyToMnemonic(key, wordlist);
}

/** A new office key one epoch above the current one; its 24 words are returned to be shown once. */
export function rotateOfficeKey(db: Db): string {
  const current = currentOfficeKey(db);
  if (!current) throw new PanohError('OFFICE_NOT_SET');
  const key = randomBytes(32);
  addOfficeKey(db, key, current.epoch + 1);
  return entropyToMnemonic(key, wordlist);
}

/**
 * Joins with the 24 words. On a computer already in the office, words of a key it does not know
 * are the office's new key (a colleague changed it and this computer could not take it over from
 * a bundle): it becomes the current key, one epoch up.
 */
export function joinOffice(db: Db, words: string): void {
  let key: Uint8Array;
  try {
    key = mnemonicToEntropy(words.trim().toLowerCase().split(/\s+/).join(' '), wordlist);
  } catch {
    throw new PanohError('OFFICE_KEY_INVALID');
  }
  if (key.length !== 32) throw new PanohError('OFFICE_KEY_INVALID');
  const bytes = Buffer.from(key);
  if (officeKeyById(db, officeKeyId(bytes))) throw new PanohError('OFFICE_ALREADY_SET');
  addOfficeKey(db, bytes, (currentOfficeKey(db)?.epoch ?? -1) + 1);
}
