import { PanohError } from '../../shared/errors';
import type { ApplicantFields } from '../../shared/records/applicant';
import type { IncidentFields } from '../../shared/records/incident';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import type { RecordStore, RecordTable } from './recordStore';
import { type AttachmentDoc, type EventDoc, RECORD_SCHEMAS, SPEC_OF_TABLE } from './specs';

export type TrashKind = 'applicant' | 'event' | 'incident' | 'attachment';
export interface TrashItem {
  kind: TrashKind;
  id: string;
  deletedAt: string;
  /** What a lawyer needs to recognise the item: a name, an event type and date, a file name. */
  label: string;
  applicantId?: string;
  damaged?: boolean;
}

export const TABLES: Record<TrashKind, RecordTable> = {
  applicant: 'applicants',
  event: 'events',
  incident: 'incidents',
  attachment: 'attachments',
};

export function labelOf(kind: TrashKind, doc: Record<string, unknown>): { label: string; applicantId?: string } {
  switch (kind) {
    case 'applicant': {
      const a = doc as unknown as ApplicantFields;
      return { label: [a.familyName, a.givenName, a.patronymic].filter(Boolean).join(' ') };
    }
    case 'event': {
      const e = doc as unknown as EventDoc;
      return { label: e.type, applicantId: e.applicantId };
    }
    case 'incident': {
      const i = doc as unknown as IncidentFields;
      return { label: `${i.kind} ${i.occurredOn}` };
    }
    case 'attachment': {
      const f = doc as unknown as AttachmentDoc;
      return { label: f.fileName, applicantId: f.ownerKind === 'applicant' ? f.ownerId : undefined };
    }
  }
}

/** "Recently deleted": tombstoned records, newest first, each restorable. */
export function listTrash(db: Db, limit: number): TrashItem[] {
  const items: TrashItem[] = [];
  for (const kind of Object.keys(TABLES) as TrashKind[]) {
    const rows = prepared(
      db,
      `SELECT id, doc, deleted_at FROM ${TABLES[kind]} WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC LIMIT ?`,
    ).all(limit) as { id: string; doc: string; deleted_at: string }[];
    for (const row of rows) {
      const parsed = RECORD_SCHEMAS[TABLES[kind]].safeParse(JSON.parse(row.doc));
      // A record that fails its schema is named by nothing it holds (it may hold markup).
      items.push(
        parsed.success
          ? { kind, id: row.id, deletedAt: row.deleted_at, ...labelOf(kind, parsed.data as Record<string, unknown>) }
          : { kind, id: row.id, deletedAt: row.deleted_at, label: '', damaged: true },
      );
    }
  }
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt)).slice(0, limit);
}

/** Restores a deleted record, refusing one whose stored form no longer passes its schema. */
export function restoreFromTrash(store: RecordStore, kind: TrashKind, id: string): void {
  store.transaction(() => {
    const spec = SPEC_OF_TABLE[TABLES[kind]];
    const record = store.require(spec, id, { allowDeleted: true });
    if (!RECORD_SCHEMAS[TABLES[kind]].safeParse(record.doc).success) throw new PanohError('RECORD_DAMAGED');
    store.setDeleted(spec, id, false);
  });
}
