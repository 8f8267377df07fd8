import { z } from 'zod';
import { type TaskFields, taskFieldsSchema } from '../../shared/deadlines/task';
import { type OfficeDetails, officeDetailsSchema } from '../../shared/documents/officeDetails';
import { type OfficeTemplateDoc, officeTemplateDocSchema } from '../../shared/documents/templates';
import { languageSchema } from '../../shared/i18n/languages';
import { type ApplicantFields, applicantFieldsSchema } from '../../shared/records/applicant';
import { ATTACHMENT_MAX_BYTES, attachmentMimeTypes, attachmentOwnerKinds } from '../../shared/records/attachment';
import { type EventDoc, eventDate, eventDocSchema, eventPeople } from '../../shared/records/events';
import { type IncidentFields, incidentFieldsSchema } from '../../shared/records/incident';
import { sortName } from '../../shared/records/personName';
import { prepared } from '../vault/prepared';
import type { Doc, RecordSpec, RecordTable } from './recordStore';

export type { EventDoc } from '../../shared/records/events';
export interface AttachmentDoc extends Record<string, unknown> {
  ownerKind: 'applicant' | 'incident';
  ownerId: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  description?: string;
  /** A document Panoh wrote from a template (shipped id or office template id), and its language. */
  templateId?: string;
  templateLanguage?: string;
}

export const applicantSpec: RecordSpec<ApplicantFields> = {
  table: 'applicants',
  targetKind: 'applicant',
  columns: (doc) => ({
    family_name: doc.familyName ?? '',
    given_name: doc.givenName ?? '',
    // A person known by one name only sorts by that name (migration 0007).
    sort_name: sortName(doc),
    family_fold: (doc.familyName ?? '').toLocaleLowerCase(),
    given_fold: (doc.givenName ?? '').toLocaleLowerCase(),
    birth_date: doc.birthDate ?? null,
    case_status: doc.caseStatus,
    // Delimited on both sides so a LIKE '%,UZ,%' filter cannot match part of another code.
    citizenship: `,${doc.citizenship.join(',')},`,
    assigned_lawyer: doc.assignedLawyer ?? '',
    arrival_date: doc.arrivalDate ?? '',
  }),
  applicantIdOf: (id) => id,
  touches: (id) => ({ applicants: [id] }),
};

/**
 * What the statistics report counts an event by, kept in columns so it never parses documents.
 * Must agree with the backfill in migration 0006, which derives them with json_extract.
 */
function statisticsColumns(doc: EventDoc): Record<string, string | null> {
  return {
    outcome: doc.type === 'decision' || doc.type === 'appeal' || doc.type === 'extradition' ? doc.outcome : null,
    // Absent or null reasons: the authority gave none.
    reasons_given: doc.type === 'decision' && doc.reasons != null ? '1' : '0',
    requesting_state: doc.type === 'extradition' ? doc.requestingState : null,
    // The state the person was actually handed to (migration 0007): a transfer to a third country.
    handed_to: doc.type === 'extradition' ? (doc.handedTo ?? null) : null,
    // All the people a group event concerns, those without a file here too (migration 0015).
    group_size: doc.groupSize === undefined ? null : String(doc.groupSize),
  };
}

export const eventSpec: RecordSpec<EventDoc> = {
  table: 'events',
  targetKind: 'event',
  columns: (doc) => ({
    applicant_id: doc.applicantId,
    type: doc.type,
    sort_date: eventDate(doc),
    ...statisticsColumns(doc),
  }),
  applicantIdOf: (_id, doc) => doc.applicantId,
  // One event of a group is on every member's file: each one's search and deadlines change with it.
  touches: (_id, doc) => ({ applicants: eventPeople(doc) }),
  afterWrite(db, id, doc, deleted) {
    prepared(db, 'DELETE FROM event_people WHERE event_id = ?').run(id);
    if (deleted) return;
    const insert = prepared(db, 'INSERT OR IGNORE INTO event_people (event_id, applicant_id) VALUES (?, ?)');
    for (const person of eventPeople(doc)) insert.run(id, person);
  },
};

