import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

/** Raw Ed25519 public keys are the last 32 bytes of their SPKI encoding. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface DeviceIdentity {
  deviceId: string;
  name: string;
  privateKey: KeyObject;
  publicKeyRaw: Buffer;
}

function setting(db: Db, key: string): string | undefined {
  return (prepared(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

function saveSetting(db: Db, key: string, value: string): void {
  prepared(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function rawPublicKey(publicKey: KeyObject): Buffer {
  return publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
}

export function publicKeyFromRaw(raw: Buffer): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

/** What two lawyers read to each other to confirm a device: 20 hex digits in groups of four. */
export function fingerprintOf(publicKeyRaw: Buffer): string {
  const hex = createHash('sha256').update(publicKeyRaw).digest('hex').slice(0, 20).toUpperCase();
  return hex.match(/.{4}/g)?.join('-') ?? hex;
}

/** This device's signing identity, made on first use and kept inside the vault's encryption. */
export function deviceIdentity(db: Db): DeviceIdentity {
  const deviceId = (prepared(db, "SELECT value FROM meta WHERE key = 'device_id'").get() as { value: string }).value;
  let pkcs8 = setting(db, 'device_signing_key');
  if (!pkcs8) {
    const { privateKey } = generateKeyPairSync('ed25519');
    pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    saveSetting(db, 'device_signing_key', pkcs8);
  }
  const privateKey = createPrivateKey({ key: Buffer.from(pkcs8, 'base64'), format: 'der', type: 'pkcs8' });
  const name = setting(db, 'device_name') ?? hostname().slice(0, 120);
  return { deviceId, name, privateKey, publicKeyRaw: rawPublicKey(createPublicKey(privateKey)) };
}

export function setDeviceName(db: Db, name: string): void {
  saveSetting(db, 'device_name', name);
}

/**
 * Gives a restored vault a new device identity (id and signing key), keeping what it holds.
 *
 * A backup is restored onto a laptop that replaces the one it came from, or beside it. Keeping the
 * old identity breaks sync either way: colleagues remember what the old laptop held when it last
 * sent a bundle, which is more than the backup holds, so they would never send the restored vault
 * the old laptop's later changes; and two laptops with one id would stamp clashing clocks. As a new
 * device it starts from what the backup holds: colleagues confirm its new fingerprint once, and
 * their next bundles bring everything it lacks. Its coverage of every device, the old one
 * included, carries over: the backup holds all the old laptop's changes up to its newest.
 */
export function renewDeviceIdentity(db: Db): string {
  const old = (prepared(db, "SELECT value FROM meta WHERE key = 'device_id'").get() as { value: string }).value;
  const next = randomBytes(8).toString('hex');
  const newestOld = (
    prepared(db, 'SELECT max(hlc) AS hlc FROM changes WHERE device_id = ?').get(old) as { hlc: string | null }
  ).hlc;
  db.transaction(() => {
    prepared(db, "UPDATE meta SET value = ? WHERE key = 'device_id'").run(next);
    prepared(db, "DELETE FROM settings WHERE key = 'device_signing_key'").run();
    prepared(db, 'UPDATE sync_vectors SET holder = ? WHERE holder = ?').run(next, old);
    if (newestOld) {
      prepared(
        db,
        `INSERT INTO sync_vectors (holder, origin, hlc) VALUES (?, ?, ?)
         ON CONFLICT (holder, origin) DO UPDATE SET hlc = max(hlc, excluded.hlc)`,
      ).run(next, old, newestOld);
    }
  })();
  return next;
}
