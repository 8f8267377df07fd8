import { z } from 'zod';
import { errorPayloadSchema } from '../errors';
import { languageSchema } from '../i18n/languages';
import { shortText } from '../records/text';
import { BLANK_NAME } from './fields';

/** Words in each UI language. */
const words = z.object({
  ru: z.string().min(1).max(600),
  kk: z.string().min(1).max(600),
  en: z.string().min(1).max(600),
});

/** A one-off answer a template asks for before writing (a hearing date, the court's name). */
export const blankDefinitionSchema = z.object({
  name: z.string().regex(BLANK_NAME),
  label: words,
  required: z.boolean(),
});

/** A public legal source a shipped template's wording relies on; `confirmed: false` = «проверьте». */
export const legalSourceSchema = z.object({ text: z.string().min(1).max(600), confirmed: z.boolean() });
/** The same as templates.json holds it: in each UI language, so the ru and kk screens are not in English. */
export const shippedLegalSourceSchema = z.object({ text: words, confirmed: z.boolean() });

/**
 * What the check before writing looks at for a template, beyond what it requires: whether the
 * facts still fit its wording (an interim-measures request for someone already handed over), and
 * whether the appeal period it relies on can be counted and has not passed.
 */
export const templateChecks = [
  'extraditionOpen',
  'removalGround',
  'refusalAppealTerm',
  'extraditionAppealTerm',
] as const;

/** What the check tells the lawyer before writing, without refusing. */
export const documentWarningCodes = [
  /** The extradition request was refused, or the person was handed over: the wording may not fit. */
  'extraditionNotOpen',
  /** Neither a refusal nor an extradition request is recorded: the ground of removal stays blank. */
  'noRemovalGround',
  /** The appeal period counted from the notification has passed (on `date`). */
  'termPassed',
  /** No notification date is recorded, so the appeal period cannot be counted. */
  'termUnknown',
  /** The office has not confirmed the appeal period this template relies on. */
  'termUnconfirmed',
  /** A country is printed as it is where the sentence needs another case (`fields`). */
  'countryForm',
  /** An English document prints names or places in Cyrillic (`fields`). */
  'cyrillicInEnglish',
] as const;
export const documentWarningSchema = z.object({
  code: z.enum(documentWarningCodes),
  date: z.string().optional(),
  fields: z.array(z.string()).optional(),
});
export type DocumentWarning = z.output<typeof documentWarningSchema>;

/** A shipped template's description (resources/templates/templates.json). */
export const shippedTemplateSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
  languages: z.array(languageSchema).min(1),
  title: words,
  /** What the lawyer must still check before filing. */
  note: words,
  sources: z.array(shippedLegalSourceSchema).max(20),
  blanks: z.array(blankDefinitionSchema).max(20),
  /** Fields without which the template makes no sense ("a refusal appeal needs the refusal"). */
  requires: z.array(z.string().max(80)).max(20),
  /**
   * The groups and fields of the case file the template is given (`applicant`, or
   * `applicant.fullName`), besides the date and its blanks: chosen for what the filing needs, so a
   * letter to the State carries nothing else from the file.
   */
  reads: z.array(z.string().max(80)).min(1).max(80).optional(),
  checks: z.array(z.enum(templateChecks)).max(10).default([]),
});
export type ShippedTemplate = z.output<typeof shippedTemplateSchema>;

export const shippedTemplatesFileSchema = z.object({
  version: z.literal(1),
  templates: z.array(shippedTemplateSchema).max(100),
});

/** An office template's title and language, as the lawyer gives them when adding it. */
export const TEMPLATE_MAX_BYTES = 5 * 1024 * 1024;

/** How a template reaches the lists, the generate dialog and `document templates --json`. */
export const templateSummarySchema = z.object({
  id: z.string(),
  source: z.enum(['shipped', 'office']),
  languages: z.array(languageSchema),
  title: z.string(),
  note: z.string().optional(),
  sources: z.array(legalSourceSchema).optional(),
  blanks: z.array(z.object({ name: z.string(), label: z.string(), required: z.boolean() })),
  retired: z.boolean(),
  fileName: z.string().optional(),
  updatedAt: z.string().optional(),
  /**
   * Why an office template cannot be used (an error code): one that came by sync is checked when
   * listed, so it shows as refused instead of failing only when chosen.
   */
  problem: errorPayloadSchema.pick({ code: true, params: true }).optional(),
});
export type TemplateSummary = z.output<typeof templateSummarySchema>;

