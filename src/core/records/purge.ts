import { PanohError } from '../../shared/errors';
import type { ApplicantFields } from '../../shared/records/applicant';
import { type EventDoc, eventPeople } from '../../shared/records/events';
import type { IncidentFields } from '../../shared/records/incident';
import { blobTables } from '../../shared/sync/bundle';
import type { Db } from '../vault/openDatabase';
import { flushWal } from '../vault/pendingFlush';
import { prepared } from '../vault/prepared';
import { creationsOf } from './creationChange';
import type { Doc, RecordStore, RecordTable } from './recordStore';
import { applicantSpec, eventSpec, incidentSpec, SPEC_OF_TABLE } from './specs';
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

/**
 * What belongs to a record and goes with it: an applicant's own events (those of no one else), scans
 * and tasks; an incident's scans; and the records a bundle brought that still wait for it.
 */
function dependentsOf(db: Db, { tbl, id }: Row): Row[] {
  const ids = (sql: string) => prepared(db, sql).pluck().all(id) as string[];
  const rows = (table: RecordTable, sql: string) => ids(sql).map((row) => ({ tbl: table, id: row }));
  if (tbl === 'applicants') {
    return [
      ...eventsOf(db, id)
        .filter((event) => onlyConcerns(event.doc, id))
        .map((event) => ({ tbl: 'events' as const, id: event.id })),
      ...rows('attachments', 'SELECT id FROM attachments WHERE owner_id = ?'),
      ...rows('tasks', 'SELECT id FROM tasks WHERE applicant_id = ?'),
      ...waitingFor(db, id),
    ];
  }
  if (tbl === 'incidents')
    return [...rows('attachments', 'SELECT id FROM attachments WHERE owner_id = ?'), ...waitingFor(db, id)];
  return [];
}

/** Every event that names the person, deleted ones included (a tombstone keeps no `event_people` rows). */
function eventsOf(db: Db, applicantId: string): { id: string; doc: EventDoc }[] {
  const rows = prepared(
    db,
    `SELECT id, doc FROM events WHERE applicant_id = @id
       OR EXISTS (SELECT 1 FROM json_each(doc, '$.otherApplicantIds') WHERE value = @id)`,
  ).all({ id: applicantId }) as { id: string; doc: string }[];
  return rows.map((row) => ({ id: row.id, doc: JSON.parse(row.doc) as EventDoc }));
}

/** An event of a group is the other members' record too: it goes only when no one else is on it. */
function onlyConcerns(doc: EventDoc, applicantId: string): boolean {
  return eventPeople(doc).every((person) => person === applicantId);
}

/**
 * Records a bundle brought before the applicant or incident they belong to (no row, only changes).
 * A waiting event of a group stays: the other members' colleagues will move it onto them.
 */
function waitingFor(db: Db, ownerId: string): Row[] {
  const waiting = prepared(db, 'SELECT tbl, row_id AS id FROM sync_waiting WHERE owner_id = ?').all(ownerId) as Row[];
  return waiting.filter((row) => row.tbl !== 'events' || onlyConcerns(loggedDoc(db, row) as EventDoc, ownerId));
}

/** A record's newest value of every field, as its changes in the log say (a waiting record has no row). */
function loggedDoc(db: Db, { tbl, id }: Row): Doc {
  const newest = new Map<string, { hlc: string; value: string }>();
  const keep = (field: string, hlc: string, value: string) => {
    if ((newest.get(field)?.hlc ?? '') < hlc) newest.set(field, { hlc, value });
  };
  for (const creation of creationsOf(db, tbl, id))
    for (const [field, value] of creation.fields) keep(field, creation.hlc, value);
  const changes = prepared(
    db,
    "SELECT field, hlc, value FROM changes WHERE tbl = ? AND row_id = ? AND field NOT LIKE '\\_%' ESCAPE '\\'",
  ).all(tbl, id) as { field: string; hlc: string; value: string }[];
  for (const change of changes) keep(change.field, change.hlc, change.value);
  const doc: Doc = {};
  for (const [field, { value }] of newest) {
    try {
      doc[field] = JSON.parse(value);
    } catch {
      // A value no device wrote says nothing about who the record concerns.
    }
  }
  return doc;
}

/** The person leaves the events of a group they were on; the next member takes the event's first place. */
function leaveSharedEvents(db: Db, store: RecordStore, applicantId: string): void {
  for (const { id, doc } of eventsOf(db, applicantId)) {
    if (onlyConcerns(doc, applicantId)) continue;
    const [primary = '', ...others] = eventPeople(doc).filter((person) => person !== applicantId);
    const { otherApplicantIds: _before, ...fields } = doc;
    store.update<EventDoc>(
      eventSpec,
      id,
      { ...fields, applicantId: primary, ...(others.length > 0 ? { otherApplicantIds: others } : {}) } as EventDoc,
      { allowDeleted: true },
    );
  }
}

/**
 * Other records that name a purged applicant (a family link, an incident's victims, a group's event) are edited to
 * drop the id, as ordinary changes, so nothing points at a person who is no longer there.
 */
function dropReferences(db: Db, store: RecordStore, applicantId: string): void {
  leaveSharedEvents(db, store, applicantId);
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
 * the rows that went with it get markers of this computer's own, so they travel on too. A live
 * record purged here first travels as deleted (`tombstoneFirst`): a colleague who still holds it
 * live sees it in Recently deleted, restorable, while the purge waits there for a lawyer's word.
 */
export function purgeRows(
  store: RecordStore,
  db: Db,
  root: Row,
  options: { hlc?: string; marker?: boolean; tombstoneFirst?: boolean } = {},
): number {
  return store.transaction(() => {
    const rows = [root, ...dependentsOf(db, root)];
    const hashes = rows
      .filter((row) => row.tbl === 'attachments')
      .flatMap((row) => prepared(db, 'SELECT sha256 FROM attachments WHERE id = ?').pluck().all(row.id) as string[]);
    if (root.tbl === 'applicants') dropReferences(db, store, root.id);
    for (const row of rows) {
      const own = row === root ? options : { marker: options.marker };
      store.purge(SPEC_OF_TABLE[row.tbl], row.id, own);
    }
    dropUnreferencedBlobs(db, hashes);
    return rows.length;
  });
}

/**
 * Moves the deleted pages' content out of the WAL into the (already zeroed, `secure_delete`) file
 * and empties the WAL, so no old page image of a purged record is left in either file. Returns
 * false when another connection (a CLI backup, a report) kept part of the WAL in use: the old pages
 * are still there, and the flush is tried again at the next lock and unlock.
 */
export function flushPurged(db: Db): boolean {
  return flushWal(db);
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
): { purged: number; flushPending?: true } {
  const table = TABLE_OF_KIND[kind];
  const purged = workspace.store.transaction(() => {
    const record = workspace.store.get(SPEC_OF_TABLE[table], id);
    if (!record || (options.fromTrash && !record.deletedAt)) throw new PanohError('RECORD_NOT_FOUND', { kind });
    const rows = purgeRows(workspace.store, workspace.db, { tbl: table, id }, { tombstoneFirst: true });
    workspace.audit.append({
      action: 'purge',
      targetKind: kind,
      targetId: id,
      detail: { rows, reason: options.fromTrash ? 'trash' : 'consentWithdrawn' },
    });
    return rows;
  });
  return flushPurged(workspace.db) ? { purged } : { purged, flushPending: true };
}
