import { z } from 'zod';
import { officeDetailsSchema } from '../documents/officeDetails';
import {
  documentCheckSchema,
  documentRequestSchema,
  templateInspectionSchema,
  templateSummarySchema,
  templateUploadSchema,
} from '../documents/templates';
import { languageSchema } from '../i18n/languages';
import { nameFormsSchema } from '../records/nameForms';

const empty = z.object({}).strict();

/** A name's forms as the correction dialog edits them (the nominative and each case). */
export const nameCasesSchema = nameFormsSchema.omit({ madeFor: true });

/** The office's details as `office.get` returns them (a superset of `{ name }`). */
export const officeDetailsOutputSchema = z.object({
  name: z.string(),
  address: z.string().optional(),
  city: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  lawyers: z.array(
    z.object({
      name: z.string(),
      licence: z.string().optional(),
      barAssociation: z.string().optional(),
      phone: z.string().optional(),
      email: z.string().optional(),
    }),
  ),
});

/** Documents from templates, the office's templates, and the office's details they print. */
export const documentMethods = {
  'documents.templates': {
    input: z.object({ language: languageSchema }).strict(),
    output: z.array(templateSummarySchema),
  },
  'documents.check': { input: documentRequestSchema, output: documentCheckSchema },
  'documents.generate': {
    input: documentRequestSchema,
    output: z.object({ attachmentId: z.uuid(), fileName: z.string(), gaps: z.array(z.string()) }),
  },
  'documents.fields': {
    input: z.object({ applicantId: z.uuid().optional(), language: languageSchema }).strict(),
    output: z.array(z.object({ path: z.string(), kind: z.string(), value: z.string().nullable() })),
  },
  'documents.nameForms': {
    input: z.object({ applicantId: z.uuid() }).strict(),
    output: z.object({
      forms: nameCasesSchema,
      source: documentCheckSchema.shape.nameSource,
    }),
  },
  /** The lawyer's correction of the name's forms; `null` goes back to the library's. */
  'documents.setNameForms': {
    input: z.object({ applicantId: z.uuid(), forms: nameCasesSchema.nullable() }).strict(),
    output: empty,
  },
  'templates.inspect': {
    input: z.object({ contentBase64: templateUploadSchema.shape.contentBase64 }).strict(),
    output: templateInspectionSchema,
  },
  'templates.add': { input: templateUploadSchema, output: z.object({ id: z.uuid() }) },
  'templates.retire': { input: z.object({ id: z.uuid(), retired: z.boolean() }).strict(), output: empty },
  'office.setDetails': { input: officeDetailsSchema, output: officeDetailsOutputSchema },
} as const;
