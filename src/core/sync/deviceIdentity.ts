import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { hostname } from 'node:os';
import { terminalSafe } from '../../shared/text/terminalSafe';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

/** Raw Ed25519 public keys are the last 32 bytes of their SPKI encoding. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** The same for X25519, the key-agreement key a new office key is wrapped to. */
const X25519_SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

export interface DeviceIdentity {
  deviceId: string;
  name: string;
  privateKey: KeyObject;
  publicKeyRaw: Buffer;
  /** X25519: colleagues wrap a new office key to it (an announcement in their next bundle). */
  kxPrivateKey: KeyObject;
  kxPublicKeyRaw: Buffer;
}

function settingOf(db: Db, key: string): string | undefined {
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

export function rawKxPublicKey(publicKey: KeyObject): Buffer {
  return publicKey.export({ format: 'der', type: 'spki' }).subarray(X25519_SPKI_PREFIX.length);
}

export function kxPublicKeyFromRaw(raw: Buffer): KeyObject {
  return createPublicKey({ key: Buffer.concat([X25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

/** A private key kept in settings (PKCS#8, base64), made on first use. */
function storedPrivateKey(db: Db, setting: string, type: 'ed25519' | 'x25519'): KeyObject {
  let pkcs8 = settingOf(db, setting);
  if (!pkcs8) {
    const { privateKey } = type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('x25519');
    pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    saveSetting(db, setting, pkcs8);
  }
  return createPrivateKey({ key: Buffer.from(pkcs8, 'base64'), format: 'der', type: 'pkcs8' });
}

/** What two lawyers read to each other to confirm a device: 20 hex digits in groups of four. */
export function fingerprintOf(publicKeyRaw: Buffer): string {
  const hex = createHash('sha256').update(publicKeyRaw).digest('hex').slice(0, 20).toUpperCase();
  return hex.match(/.{4}/g)?.join('-') ?? hex;
}

/** This device's signing and key-agreement identity, made on first use, kept inside the vault's encryption. */
export function deviceIdentity(db: Db): DeviceIdentity {
  const deviceId = (prepared(db, "SELECT value FROM meta WHERE key = 'device_id'").get() as { value: string }).value;
  const privateKey = storedPrivateKey(db, 'device_signing_key', 'ed25519');
  const kxPrivateKey = storedPrivateKey(db, 'device_kx_key', 'x25519');
  const name = deviceName(settingOf(db, 'device_name') ?? hostname());
  return {
    deviceId,
    name,
    privateKey,
    publicKeyRaw: rawPublicKey(createPublicKey(privateKey)),
    kxPrivateKey,
    kxPublicKeyRaw: rawKxPublicKey(createPublicKey(kxPrivateKey)),
  };
}

/**
 * A computer's name as it is stored and shown: no control or format characters (a bundle's name
 * once rewrote the command line's output with escape codes), bounded, never empty.
 */
export function deviceName(name: string): string {
  return terminalSafe(name).trim().slice(0, 120) || 'Panoh';
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
    prepared(db, "DELETE FROM settings WHERE key IN ('device_signing_key', 'device_kx_key')").run();
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
