import { z } from 'zod';
import { errorPayloadSchema } from '../errors';
import { applicantFieldsSchema, applicantPatchSchema, applicantSchema } from '../records/applicant';
import { applicantListQuerySchema, applicantSummarySchema } from '../records/applicantSummary';
import { attachmentMetaSchema, attachmentMimeTypes, attachmentUploadSchema } from '../records/attachment';
import { auditEntrySchema } from '../records/audit';
import { eventFieldsSchema, timelineEventSchema } from '../records/events';
import { importResultSchema } from '../records/importFile';
import { incidentFieldsSchema, incidentSchema } from '../records/incident';
import { nameText } from '../records/text';

const empty = z.object({}).strict();
const byId = z.object({ id: z.uuid() }).strict();
const idResult = z.object({ id: z.uuid() });
const changedResult = z.object({ changed: z.array(z.string()) });
const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) };

export const trashKinds = ['applicant', 'event', 'incident', 'attachment'] as const;
export const trashItemSchema = z.object({
  kind: z.enum(trashKinds),
  id: z.uuid(),
  deletedAt: z.string(),
  label: z.string(),
  applicantId: z.string().optional(),
  /** Its stored form no longer passes its schema: it can be deleted forever, not restored. */
  damaged: z.boolean().optional(),
});

/** Forms keep their drafts here; a draft is whatever the form holds, bounded in size. */
export const DRAFT_MAX_CHARS = 256 * 1024;
const draftKey = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\w.:-]+$/);
const draftDoc = z.unknown().refine((doc) => (JSON.stringify(doc) ?? '').length <= DRAFT_MAX_CHARS, {
  message: 'tooLong',
});

export const attachmentSaveResultSchema = z.discriminatedUnion('outcome', [
  /** The lawyer closed the save dialog: nothing was written. */
  z.object({ outcome: z.literal('cancelled') }),
  /** The name the copy was saved under (the lawyer may have changed it in the dialog). */
  z.object({ outcome: z.literal('saved'), fileName: z.string() }),
]);
export type AttachmentSaveResult = z.output<typeof attachmentSaveResultSchema>;

export const IMPORT_MAX_CHARS = 64 * 1024 * 1024;