/** An office template as the page sends it: the .docx bytes, as base64 like attachments. */
export const templateUploadSchema = z
  .object({
    title: shortText.refine((s) => s.length > 0, { message: 'required' }),
    language: languageSchema,
    fileName: z.string().min(1).max(255),
    contentBase64: z
      .string()
      .max(Math.ceil(TEMPLATE_MAX_BYTES / 3) * 4 + 4, { message: 'attachmentTooLarge' })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'invalidFile' }),
    /** The office template this one replaces (same id, new file). */
    replaces: z.uuid().optional(),
  })
  .strict();

/** A placeholder a template names that Panoh does not know, with the nearest name it knows. */
export const unknownTagSchema = z.object({ tag: z.string(), suggestion: z.string().optional() });

/** What checking a template found: its blanks, and what stops it from being accepted. */
export const templateInspectionSchema = z.object({
  placeholders: z.array(z.string()),
  blanks: z.array(z.string()),
  unknown: z.array(unknownTagSchema),
  /** A structural problem (unbalanced loop, unclosed tag), named for the lawyer. */
  problem: z
    .object({
      kind: z.enum([
        'TEMPLATE_UNBALANCED_LOOP',
        'TEMPLATE_UNCLOSED_TAG',
        'TEMPLATE_BAD_TAG',
        'TEMPLATE_SYNTAX',
        'TEMPLATE_NESTED_LIST',
        'TEMPLATE_TOO_DEEP',
      ]),
      tag: z.string().optional(),
    })
    .optional(),
  /**
   * The Word template (.dotx) the file was linked to, which Word would load: the link is removed
   * from the template (its look is in the file's own styles), and the lawyer is told.
   */
  attachedTemplate: z.string().optional(),
});
export type TemplateInspection = z.output<typeof templateInspectionSchema>;

/** The stored form of an office template's metadata (the .docx bytes are a blob, like scans). */
export const officeTemplateDocSchema = z.object({
  title: shortText.refine((s) => s.length > 0, { message: 'required' }),
  language: languageSchema,
  fileName: z.string().min(1).max(255),
  size: z.number().int().min(1).max(TEMPLATE_MAX_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  blanks: z.array(z.string().regex(BLANK_NAME)).max(40).default([]),
  retired: z.boolean().default(false),
});
export type OfficeTemplateDoc = z.output<typeof officeTemplateDocSchema>;

/** A one-off answer: short text, no line breaks; bounded in number and size. */
export const blankValuesSchema = z
  .record(z.string().regex(BLANK_NAME), shortText)
  .refine((values) => Object.keys(values).length <= 40, { message: 'tooMany' });

export const documentRequestSchema = z
  .object({
    applicantId: z.uuid(),
    templateId: z.string().min(1).max(80),
    language: languageSchema,
    blanks: blankValuesSchema.default({}),
  })
  .strict();
export type DocumentRequest = z.output<typeof documentRequestSchema>;

/** Before writing: what the template needs that the file lacks, and what it will leave blank. */
export const documentCheckSchema = z.object({
  /** Fields the template cannot do without: generating is refused until they are recorded. */
  missing: z.array(z.string()),
  /** Fields the document will show as a blank line for the lawyer to fill by hand. */
  gaps: z.array(z.string()),
  blanks: z.array(z.object({ name: z.string(), label: z.string(), required: z.boolean() })),
  /**
   * Where the name's forms come from: the record, another spelling in the filing's script, the
   * lawyer's correction, a correction made for a name since changed, or the record in the other
   * script (a Latin name in a Russian filing cannot be declined).
   */
  nameSource: z.enum(['record', 'alias', 'corrected', 'stale', 'otherScript']),
  /** The name as the document prints it in the nominative. */
  filingName: z.string(),
  /** What the lawyer should know before writing: facts that may not fit, a period passed. */
  warnings: z.array(documentWarningSchema),
  /** Every field of the case file the template reads: what the document will carry. */
  reads: z.array(z.string()),
});
export type DocumentCheck = z.output<typeof documentCheckSchema>;
