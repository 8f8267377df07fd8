import { z } from 'zod';
import { duplicateCandidateSchema } from '../search/searchResult';
import { columnTargetIds, targetsTwice } from './columnTargets';
import { REPORT_LIST_MAX, SPREADSHEET_LIMITS } from './importLimits';
import { valueTableIds, valueTables } from './valueTables';

export const csvEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r'] as const;
export type CsvEncoding = (typeof csvEncodings)[number];
export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];
export const spreadsheetFormats = ['xlsx', 'csv'] as const;

/** Stands for a file the core read and holds in memory; opaque, and forgotten when the vault locks. */
export const importTokenSchema = z.string().regex(/^[0-9a-f]{32}$/);

/** How the file is read: which sheet, and for CSV the encoding and separator (detected unless given). */
export const readOptionsSchema = z
  .object({
    sheet: z.string().max(200).optional(),
    encoding: z.enum(csvEncodings).optional(),
    delimiter: z.enum(csvDelimiters).optional(),
  })
  .strict();
export type ReadOptions = z.output<typeof readOptionsSchema>;

const headerText = z.string().max(SPREADSHEET_LIMITS.headerChars);

/**
 * Which column goes where, by header name, so a saved mapping fits next month's file even if its
 * columns moved. `values` corrects the value tables (written form → value); `unmappedToNotes`
 * keeps the columns mapped nowhere as "Header: value" lines in the notes. Two columns sent to one
 * field are refused (`targetTwice` on the later one): one of them would be lost.
 */
export const columnMappingSchema = z
  .object({
    columns: z
      .array(z.object({ header: headerText, target: z.enum(columnTargetIds) }).strict())
      .max(200)
      .superRefine((columns, context) => {
        for (const index of targetsTwice(columns)) {
          context.addIssue({ code: 'custom', message: 'targetTwice', path: [index, 'target'] });
        }
      }),
    values: z
      .partialRecord(z.enum(valueTableIds), z.record(z.string().max(300), z.string().max(40)))
      .default({})
      .refine(
        (tables) =>
          Object.entries(tables).every(([table, entries]) =>
            Object.values(entries ?? {}).every((value) =>
              (valueTables[table as keyof typeof valueTables] as readonly string[]).includes(value),
            ),
          ),
        { message: 'unknownValue' },
      ),
    unmappedToNotes: z.boolean().default(false),
  })
  .strict();
export type ColumnMapping = z.output<typeof columnMappingSchema>;
export type ColumnMappingInput = z.input<typeof columnMappingSchema>;

export const fileColumnSchema = z.object({
  /** 0-based position; `letter` is the spreadsheet's name for it (A, B, … AA). */
  index: z.number().int(),
  letter: z.string(),
  header: z.string(),
  samples: z.array(z.string()),
});

export const spreadsheetInfoSchema = z.object({
  format: z.enum(spreadsheetFormats),
  sheets: z.array(z.string()),
  sheet: z.string().optional(),
  encoding: z.enum(csvEncodings).optional(),
  delimiter: z.enum(csvDelimiters).optional(),
  /** The row (1-based, as the spreadsheet counts) where the headers are; two rows under merged headers. */
  headerRows: z.array(z.number().int()),
  columns: z.array(fileColumnSchema),
  rows: z.number().int(),
  proposed: columnMappingSchema,
});
export type SpreadsheetInfo = z.output<typeof spreadsheetInfoSchema>;

export const openedFileSchema = z.discriminatedUnion('format', [
  z.object({ format: z.literal('json'), token: importTokenSchema, fileName: z.string() }),
  spreadsheetInfoSchema.extend({ token: importTokenSchema, fileName: z.string() }),
]);
export type OpenedFile = z.output<typeof openedFileSchema>;

export const chooseFileResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('opened'), file: openedFileSchema }),
]);
export type ChooseFileResult = z.output<typeof chooseFileResultSchema>;

/** One cell Panoh could not take: the row as the spreadsheet counts it, the column, what was written, why. */
export const cellProblemSchema = z.object({
  row: z.number().int(),
  header: z.string(),
  value: z.string(),
  issue: z.string(),
});
export type CellProblem = z.output<typeof cellProblemSchema>;

