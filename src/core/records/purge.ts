import { PanohError } from '../../shared/errors';
import type { ApplicantFields } from '../../shared/records/applicant';
import type { IncidentFields } from '../../shared/records/incident';
import { blobTables } from '../../shared/sync/bundle';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import type { RecordStore, RecordTable } from './recordStore';
import { applicantSpec, incidentSpec, SPEC_OF_TABLE } from './specs';
import type { TrashKind } from './trash';
import type { Workspace } from './workspace';

const TABLE_OF_KIND: Record<TrashKind, RecordTable> = {
  applicant: 'applicants',
  event: 'events',
  incident: 'incidents',
  attachment: 'attachments',
};

interface Row {
  tbl: RecordTable;
  id: string;
}

/** What belongs to a record and goes with it: an applicant's timeline, scans and tasks; an incident's scans. */
function dependentsOf(db: Db, { tbl, id }: Row): Row[] {
  const ids = (sql: string) => prepared(db, sql).pluck().all(id) as string[];
  if (tbl === 'applicants') {
    return [
      ...ids('SELECT id FROM events WHERE applicant_id = ?').map((row) => ({ tbl: 'events' as const, id: row })),
      ...ids('SELECT id FROM attachments WHERE owner_id = ?').map((row) => ({ tbl: 'attachments' as const, id: row })),
      ...ids('SELECT id FROM tasks WHERE applicant_id = ?').map((row) => ({ tbl: 'tasks' as const, id: row })),
    ];
  }
  if (tbl === 'incidents') {
    return ids('SELECT id FROM attachments WHERE owner_id = ?').map((row) => ({
      tbl: 'attachments' as const,
      id: row,
    }));
  }
  return [];
}

/**
 * Other records that name a purged applicant (a family link, an incident's victims) are edited to
 * drop the id, as ordinary changes, so nothing points at a person who is no longer there.
 */
function dropReferences(db: Db, store: RecordStore, applicantId: string): void {
  const linked = prepared(
    db,
    `SELECT id FROM applicants WHERE id <> ? AND EXISTS
       (SELECT 1 FROM json_each(doc, '$.familyLinks') WHERE json_extract(value, '$.applicantId') = ?)`,
  )
    .pluck()
    .all(applicantId, applicantId) as string[];
  for (const id of linked) {
    const record = store.require(applicantSpec, id, { allowDeleted: true });
    const familyLinks = record.doc.familyLinks.filter((link) => link.applicantId !== applicantId);
    store.update<ApplicantFields>(applicantSpec, id, { ...record.doc, familyLinks }, { allowDeleted: true });
  }
  const incidents = prepared(db, 'SELECT incident_id FROM incident_victims WHERE applicant_id = ?')
    .pluck()
    .all(applicantId) as string[];
  for (const id of incidents) {
    const record = store.require(incidentSpec, id, { allowDeleted: true });
    const victimIds = record.doc.victimIds.filter((victim) => victim !== applicantId);
    store.update<IncidentFields>(incidentSpec, id, { ...record.doc, victimIds }, { allowDeleted: true });
  }
}

/** Files no record refers to any more are removed (the table is content-addressed, shared by all). */
export function dropUnreferencedBlobs(db: Db, hashes: readonly string[]): void {
  const users = blobTables.map((table) => `NOT EXISTS (SELECT 1 FROM ${table} WHERE sha256 = @sha256)`).join(' AND ');
  const remove = prepared(db, `DELETE FROM blobs WHERE sha256 = @sha256 AND ${users}`);
  for (const sha256 of hashes) remove.run({ sha256 });
}

/**
 * Purges a record and what belongs to it, inside the caller's transaction, and returns how many
 * rows went. `hlc` is the clock of a purge a bundle brought (the record's own marker keeps it);
 * the rows that went with it get markers of this computer's own, so they travel on too.
 */
export function purgeRows(
  store: RecordStore,
  db: Db,
  root: Row,
  options: { hlc?: string; marker?: boolean } = {},
): number {
  return store.transaction(() => {
    const rows = [root, ...dependentsOf(db, root)];
    const hashes = rows
      .filter((row) => row.tbl === 'attachments')
      .flatMap((row) => prepared(db, 'SELECT sha256 FROM attachments WHERE id = ?').pluck().all(row.id) as string[]);
    for (const row of rows) {
      const own = row === root ? options : { marker: options.marker };
      store.purge(SPEC_OF_TABLE[row.tbl], row.id, own);
    }
    if (root.tbl === 'applicants') dropReferences(db, store, root.id);
    dropUnreferencedBlobs(db, hashes);
    return rows.length;
  });
}

/**
 * Moves the deleted pages' content out of the WAL into the (already zeroed, `secure_delete`) file
 * and empties the WAL, so no old page image of a purged record is left in either file.
 */
export function flushPurged(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * "Delete forever": from Recently deleted (the record must be deleted first) or, for a person who
 * withdrew consent, a live applicant. Audited without content: the kind, the id, how many rows.
 */
export function purgeRecord(
  workspace: Workspace,
  kind: TrashKind,
  id: string,
  options: { fromTrash: boolean },
): number {
  const table = TABLE_OF_KIND[kind];
  const count = workspace.store.transaction(() => {
    const record = workspace.store.get(SPEC_OF_TABLE[table], id);
    if (!record || (options.fromTrash && !record.deletedAt)) throw new PanohError('RECORD_NOT_FOUND', { kind });
    const purged = purgeRows(workspace.store, workspace.db, { tbl: table, id });
    workspace.audit.append({
      action: 'purge',
      targetKind: kind,
      targetId: id,
      detail: { rows: purged, reason: options.fromTrash ? 'trash' : 'consentWithdrawn' },
    });
    return purged;
  });
  flushPurged(workspace.db);
  return count;
}
