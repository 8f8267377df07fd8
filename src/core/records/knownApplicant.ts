import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

/**
 * Whether an id names a person this vault knows: a row in `applicants` (live only, when `live`),
 * or someone left at the office for a trip (travel mode), whose links must survive an edit here.
 */
export function knownApplicant(db: Db, options: { live: boolean }): (id: string) => boolean {
  const row = prepared(
    db,
    `SELECT 1 FROM applicants WHERE id = @id${options.live ? ' AND deleted_at IS NULL' : ''}
     UNION ALL SELECT 1 FROM travel_excluded WHERE tbl = 'applicants' AND row_id = @id`,
  );
  return (id) => row.get({ id }) !== undefined;
}
