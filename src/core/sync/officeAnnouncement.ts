import {
  createCipheriv,
  createDecipheriv,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
} from 'node:crypto';
import type { BundleHeader, OfficeAnnouncement } from '../../shared/sync/bundle';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { type DeviceIdentity, kxPublicKeyFromRaw, rawKxPublicKey } from './deviceIdentity';
import { currentOfficeKey, type OfficeKey, officeKeyId } from './officeKey';

type Wrap = OfficeAnnouncement['wraps'][number];

/** Binds a wrapped office key to its key id, epoch and recipient, so no wrap can be replayed elsewhere. */
function context(keyId: string, epoch: number, deviceId: string): string {
  return `panoh office key wrap v1\n${keyId}\n${epoch}\n${deviceId}`;
}

/** X25519 with a fresh ephemeral key, HKDF, then AES-256-GCM: the office key sealed to one computer. */
function wrapFor(office: OfficeKey, deviceId: string, recipientRaw: Buffer): Wrap {
  const ephemeral = generateKeyPairSync('x25519');
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: kxPublicKeyFromRaw(recipientRaw) });
  const ephemeralRaw = rawKxPublicKey(ephemeral.publicKey);
  const info = context(office.keyId, office.epoch, deviceId);
  const kek = Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralRaw, recipientRaw]), info, 32));
  shared.fill(0);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv, { authTagLength: 16 });
  cipher.setAAD(Buffer.from(info, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(office.key), cipher.final()]);
  kek.fill(0);
  return {
    deviceId,
    ephemeral: ephemeralRaw.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

function unwrap(wrap: Wrap, announcement: OfficeAnnouncement, identity: DeviceIdentity): Buffer | undefined {
  try {
    const ephemeralRaw = Buffer.from(wrap.ephemeral, 'base64');
    const shared = diffieHellman({ privateKey: identity.kxPrivateKey, publicKey: kxPublicKeyFromRaw(ephemeralRaw) });
    const info = context(announcement.keyId, announcement.epoch, identity.deviceId);
    const salt = Buffer.concat([ephemeralRaw, identity.kxPublicKeyRaw]);
    const kek = Buffer.from(hkdfSync('sha256', shared, salt, info, 32));
    shared.fill(0);
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(info, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrap.ciphertext, 'base64')), decipher.final()]);
    kek.fill(0);
    return key.length === 32 && officeKeyId(key) === announcement.keyId ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a bundle tells the office about its key, once it has changed (epoch above 0): the current
 * key, wrapped to every colleague's computer this one trusts, has a key-agreement key for, and has
 * not revoked. A revoked laptop finds nothing it can open; a computer without a wrap (it never sent
 * a bundle here since the change) joins with the new 24 words instead.
 */
export function announcementFor(db: Db): OfficeAnnouncement | undefined {
  const office = currentOfficeKey(db);
  if (!office || office.epoch === 0) return undefined;
  const recipients = prepared(
    db,
    `SELECT device_id, kx_public_key FROM devices
     WHERE kx_public_key <> '' AND device_id NOT IN (SELECT device_id FROM revoked_devices)
     ORDER BY device_id`,
  ).all() as { device_id: string; kx_public_key: string }[];
  return {
    epoch: office.epoch,
    keyId: office.keyId,
    wraps: recipients.map((d) => wrapFor(office, d.device_id, Buffer.from(d.kx_public_key, 'base64'))),
  };
}

/** The office key a trusted colleague's bundle hands this computer, when it names one for it. */
export function announcedKey(header: BundleHeader, identity: DeviceIdentity): OfficeKey | undefined {
  const announcement = header.announcement;
  if (!announcement || announcement.keyId !== header.office) return undefined;
  const wrap = announcement.wraps.find((w) => w.deviceId === identity.deviceId);
  const key = wrap && unwrap(wrap, announcement, identity);
  return key ? { keyId: announcement.keyId, key, epoch: announcement.epoch } : undefined;
}

/** Whether the bundle's announcement carries a wrap for this computer at all. */
export function announcesTo(header: BundleHeader, deviceId: string): boolean {
  return header.announcement?.keyId === header.office && header.announcement.wraps.some((w) => w.deviceId === deviceId);
}
