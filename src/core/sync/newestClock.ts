import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

/**
 * The newest clock in the change log, read through the (device, clock) index one device at a time:
 * a handful of index seeks instead of a scan of millions of changes at every unlock.
 */
export function newestClock(db: Db): string | undefined {
  const nextDevice = prepared(db, 'SELECT device_id FROM changes WHERE device_id > ? ORDER BY device_id LIMIT 1');
  const newestOf = prepared(db, 'SELECT max(hlc) AS hlc FROM changes WHERE device_id = ?');
  let newest: string | undefined;
  let device = (nextDevice.get('') as { device_id: string } | undefined)?.device_id;
  while (device !== undefined) {
    const hlc = (newestOf.get(device) as { hlc: string | null }).hlc;
    if (hlc && (!newest || hlc > newest)) newest = hlc;
    device = (nextDevice.get(device) as { device_id: string } | undefined)?.device_id;
  }
  return newest;
}