export const incidentSpec: RecordSpec<IncidentFields> = {
  table: 'incidents',
  targetKind: 'incident',
  columns: (doc) => ({ occurred_on: doc.occurredOn, kind: doc.kind, perpetrator: doc.perpetrator }),
  applicantIdOf: () => undefined,
  touches: (id) => ({ incidents: [id] }),
  afterWrite(db, id, doc, deleted) {
    prepared(db, 'DELETE FROM incident_victims WHERE incident_id = ?').run(id);
    if (deleted) return;
    const insert = prepared(db, 'INSERT OR IGNORE INTO incident_victims (incident_id, applicant_id) VALUES (?, ?)');
    for (const victim of doc.victimIds) insert.run(id, victim);
  },
};

export const attachmentSpec: RecordSpec<AttachmentDoc> = {
  table: 'attachments',
  targetKind: 'attachment',
  columns: (doc) => ({ owner_id: doc.ownerId, sha256: doc.sha256 }),
  applicantIdOf: (_id, doc) => (doc.ownerKind === 'applicant' ? doc.ownerId : undefined),
};

export const taskSpec: RecordSpec<TaskFields> = {
  table: 'tasks',
  targetKind: 'task',
  columns: (doc) => ({
    due_on: doc.dueOn,
    applicant_id: doc.applicantId ?? '',
    lawyer: doc.lawyer ?? '',
    done: doc.done ? '1' : '0',
    deadline_key: doc.deadlineKey ?? '',
  }),
  applicantIdOf: (_id, doc) => doc.applicantId,
  // A task that marks a deadline done changes which deadlines that person still has open.
  touches: (_id, doc) => ({ applicants: doc.applicantId ? [doc.applicantId] : [] }),
};

/** The office's own Word templates; the .docx bytes are a blob, exactly like a scan's. */
export const officeTemplateSpec: RecordSpec<OfficeTemplateDoc> = {
  table: 'office_templates',
  targetKind: 'template',
  columns: (doc) => ({ sha256: doc.sha256, retired: doc.retired ? '1' : '0' }),
  applicantIdOf: () => undefined,
};

/**
 * The office's details, one record with the same id on every laptop (so two laptops that both
 * filled them in merge field by field, and a real disagreement is a sync conflict to decide).
 */
export const OFFICE_DETAILS_ID = '00000000-0000-8000-8000-00000ff1ce01';
export const officeDetailsSpec: RecordSpec<OfficeDetails> = {
  table: 'office_details',
  targetKind: 'office',
  columns: () => ({}),
  applicantIdOf: () => undefined,
};

/** The stored form of an attachment's metadata, checked when it arrives by sync. */
export const attachmentDocSchema = z.object({
  ownerKind: z.enum(attachmentOwnerKinds),
  ownerId: z.uuid(),
  // A plain name as `safeFileName` leaves it: a colleague's bundle may not smuggle in a path.
  fileName: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[\\/<>:"|?*\p{Cc}\p{Cf}]/u.test(name) && !/^[\s.]/u.test(name) && name.trim() === name),
  mimeType: z.enum(attachmentMimeTypes),
  size: z.number().int().min(0).max(ATTACHMENT_MAX_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  description: z.string().max(300).optional(),
  templateId: z.string().max(80).optional(),
  templateLanguage: languageSchema.optional(),
});

/**
 * The schema a stored document of each table must pass, whoever wrote it: the forms, an import,
 * or a colleague's bundle (a record is checked again when it is restored from Recently deleted).
 */
export const RECORD_SCHEMAS: Record<RecordTable, z.ZodType> = {
  applicants: applicantFieldsSchema,
  events: eventDocSchema,
  incidents: incidentFieldsSchema,
  attachments: attachmentDocSchema,
  tasks: taskFieldsSchema,
  office_templates: officeTemplateDocSchema,
  office_details: officeDetailsSchema,
};

/** Each table's spec, for code that handles records of any kind (sync, purge, conflicts). */
export const SPEC_OF_TABLE: Record<RecordTable, RecordSpec<Doc>> = {
  applicants: applicantSpec as unknown as RecordSpec<Doc>,
  events: eventSpec as unknown as RecordSpec<Doc>,
  incidents: incidentSpec as unknown as RecordSpec<Doc>,
  attachments: attachmentSpec as unknown as RecordSpec<Doc>,
  tasks: taskSpec as unknown as RecordSpec<Doc>,
  office_templates: officeTemplateSpec as unknown as RecordSpec<Doc>,
  office_details: officeDetailsSpec as unknown as RecordSpec<Doc>,
};
