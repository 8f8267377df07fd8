import type { ApplicantFields } from '../../shared/records/applicant';
import type { IncidentFields } from '../../shared/records/incident';
import type { DerivedIndex, Stale } from '../records/recordStore';
import type { EventDoc } from '../records/specs';
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

export function reindexApplicant(db: Db, id: string): void {
  const row = prepared(db, 'SELECT doc, deleted_at FROM applicants WHERE id = ?').get(id) as
    | { doc: string; deleted_at: string | null }
    | undefined;
  if (!row || row.deleted_at) {
    replaceRow(db, 'applicant_search', 'applicant_id', id, null);
    return;
  }
  const events = (
    prepared(db, 'SELECT doc FROM events WHERE applicant_id = ? AND deleted_at IS NULL').all(id) as { doc: string }[]
  ).map((event) => JSON.parse(event.doc) as EventDoc);
  const document = applicantSearchDocument(JSON.parse(row.doc) as ApplicantFields, events);
  replaceRow(db, 'applicant_search', 'applicant_id', id, { ...document });
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
  for (const { id } of prepared(db, 'SELECT id FROM applicants').all() as { id: string }[]) reindexApplicant(db, id);
  for (const { id } of prepared(db, 'SELECT id FROM incidents').all() as { id: string }[]) reindexIncident(db, id);
}

/** Keeps the search index current inside every write transaction. */
export const searchIndex: DerivedIndex = {
  refresh(db: Db, stale: Stale) {
    for (const id of stale.applicants) reindexApplicant(db, id);
    for (const id of stale.incidents) reindexIncident(db, id);
  },
};