/** A row as Panoh will store it (codes and ISO dates; the page shows them in the lawyer's words). */
export const previewRowSchema = z.object({
  row: z.number().int(),
  familyName: z.string().optional(),
  givenName: z.string().optional(),
  patronymic: z.string().optional(),
  sex: z.string().optional(),
  birthDate: z.string().optional(),
  citizenship: z.array(z.string()),
  languages: z.array(z.string()),
  caseStatus: z.string().optional(),
  documents: z.array(z.object({ kind: z.string(), number: z.string().optional(), expiresOn: z.string().optional() })),
  events: z.array(z.object({ type: z.string(), date: z.string() })),
  notes: z.string().optional(),
  problems: z.array(cellProblemSchema),
});
export type PreviewRow = z.output<typeof previewRowSchema>;

/** The written forms found in a column that goes to a value table, with the value each will get. */
export const valueTableUseSchema = z.object({
  table: z.enum(valueTableIds),
  header: z.string(),
  values: z.array(z.object({ written: z.string(), value: z.string().optional() })),
});
export type ValueTableUse = z.output<typeof valueTableUseSchema>;

export const previewSchema = z.object({ rows: z.array(previewRowSchema), valueTables: z.array(valueTableUseSchema) });
export type ImportPreview = z.output<typeof previewSchema>;

export const duplicateRowSchema = z.object({
  row: z.number().int(),
  /** Absent for a person known by one name only. */
  familyName: z.string().optional(),
  givenName: z.string().optional(),
  birthDate: z.string().optional(),
  candidates: z.array(duplicateCandidateSchema),
});
export type DuplicateRow = z.output<typeof duplicateRowSchema>;

/**
 * A column where two-digit years were read («4.5.89»): how many, within which years (by what the
 * column holds, see `yearWindow`), and the first of them as an example.
 */
export const twoDigitYearsSchema = z.object({
  header: z.string(),
  count: z.number().int(),
  from: z.number().int(),
  to: z.number().int(),
  example: z.object({ row: z.number().int(), written: z.string(), date: z.string() }),
});
export type TwoDigitYears = z.output<typeof twoDigitYearsSchema>;

export const dryRunReportSchema = z.object({
  /** Rows with something in them (blank rows are passed over). */
  rows: z.number().int(),
  ready: z.number().int(),
  events: z.number().int(),
  refusedRows: z.number().int(),
  /** The first REPORT_LIST_MAX problems, row by row. */
  problems: z.array(cellProblemSchema).max(REPORT_LIST_MAX),
  problemCount: z.number().int(),
  duplicates: z.array(duplicateRowSchema).max(REPORT_LIST_MAX),
  duplicateCount: z.number().int(),
  twoDigitYears: z.array(twoDigitYearsSchema).max(200),
});
export type DryRunReport = z.output<typeof dryRunReportSchema>;

export const duplicateActions = ['skip', 'new', 'merge'] as const;
export const duplicateDecisionSchema = z
  .object({
    row: z.number().int().min(1),
    action: z.enum(duplicateActions),
    /** For `merge`: the applicant already in the vault who is this row's person. */
    into: z.uuid().optional(),
  })
  .strict()
  .refine((d) => (d.action === 'merge') === (d.into !== undefined), { message: 'invalid', path: ['into'] });
export type DuplicateDecision = z.output<typeof duplicateDecisionSchema>;

export const spreadsheetRequestSchema = z
  .object({ token: importTokenSchema, read: readOptionsSchema.default({}), mapping: columnMappingSchema })
  .strict();

export const commitRequestSchema = z
  .object({
    token: importTokenSchema,
    read: readOptionsSchema.default({}),
    mapping: columnMappingSchema.optional(),
    decisions: z.array(duplicateDecisionSchema).max(100_000).default([]),
    /** What becomes of a row with probable duplicates not named in `decisions` (the CLI's --duplicates). */
    defaultAction: z.enum(['skip', 'new']).default('skip'),
  })
  .strict();

export const spreadsheetImportResultSchema = z.object({
  imported: z.object({ applicants: z.number().int(), events: z.number().int(), incidents: z.number().int() }),
  merged: z.number().int(),
  skipped: z.number().int(),
  ids: z.record(z.string(), z.string()),
});
export type SpreadsheetImportResult = z.output<typeof spreadsheetImportResultSchema>;

export const savedMappingSchema = z.object({ name: z.string(), mapping: columnMappingSchema, updatedAt: z.string() });
export type SavedMapping = z.output<typeof savedMappingSchema>;
export const mappingNameSchema = z.string().trim().min(1, { message: 'required' }).max(120, { message: 'tooLong' });

/** Where an import is, for the progress bar: checking the rows, then writing them. */
export const importProgressSchema = z.object({
  phase: z.enum(['reading', 'checking', 'writing']),
  done: z.number().int(),
  total: z.number().int(),
});
export type ImportProgress = z.output<typeof importProgressSchema>;
