import { z } from 'zod';
import { applicantFieldsSchema } from './applicant';
import { eventFieldsSchema } from './events';
import { incidentFieldsSchema } from './incident';
import { list, optional } from './text';

/** The bulk-import format of DESIGN.md section 7. Unknown fields are errors, so a typo is caught, not dropped. */
export const importRefSchema = z.string().trim().min(1).max(100);

export const importApplicantSchema = applicantFieldsSchema
  .extend({
    ref: optional(importRefSchema),
    events: list(eventFieldsSchema, 1000).default([]),
  })
  .strict();

export const importIncidentSchema = incidentFieldsSchema
  .omit({ victimIds: true })
  .extend({ victims: list(importRefSchema, 100).default([]) })
  .strict();

export const MAX_IMPORT_RECORDS = 250_000;

export const importDocumentSchema = z
  .object({
    applicants: list(importApplicantSchema, MAX_IMPORT_RECORDS).default([]),
    incidents: list(importIncidentSchema, MAX_IMPORT_RECORDS).default([]),
  })
  .strict();
export type ImportDocument = z.output<typeof importDocumentSchema>;

export const importResultSchema = z.object({
  imported: z.object({ applicants: z.number().int(), events: z.number().int(), incidents: z.number().int() }),
  ids: z.record(z.string(), z.string()),
});
export type ImportResult = z.output<typeof importResultSchema>;

/** Applicant fields that hold lists; in CSV they are written separated by semicolons. */
export const csvListColumns = ['aliases', 'citizenship', 'languages', 'vulnerabilities'] as const;
export const csvColumns = [
  'ref',
  'familyName',
  'givenName',
  'patronymic',
  'aliases',
  'sex',
  'birthDate',
  'birthPlace',
  'citizenship',
  'languages',
  'phone',
  'address',
  'arrivalDate',
  'vulnerabilities',
  'assignedLawyer',
  'caseStatus',
  'notes',
] as const;
