import type { VersionVector } from '../../shared/sync/bundle';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

/**
 * Version vectors decide what an incremental bundle carries. A stick may be plugged into any
 * colleague's laptop, so "since my last bundle" is wrong as soon as two colleagues receive
 * different bundles (one would get edits to records it never received). Instead each bundle
 * carries what its sender holds, every vault remembers what each colleague last said it held, and
 * an export carries everything the least up-to-date colleague may lack.
 *
 * The invariant that makes a vector mean something: a vault holds every change of device X up to
 * `vector[X]`, with no gaps below it. A vault's own changes trivially qualify. A bundle carries all
 * of the sender's changes from X newer than `base[X]`; when the reader already holds everything up
 * to `base[X]`, it then holds everything up to the sender's `vector[X]`. When it does not (the
 * bundle was made for colleagues further along), the changes still apply but the vector stays put,
 * the next bundle this vault sends says so, and its colleagues' next bundles fill the gap.
 */

type Row = { origin: string; hlc: string };

function vectorOf(db: Db, holder: string): VersionVector {
  const rows = prepared(db, 'SELECT origin, hlc FROM sync_vectors WHERE holder = ?').all(holder) as Row[];
  return Object.fromEntries(rows.map((r) => [r.origin, r.hlc]));
}

/** What this vault holds without gaps: its recorded coverage of others, and all of its own changes. */
export function ownVector(db: Db, self: string): VersionVector {
  const vector = vectorOf(db, self);
  const newestOwn = (
    prepared(db, 'SELECT MAX(hlc) AS hlc FROM changes WHERE device_id = ?').get(self) as { hlc: string | null }
  ).hlc;
  if (newestOwn) vector[self] = newestOwn;
  return vector;
}

/**
 * What every colleague this vault has heard from is known to hold: per device, the oldest of their
 * vectors. Empty (meaning everything) when there is a colleague it has never heard from through a
 * bundle, or none at all.
 */
export function exportBase(db: Db): VersionVector {
  const peers = (prepared(db, 'SELECT device_id FROM devices').all() as { device_id: string }[]).map((d) =>
    vectorOf(db, d.device_id),
  );
  if (peers.length === 0) return {};
  const origins = new Set(peers.flatMap((vector) => Object.keys(vector)));
  const base: VersionVector = {};
  for (const origin of origins) {
    // Clocks sort as text; the oldest is first.
    const [oldest] = peers.map((vector) => vector[origin] ?? '').sort();
    if (oldest) base[origin] = oldest;
  }
  return base;
}

const raise = (db: Db) =>
  prepared(
    db,
    `INSERT INTO sync_vectors (holder, origin, hlc) VALUES (?, ?, ?)
     ON CONFLICT (holder, origin) DO UPDATE SET hlc = max(hlc, excluded.hlc)`,
  );

/** The newest change of one device this vault holds (what its coverage of that device may reach). */
function newestHeld(db: Db, origin: string): string {
  return (
    (prepared(db, 'SELECT max(hlc) AS hlc FROM changes WHERE device_id = ?').get(origin) as { hlc: string | null })
      .hlc ?? ''
  );
}

/**
 * After a bundle was applied: what the sender holds, and what this vault now holds without gaps.
 * A vector is the sender's word, so it is never taken beyond what this vault can check: what the
 * sender claims of this vault's own changes stops at the newest it made, and this vault's own
 * coverage of a device stops at the newest change of that device it really holds (a vector
 * claiming more would otherwise make every later bundle skip that device's changes).
 */
export function recordBundleVectors(
  db: Db,
  self: string,
  header: { sender: { deviceId: string }; base: VersionVector; vector: VersionVector },
): void {
  const upsert = raise(db);
  const mine = vectorOf(db, self);
  const min = (a: string, b: string) => (a < b ? a : b);
  for (const [origin, hlc] of Object.entries(header.vector)) {
    if (origin === self) {
      upsert.run(header.sender.deviceId, origin, min(hlc, newestHeld(db, self)));
      continue;
    }
    upsert.run(header.sender.deviceId, origin, hlc);
    const assumed = header.base[origin] ?? '';
    if (assumed <= (mine[origin] ?? '')) {
      const held = min(hlc, newestHeld(db, origin));
      if (held) upsert.run(self, origin, held);
    }
  }
}