export const recordsMethods = {
  'applicants.list': {
    input: applicantListQuerySchema,
    output: z.object({ total: z.number().int(), rows: z.array(applicantSummarySchema) }),
  },
  'applicants.lawyers': { input: empty, output: z.array(z.string()) },
  'applicants.get': {
    input: byId,
    output: z.object({
      applicant: applicantSchema,
      events: z.array(timelineEventSchema),
      /** The other people this person's events concern (a group detained together), for their names. */
      groupMembers: z.array(applicantSummarySchema),
      incidents: z.array(incidentSchema),
      attachments: z.array(attachmentMetaSchema),
    }),
  },
  'applicants.create': { input: z.object({ fields: applicantFieldsSchema }).strict(), output: idResult },
  'applicants.update': {
    input: z.object({ id: z.uuid(), fields: applicantPatchSchema }).strict(),
    output: changedResult,
  },
  'applicants.delete': { input: byId, output: empty },
  'events.create': { input: z.object({ applicantId: z.uuid(), event: eventFieldsSchema }).strict(), output: idResult },
  /**
   * `fromApplicantId`: the member's file it is edited from, who stays on it; `event.otherApplicantIds`
   * are then everyone else it concerns.
   */
  'events.update': {
    input: z.object({ id: z.uuid(), event: eventFieldsSchema, fromApplicantId: z.uuid().optional() }).strict(),
    output: changedResult,
  },
  /** Takes one person off a group's event; it stays on the others' files. */
  'events.removePerson': { input: z.object({ id: z.uuid(), applicantId: z.uuid() }).strict(), output: empty },
  'events.delete': { input: byId, output: empty },
  'incidents.list': {
    input: z.object({ applicantId: z.uuid().optional(), ...page }).strict(),
    /** `liveVictimCount`: the victims still in the vault (a deleted person is not counted). */
    output: z.object({
      total: z.number().int(),
      rows: z.array(incidentSchema.extend({ liveVictimCount: z.number().int() })),
    }),
  },
  'incidents.get': {
    input: byId,
    output: z.object({
      incident: incidentSchema,
      victims: z.array(applicantSummarySchema),
      attachments: z.array(attachmentMetaSchema),
    }),
  },
  'incidents.create': { input: z.object({ fields: incidentFieldsSchema }).strict(), output: idResult },
  'incidents.update': {
    input: z.object({ id: z.uuid(), fields: incidentFieldsSchema }).strict(),
    output: changedResult,
  },
  'incidents.delete': { input: byId, output: empty },
  'attachments.add': { input: attachmentUploadSchema, output: idResult },
  'attachments.content': {
    input: byId,
    output: z.object({ meta: attachmentMetaSchema, contentBase64: z.string() }),
  },
  /**
   * A Word attachment's text for the in-app preview, read in the core through the same bounded
   * opening as every .docx (a synced file never went through it when it was stored, and the page
   * must not inflate a zip bomb). `activeContent` says what in it would make Word fetch or run
   * something, for the lawyer to know before saving a copy out and opening it in Word.
   */
  'attachments.docxText': {
    input: byId,
    output: z.object({
      paragraphs: z.array(z.string()),
      activeContent: errorPayloadSchema.pick({ code: true, params: true }).optional(),
    }),
  },
  'attachments.delete': { input: byId, output: empty },
  /**
   * Answered by the main process: a save dialog (the user's Documents, the file's own name), then
   * the core writes the decrypted copy there and audits it. The page learns the name the copy was
   * saved under, never the folder.
   */
  'attachments.saveCopy': { input: byId, output: attachmentSaveResultSchema },
  'trash.list': { input: empty, output: z.array(trashItemSchema) },
  'trash.restore': { input: z.object({ kind: z.enum(trashKinds), id: z.uuid() }).strict(), output: empty },
  'audit.list': {
    input: z
      .object({
        applicantId: z.uuid().optional(),
        beforeSeq: z.number().int().optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.array(auditEntrySchema),
  },
  'drafts.get': {
    input: z.object({ formKey: draftKey }).strict(),
    output: z.object({ draft: z.object({ doc: z.unknown(), updatedAt: z.string() }).nullable() }),
  },
  'drafts.save': { input: z.object({ formKey: draftKey, doc: draftDoc }).strict(), output: empty },
  'drafts.discard': { input: z.object({ formKey: draftKey }).strict(), output: empty },
  'drafts.list': { input: empty, output: z.array(z.object({ formKey: z.string(), updatedAt: z.string() })) },
  'import.run': {
    input: z.object({ format: z.enum(['json', 'csv']), content: z.string().max(IMPORT_MAX_CHARS) }).strict(),
    output: importResultSchema,
  },
  'profile.get': { input: empty, output: z.object({ name: z.string() }) },
  'profile.set': {
    input: z.object({ name: nameText.refine((s) => s.length > 0, { message: 'required' }) }).strict(),
    output: z.object({ name: z.string() }),
  },
} as const;

/** The renderer methods above that the main process answers itself, with a native dialog first. */
export const attachmentShellMethods = ['attachments.saveCopy'] as const;

/** Long enough for any path a file dialog returns; a path is never shown, only passed on. */
const pathSchema = z.string().min(1).max(4096);

/**
 * What the main process asks of the core around the save dialog. `attachments.writeCopy` takes a
 * path, so neither is in the renderer's contract: the IPC gate refuses them by name.
 */
export const attachmentMainOnlyMethods = {
  /** The name to offer in the save dialog (a plain file name, with the extension of its type). */
  'attachments.copyName': {
    input: byId,
    output: z.object({ fileName: z.string(), mimeType: z.enum(attachmentMimeTypes) }),
  },
  /** Writes the decrypted bytes to the path the lawyer chose, and audits it. */
  'attachments.writeCopy': {
    input: z.object({ id: z.uuid(), path: pathSchema }).strict(),
    output: z.object({ path: z.string() }),
  },
} as const;
