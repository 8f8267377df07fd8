import { PanohError } from '../../shared/errors';
import type { BundleHeader } from '../../shared/sync/bundle';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { type DeviceIdentity, fingerprintOf } from './deviceIdentity';

/**
 * Revoked computers: their bundles are refused from the moment this vault learns of the
 * revocation (here, or from a trusted colleague's bundle), and changes in their name are kept
 * only up to the newest one the revoking computer held when it revoked them. Relayed later
 * changes (made on the lost laptop after it was lost) are dropped on import.
 */
export function revokedDevices(db: Db): Map<string, string> {
  const rows = prepared(db, 'SELECT device_id, after_hlc FROM revoked_devices').all() as {
    device_id: string;
    after_hlc: string;
  }[];
  return new Map(rows.map((r) => [r.device_id, r.after_hlc]));
}

export function revokedList(db: Db): NonNullable<BundleHeader['revoked']> {
  return [...revokedDevices(db)].map(([deviceId, after]) => ({ deviceId, after }));
}

/** Revokes a colleague's computer by the fingerprint the lawyers read to each other. */
export function revokeDevice(db: Db, fingerprint: string, self: DeviceIdentity): { deviceId: string; name: string } {
  const wanted = fingerprint.trim().toUpperCase();
  if (wanted === fingerprintOf(self.publicKeyRaw)) throw new PanohError('DEVICE_SELF');
  const device = prepared(db, 'SELECT device_id, name, public_key FROM devices WHERE fingerprint = ?').get(wanted) as
    | { device_id: string; name: string; public_key: string }
    | undefined;
  if (!device) throw new PanohError('DEVICE_NOT_FOUND');
  const newest = (
    prepared(db, 'SELECT max(hlc) AS hlc FROM changes WHERE device_id = ?').get(device.device_id) as {
      hlc: string | null;
    }
  ).hlc;
  prepared(
    db,
    `INSERT INTO revoked_devices (device_id, public_key, revoked_at, after_hlc) VALUES (?, ?, ?, ?)
     ON CONFLICT (device_id) DO UPDATE SET after_hlc = min(after_hlc, excluded.after_hlc)`,
  ).run(device.device_id, device.public_key, new Date().toISOString(), newest ?? '');
  return { deviceId: device.device_id, name: device.name };
}

/**
 * Takes in the revocations a trusted colleague's bundle lists. Where two computers revoked the
 * same one, the earlier cut-off holds (fewer of the lost laptop's changes are kept). This
 * computer never revokes itself.
 */
export function learnRevocations(db: Db, header: BundleHeader, self: string): void {
  const learn = prepared(
    db,
    `INSERT INTO revoked_devices (device_id, public_key, revoked_at, after_hlc)
     VALUES (?, COALESCE((SELECT public_key FROM devices WHERE device_id = ?), ''), ?, ?)
     ON CONFLICT (device_id) DO UPDATE SET after_hlc = min(after_hlc, excluded.after_hlc)`,
  );
  const now = new Date().toISOString();
  for (const { deviceId, after } of header.revoked ?? []) {
    if (deviceId !== self) learn.run(deviceId, deviceId, now, after);
  }
}
