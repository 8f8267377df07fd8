import type { ApplicantFields } from '../../shared/records/applicant';
import type { IncidentFields } from '../../shared/records/incident';
import type { DerivedIndex, Stale } from '../records/recordStore';
import type { EventDoc } from '../records/specs';
import { insertMany } from '../vault/insertMany';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { applicantSearchDocument, incidentSearchDocument } from './searchDocuments';

function replaceRow(db: Db, table: string, keyColumn: string, id: string, values: Record<string, string> | null): void {
  const keys = `${table}_keys`;
  const existing = prepared(db, `SELECT search_rowid FROM ${keys} WHERE ${keyColumn} = ?`).get(id) as
    | { search_rowid: number }
    | undefined;
  if (existing) {
    prepared(db, `DELETE FROM ${table} WHERE rowid = ?`).run(existing.search_rowid);
    prepared(db, `DELETE FROM ${keys} WHERE ${keyColumn} = ?`).run(id);
  }
  if (!values) return;
  const columns = Object.keys(values);
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  ).run(values);
  prepared(db, `INSERT INTO ${keys} (${keyColumn}, search_rowid) VALUES (?, ?)`).run(id, lastInsertRowid);
}

/** Ids per round of set-wise reads: enough to spread each query's cost, few enough to hold in memory. */
const IDS_PER_ROUND = 500;

interface Person {
  doc: ApplicantFields;
  events: EventDoc[];
}

/** The live applicants among `ids` with their live events, read with one query per table. */
function readPeople(db: Db, ids: readonly string[]): Map<string, Person> {
  const list = JSON.stringify(ids);
  const people = new Map<string, Person>();
  const rows = prepared(
    db,
    'SELECT id, doc FROM applicants WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL',
  ).all(list) as { id: string; doc: string }[];
  for (const row of rows) people.set(row.id, { doc: JSON.parse(row.doc) as ApplicantFields, events: [] });
  const events = prepared(
    db,
    'SELECT applicant_id, doc FROM events WHERE applicant_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL',
  ).all(list) as { applicant_id: string; doc: string }[];
  for (const event of events) people.get(event.applicant_id)?.events.push(JSON.parse(event.doc) as EventDoc);
  return people;
}

/** Replaces the search rows of these applicants (none for one deleted or gone). */
export function reindexApplicants(db: Db, ids: readonly string[]): void {
  for (let start = 0; start < ids.length; start += IDS_PER_ROUND) {
    const round = ids.slice(start, start + IDS_PER_ROUND);
    const people = readPeople(db, round);
    removeRows(db, round);
    const keys: unknown[] = [];
    const insert = prepared(db, 'INSERT INTO applicant_search (names, numbers, text) VALUES (@names, @numbers, @text)');
    for (const [id, person] of people) {
      const { lastInsertRowid } = insert.run({ ...applicantSearchDocument(person.doc, person.events) });
      keys.push(id, lastInsertRowid);
    }
    insertMany(db, 'INSERT INTO applicant_search_keys (applicant_id, search_rowid)', 2, keys);
  }
}

function removeRows(db: Db, ids: readonly string[]): void {
  const list = JSON.stringify(ids);
  const existing = prepared(
    db,
    'SELECT search_rowid FROM applicant_search_keys WHERE applicant_id IN (SELECT value FROM json_each(?))',
  )
    .pluck()
    .all(list) as number[];
  if (existing.length === 0) return;
  const remove = prepared(db, 'DELETE FROM applicant_search WHERE rowid = ?');
  for (const rowid of existing) remove.run(rowid);
  prepared(db, 'DELETE FROM applicant_search_keys WHERE applicant_id IN (SELECT value FROM json_each(?))').run(list);
}

export function reindexIncident(db: Db, id: string): void {
  const row = prepared(db, 'SELECT doc, deleted_at FROM incidents WHERE id = ?').get(id) as
    | { doc: string; deleted_at: string | null }
    | undefined;
  const text = row && !row.deleted_at ? incidentSearchDocument(JSON.parse(row.doc) as IncidentFields) : null;
  replaceRow(db, 'incident_search', 'incident_id', id, text === null ? null : { text });
}

/** Rebuilds every search row (a migration adding search to an existing vault). */
export function rebuildSearchIndex(db: Db): void {
  reindexApplicants(db, prepared(db, 'SELECT id FROM applicants').pluck().all() as string[]);
  for (const { id } of prepared(db, 'SELECT id FROM incidents').all() as { id: string }[]) reindexIncident(db, id);
}

/** Keeps the search index current inside every write transaction. */
export const searchIndex: DerivedIndex = {
  refresh(db: Db, stale: Stale) {
    reindexApplicants(db, [...stale.applicants]);
    for (const id of stale.incidents) reindexIncident(db, id);
  },
};
