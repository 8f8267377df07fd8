import type { IncidentFields } from '../../shared/records/incident';
import { forEachRoundOfPeople, type PeopleRound } from '../records/people';
import type { DerivedIndex } from '../records/recordStore';
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

/** Replaces the search rows of one round of people (none for one deleted or gone). */
function reindexRound(db: Db, { list, people }: PeopleRound): void {
  removeRows(db, list);
  const keys: unknown[] = [];
  const insert = prepared(db, 'INSERT INTO applicant_search (names, numbers, text) VALUES (@names, @numbers, @text)');
  const insertNear = prepared(db, 'INSERT INTO applicant_near (rowid, near) VALUES (?, ?)');
  for (const [id, person] of people) {
    const events = person.events.map((event) => event.doc);
    const { near, ...document } = applicantSearchDocument(person.doc, events);
    const { lastInsertRowid } = insert.run(document);
    // The typo index shares the row's number, so its hits join the same way.
    if (near) insertNear.run(lastInsertRowid, near);
    keys.push(id, lastInsertRowid);
  }
  insertMany(db, 'INSERT INTO applicant_search_keys (applicant_id, search_rowid)', 2, keys);
}

/** Replaces the search rows of these applicants (none for one deleted or gone). */
export function reindexApplicants(db: Db, ids: readonly string[]): void {
  forEachRoundOfPeople(db, ids, (round) => reindexRound(db, round));
}

function removeRows(db: Db, list: string): void {
  const existing = prepared(
    db,
    'SELECT search_rowid FROM applicant_search_keys WHERE applicant_id IN (SELECT value FROM json_each(?))',
  )
    .pluck()
    .all(list) as number[];
  if (existing.length === 0) return;
  const remove = prepared(db, 'DELETE FROM applicant_search WHERE rowid = ?');
  const removeNear = prepared(db, 'DELETE FROM applicant_near WHERE rowid = ?');
  for (const rowid of existing) {
    remove.run(rowid);
    removeNear.run(rowid);
  }
  prepared(db, 'DELETE FROM applicant_search_keys WHERE applicant_id IN (SELECT value FROM json_each(?))').run(list);
}

export function reindexIncident(db: Db, id: string): void {
  const row = prepared(db, 'SELECT doc, deleted_at FROM incidents WHERE id = ?').get(id) as
    | { doc: string; deleted_at: string | null }
    | undefined;
  const text = row && !row.deleted_at ? incidentSearchDocument(JSON.parse(row.doc) as IncidentFields) : null;
  replaceRow(db, 'incident_search', 'incident_id', id, text === null ? null : { text });
}

/** Rebuilds every search row (a migration that changes what the rows hold, such as the folding). */
export function rebuildSearchIndex(db: Db): void {
  reindexApplicants(db, prepared(db, 'SELECT id FROM applicants').pluck().all() as string[]);
  for (const { id } of prepared(db, 'SELECT id FROM incidents').all() as { id: string }[]) reindexIncident(db, id);
}

/** Keeps the search index current inside every write transaction. */
export const searchIndex: DerivedIndex = {
  refreshPeople: reindexRound,
  refreshIncidents(db, ids) {
    for (const id of ids) reindexIncident(db, id);
  },
};
