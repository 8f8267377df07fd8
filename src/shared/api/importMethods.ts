import { z } from 'zod';
import { languageSchema } from '../i18n/languages';
import {
  chooseFileResultSchema,
  columnMappingSchema,
  commitRequestSchema,
  dryRunReportSchema,
  importTokenSchema,
  mappingNameSchema,
  openedFileSchema,
  previewSchema,
  readOptionsSchema,
  savedMappingSchema,
  spreadsheetImportResultSchema,
  spreadsheetInfoSchema,
  spreadsheetRequestSchema,
} from '../import/spreadsheetImport';
import { applicantListQuerySchema } from '../records/applicantSummary';

const empty = z.object({}).strict();
const byToken = z.object({ token: importTokenSchema }).strict();

/**
 * Importing the office's lists (issue 16). The page never names a file: `import.chooseFile` is
 * answered by the main process, which shows the native open dialog and hands the chosen path to
 * the core (`import.openFile`, main only). The core reads the file once, keeps it in memory under
 * a token, and every later step (sheet, encoding, mapping, preview, dry run, import) names the token.
 */
export const importMethods = {
  'import.chooseFile': { input: empty, output: chooseFileResultSchema },
  /** The same file read again another way: another sheet, encoding or separator. */
  'import.describe': {
    input: z.object({ token: importTokenSchema, read: readOptionsSchema.default({}) }).strict(),
    output: spreadsheetInfoSchema,
  },
  'import.preview': { input: spreadsheetRequestSchema, output: previewSchema },
  /** Everything the import would do, and nothing written: refused cells, probable duplicates. */
  'import.dryRun': {
    input: z
      .object({
        token: importTokenSchema,
        read: readOptionsSchema.default({}),
        mapping: columnMappingSchema.optional(),
      })
      .strict(),
    output: dryRunReportSchema,
  },
  /** All or nothing, in one transaction; reports `import.progress`. */
  'import.commit': { input: commitRequestSchema, output: spreadsheetImportResultSchema },
  'import.forget': { input: byToken, output: empty },
  'import.mappings': { input: empty, output: z.array(savedMappingSchema) },
  'import.saveMapping': {
    input: z.object({ name: mappingNameSchema, mapping: columnMappingSchema }).strict(),
    output: empty,
  },
  'import.deleteMapping': { input: z.object({ name: mappingNameSchema }).strict(), output: empty },
  /** The applicant list as shown (its columns, its filters) to an .xlsx in the exports folder. */
  'applicants.exportXlsx': {
    input: z
      .object({
        query: applicantListQuerySchema.omit({ offset: true, limit: true }),
        language: languageSchema,
      })
      .strict(),
    output: z.object({ path: z.string(), rows: z.number().int() }),
  },
} as const;

/** The renderer methods above that the main process answers itself, with a native dialog first. */
export const importShellMethods = ['import.chooseFile'] as const;

/** Long enough for any path a file dialog returns; a path is never shown, only passed on. */
const pathSchema = z.string().min(1).max(4096);

export const importMainOnlyMethods = {
  /** Reads the file the lawyer chose (bounded), keeps it in memory, and says what it holds. */
  'import.openFile': { input: z.object({ path: pathSchema }).strict(), output: openedFileSchema },
} as const;
