import type { ApplicantFields } from '../../shared/records/applicant';
import type { EventDoc } from '../../shared/records/events';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

/** A live applicant with their live events (their groups' too), as the derived indexes (search, deadlines) read them. */
export interface Person {
  doc: ApplicantFields;
  events: { id: string; doc: EventDoc }[];
}

/** Ids per round of set-wise reads: enough to spread each query's cost, few enough to hold in memory. */
const IDS_PER_ROUND = 500;

/** The live applicants among `ids` with their live events, read with one query per table. */
function readPeople(db: Db, list: string): Map<string, Person> {
  const people = new Map<string, Person>();
  const rows = prepared(
    db,
    'SELECT id, doc FROM applicants WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL',
  ).all(list) as { id: string; doc: string }[];
  for (const row of rows) people.set(row.id, { doc: JSON.parse(row.doc) as ApplicantFields, events: [] });
  // Through event_people: an event of a group is in each member's timeline.
  const events = prepared(
    db,
    `SELECT e.id, p.applicant_id, e.doc FROM event_people p JOIN events e ON e.id = p.event_id
       WHERE p.applicant_id IN (SELECT value FROM json_each(?)) AND e.deleted_at IS NULL
       ORDER BY e.sort_date, e.rowid`,
  ).all(list) as { id: string; applicant_id: string; doc: string }[];
  for (const row of events) {
    people.get(row.applicant_id)?.events.push({ id: row.id, doc: JSON.parse(row.doc) as EventDoc });
  }
  return people;
}

export interface PeopleRound {
  ids: readonly string[];
  /** The round's ids as a JSON array, for `json_each`. */
  list: string;
  people: ReadonlyMap<string, Person>;
}

/**
 * Visits `ids` in rounds, each with its people read once (whoever of them is deleted or gone is
 * absent from the map), so every index refreshed in a transaction shares one read.
 */
export function forEachRoundOfPeople(db: Db, ids: readonly string[], visit: (round: PeopleRound) => void): void {
  for (const round of roundsOfPeople(db, ids)) visit(round);
}

/** The same rounds, one at a time, for a caller that pauses between them. */
export function* roundsOfPeople(db: Db, ids: readonly string[]): Generator<PeopleRound> {
  for (let start = 0; start < ids.length; start += IDS_PER_ROUND) {
    const round = ids.slice(start, start + IDS_PER_ROUND);
    const list = JSON.stringify(round);
    yield { ids: round, list, people: readPeople(db, list) };
  }
}
