import { z } from 'zod';
import { PanohError } from '../../shared/errors';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

const TRAVEL_SETTING = 'travel_mode';

const hlcSchema = z.string().max(64);
export const travelStateSchema = z
  .object({
    startedAt: z.string().max(40),
    /** The applicants the laptop kept for the trip. */
    kept: z.array(z.uuid()).max(10_000),
    /** How many records were left at the office (purged from this laptop only). */
    removed: z.number().int().min(0),
    /** What this vault held, per device, when the trip began: a source to end it must hold as much. */
    vector: z.record(z.string().max(64), hlcSchema),
    /** The newest clock before the purge: the clock never resumes below it (a restored change must not win over a trip's edit). */
    clockFloor: hlcSchema,
    /** The backup's file name (never its folder), to remind the lawyer which stick to bring back. */
    backupFile: z.string().max(255),
  })
  .strict();
export type TravelState = z.infer<typeof travelStateSchema>;

/** The trip in progress, or undefined when the laptop is at the office. */
export function travelState(db: Db): TravelState | undefined {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(TRAVEL_SETTING) as
    | { value: string }
    | undefined;
  if (!row) return undefined;
  const parsed = travelStateSchema.safeParse(JSON.parse(row.value));
  // A damaged entry still means "travelling": sync must stay closed rather than send gaps.
  if (!parsed.success) throw new PanohError('VAULT_DAMAGED');
  return parsed.data;
}

export function saveTravelState(db: Db, state: TravelState | undefined): void {
  if (!state) {
    prepared(db, 'DELETE FROM settings WHERE key = ?').run(TRAVEL_SETTING);
    return;
  }
  prepared(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(TRAVEL_SETTING, JSON.stringify(state));
}

/**
 * Sync and re-encryption wait for the trip's end: a bundle sent now would claim records this
 * laptop no longer holds, and one taken in would advance its vectors past changes it skips.
 */
export function assertNotTravelling(db: Db): void {
  if (hasTravelMark(db)) throw new PanohError('TRAVEL_ACTIVE');
}

function hasTravelMark(db: Db): boolean {
  return prepared(db, 'SELECT 1 FROM settings WHERE key = ?').get(TRAVEL_SETTING) !== undefined;
}

/** The clock the workspace must not resume below while travelling ('' at the office). */
export function travelClockFloor(db: Db): string {
  return hasTravelMark(db) ? (travelState(db)?.clockFloor ?? '') : '';
}
