import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { recordIds } from '../src/core/records/recordIds';
import { applicantSpec, type EventDoc, eventSpec } from '../src/core/records/specs';
import { applicantSearchDocument } from '../src/core/search/searchDocuments';
import { migrate } from '../src/core/vault/migrate';
import { applyConnectionSettings, openEncryptedDatabase } from '../src/core/vault/openDatabase';
import { importDocumentSchema } from '../src/shared/records/importFile';
import { generateApplicants } from './generate';

type Row = Record<string, string | null>;

/** One chunk's rows, made before the clock starts: the raw side gets its data for free. */
function rowsOf(count: number, seed: number) {
  const { applicants } = importDocumentSchema.parse({ applicants: generateApplicants(count, seed) });
  const at = new Date().toISOString();
  // Ids as the import makes them: one run of counting ids for the applicants, one for the events.
  const ids = recordIds(applicants.length);
  const eventIds = recordIds(applicants.reduce((sum, a) => sum + a.events.length, 0));
  const people: Row[] = [];
  const events: Row[] = [];
  const search: Row[] = [];
  applicants.forEach(({ ref: _ref, events: timeline, ...fields }, index) => {
    const id = ids[index] ?? '';
    people.push({ id, doc: JSON.stringify(fields), at, ...applicantSpec.columns(fields) });
    for (const event of timeline) {
      const doc: EventDoc = { ...event, applicantId: id };
      events.push({ id: eventIds[events.length] ?? '', doc: JSON.stringify(doc), at, ...eventSpec.columns(doc) });
    }
    search.push({ id, ...applicantSearchDocument(fields, timeline) });
  });
  return { people, events, search };
}

function insertRow(table: string, row: Row): string {
  const columns = Object.keys(row).filter((c) => c !== 'at');
  return `INSERT INTO ${table} (${columns.join(', ')}, created_at, updated_at) VALUES (${columns
    .map((c) => `@${c}`)
    .join(', ')}, @at, @at)`;
}

/**
 * The same applicants and events the import writes, stored raw in a vault's own tables (the same
 * schema, indexes, encryption, WAL and synchronous=FULL) with the same search rows in FTS5, one
 * prepared statement per row, one transaction per chunk like the import: no validation, change
 * log, audit or deadlines. Records per second.
 */
export function rawVaultRecords(dir: string, count: number, chunk: number): number {
  const db = openEncryptedDatabase(join(dir, 'raw-vault.db'), randomBytes(32), { create: true });
  applyConnectionSettings(db);
  migrate(db);
  let records = 0;
  let seconds = 0;
  for (let offset = 0; offset < count; offset += chunk) {
    const { people, events, search } = rowsOf(Math.min(chunk, count - offset), offset + 11);
    const [person, event] = [people[0], events[0]];
    if (!person || !event) break;
    const insertPerson = db.prepare(insertRow('applicants', person));
    const insertEvent = db.prepare(insertRow('events', event));
    const insertSearch = db.prepare('INSERT INTO applicant_search (names, numbers, text) VALUES (?, ?, ?)');
    const insertKey = db.prepare('INSERT INTO applicant_search_keys (applicant_id, search_rowid) VALUES (?, ?)');
    const start = process.hrtime.bigint();
    db.transaction(() => {
      for (const row of people) insertPerson.run(row);
      for (const row of events) insertEvent.run(row);
      for (const row of search) {
        const { lastInsertRowid } = insertSearch.run(row.names, row.numbers, row.text);
        insertKey.run(row.id, lastInsertRowid);
      }
    })();
    seconds += Number(process.hrtime.bigint() - start) / 1e9;
    records += people.length + events.length;
  }
  db.close();
  return records / seconds;
}
