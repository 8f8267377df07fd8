import { z } from 'zod';

/**
 * Every failure the user can meet has a code; the UI and the CLI turn the code into a sentence in
 * the user's language (`error.<code>` in the catalogs). Messages never travel, so nothing a
 * library wrote (paths, SQL, values) reaches the screen or a log by accident.
 */
export const errorCodes = [
  'VAULT_NOT_FOUND',
  'VAULT_ALREADY_EXISTS',
  'VAULT_NOT_A_VAULT',
  'VAULT_KEYS_MISSING',
  /** The key file fails its format (a slot, a KDF setting out of bounds): it cannot be used. */
  'VAULT_KEYS_DAMAGED',
  'VAULT_DAMAGED',
  'VAULT_TOO_NEW',
  'VAULT_FOLDER_READONLY',
  'VAULT_IN_USE',
  'VAULT_LOCKED',
  'VAULT_ALREADY_UNLOCKED',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'PASSPHRASE_TOO_SHORT',
  'PASSPHRASE_UNCHANGED',
  'DISK_FULL',
  /** The folder an export goes to refuses to be made or written (OS privacy settings, read-only). */
  'EXPORT_FOLDER_DENIED',
  /** An export would replace an earlier file (the CLI's --out names one that exists). */
  'EXPORT_FILE_EXISTS',
  'RECORD_NOT_FOUND',
  /** A deleted record whose stored form no longer passes its schema: it cannot be restored. */
  'RECORD_DAMAGED',
  'IMPORT_INVALID',
  /** Not a spreadsheet Panoh reads (.xlsx, .csv, .json), or a damaged one. */
  'IMPORT_UNREADABLE',
  /** The bytes are not text in the encoding detected or chosen. */
  'IMPORT_ENCODING',
  /** Over a bound: file size, inflated size, rows, columns or one cell's length. */
  'IMPORT_TOO_LARGE',
  /** A row has cells to the right of the last named column. */
  'IMPORT_ROW_TOO_WIDE',
  /** Two columns have one header, or a column with data has none: which is which cannot be told. */
  'IMPORT_HEADER_TWICE',
  'IMPORT_HEADER_MISSING',
  /** The file read for this import is no longer held (the vault was locked, or another file was opened). */
  'IMPORT_EXPIRED',
  'ATTACHMENT_TOO_LARGE',
  'ATTACHMENT_UNSUPPORTED',
  /** A file given as a Word document that is not one (not a zip, no Word main part, damaged). */
  'DOCX_INVALID',
  /** A macro-enabled Word file: Panoh never stores or fills code. */
  'DOCX_MACROS',
  'DOCX_TOO_LARGE',
  /** A document type declaration in a part of a Word file (Word never writes one). */
  'DOCX_DTD',
  /** A template that points outside itself: a linked picture or frame, a web link, a data source. */
  'DOCX_EXTERNAL_LINK',
  /** A template with an embedded or linked object, a control, an imported chunk or a subdocument. */
  'DOCX_EMBEDDED_OBJECT',
  /** A template with a field code that fetches or runs (INCLUDEPICTURE, DDE, LINK…). */
  'DOCX_ACTIVE_FIELD',
  'TEMPLATE_NOT_FOUND',
  /** A template's text part larger than any filing needs. */
  'TEMPLATE_TOO_LARGE',
  /** A placeholder where the reader would not see it: properties, comments, hidden text. */
  'TEMPLATE_HIDDEN_FIELD',
  /** A list looped over inside another list: the output would grow as a product. */
  'TEMPLATE_NESTED_LIST',
  /** Sections nested deeper than any filing needs. */
  'TEMPLATE_TOO_DEEP',
  /** A loop or condition opened and not closed, or closed with another name. */
  'TEMPLATE_UNBALANCED_LOOP',
  'TEMPLATE_UNCLOSED_TAG',
  /** A placeholder that is not a plain field name (an expression, a space, a symbol). */
  'TEMPLATE_BAD_TAG',
  'TEMPLATE_SYNTAX',
  /** A placeholder Panoh does not know; the message names it and the nearest known name. */
  'TEMPLATE_UNKNOWN_TAG',
  /** The same where no known name is near (raw XML, an office template's blank): nothing to suggest. */
  'TEMPLATE_UNKNOWN_TAG_NO_MATCH',
  'DOCUMENT_BLANK_MISSING',
  /** The file lacks what the template cannot do without (a refusal appeal without the refusal). */
  'DOCUMENT_DATA_MISSING',
  /** The document would be larger than a file in the vault may be. */
  'DOCUMENT_TOO_LARGE',
  'OFFICE_NOT_SET',
  'OFFICE_ALREADY_SET',
  'OFFICE_KEY_INVALID',
  'BUNDLE_DAMAGED',
  'BUNDLE_WRONG_OFFICE',
  'BUNDLE_UNTRUSTED_DEVICE',
  'BUNDLE_TOO_NEW',
  'BUNDLE_TOO_LARGE',
  'BUNDLE_INVALID',
  'BUNDLE_FROM_SELF',
  /** The lawyer cancelled a bundle import while it ran: it was rolled back, nothing was kept. */
  'BUNDLE_IMPORT_CANCELLED',
  /** The sending device was revoked (lost, stolen, or its holder left): its bundles are refused. */
  'BUNDLE_REVOKED_DEVICE',
  /** The bundle uses a newer office key that this vault could not take over by itself. */
  'OFFICE_KEY_CHANGED',
  'DEVICE_NOT_FOUND',
  /** This computer cannot revoke itself. */
  'DEVICE_SELF',
  /** A file or folder that is not there (any more): a USB stick pulled out, a folder renamed. */
  'STORAGE_MISSING',
  /** The key file was erased (emergency erase, or the last allowed wrong passphrase): the vault is gone. */
  'VAULT_ERASED',
  /** A seizure setting that can destroy data is refused until a verified backup exists. */
  'BACKUP_REQUIRED',
  /** The laptop is in travel mode: sync and re-encryption wait until travel ends. */
  'TRAVEL_ACTIVE',
  'TRAVEL_NOT_ACTIVE',
  /** The backup or bundle given to end travel mode does not hold everything this laptop held before the trip. */
  'TRAVEL_SOURCE_INCOMPLETE',
  'CLOCK_DRIFT',
  'INVALID_INPUT',
  /** Input that is not plain JSON (a cycle, a BigInt, nesting too deep): refused before any check. */
  'INPUT_UNSUPPORTED',
  'UNKNOWN_METHOD',
  'FORBIDDEN_SENDER',
  'CORE_UNAVAILABLE',
  'INTERNAL',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** Interpolation values for a message: numbers and short non-sensitive strings only. */
export const errorParamsSchema = z.record(z.string(), z.union([z.string().max(200), z.number()]));
export type ErrorParams = z.infer<typeof errorParamsSchema>;

export const errorPayloadSchema = z.object({
  code: errorCodeSchema,
  params: errorParamsSchema.optional(),
  /** For INVALID_INPUT: which fields failed, as dotted paths, with an issue code each. */
  fields: z
    .array(z.object({ path: z.string().max(200), issue: z.string().max(60) }))
    .max(50)
    .optional(),
});
export type ErrorPayload = z.infer<typeof errorPayloadSchema>;

export class PanohError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams | undefined;
  readonly fields: ErrorPayload['fields'];

  constructor(code: ErrorCode, params?: ErrorParams, fields?: ErrorPayload['fields']) {
    super(code);
    this.name = 'PanohError';
    this.code = code;
    this.params = params;
    this.fields = fields;
  }

  toPayload(): ErrorPayload {
    const payload: ErrorPayload = { code: this.code };
    if (this.params) payload.params = this.params;
    if (this.fields) payload.fields = this.fields;
    return payload;
  }

  static fromPayload(payload: ErrorPayload): PanohError {
    return new PanohError(payload.code, payload.params, payload.fields);
  }
}

export function isPanohError(value: unknown): value is PanohError {
  return value instanceof PanohError;
}

/** Problems a field can have; each has a sentence in the catalogs as `form.<problem>`. */
export const fieldProblems = [
  'required',
  /** A person needs a family name or a given name: one of the two is enough. */
  'nameRequired',
  /** An office confirming a deadline rule names the law it read the period in. */
  'legalBasisRequired',
  'tooLong',
  'tooShort',
  'tooMany',
  'markup',
  'controlCharacters',
  'invalidDate',
  'invalidFullDate',
  'unknownCountry',
  'unknownLanguage',
  'invalidChoice',
  'invalidType',
  'unknownField',
  'unknownReference',
  'duplicateReference',
  /** Zero-width spaces, direction marks and the like, which hide a name from search and duplicate checks. */
  'invisibleCharacters',
  'passphraseTooShort',
  'passphraseTooLong',
  'recoveryKeyMalformed',
  'attachmentTooLarge',
  'invalidFile',
  'invalid',
  /** A spreadsheet cell that is none of the forms its value table knows. */
  'unknownValue',
  /** A cell of an event whose date column is empty in that row. */
  'eventNeedsDate',
  /** No column is mapped to the family name or the full name. */
  'noNameColumn',
  /** A second column mapped to a field that takes one column (the first would be overwritten, or this one lost). */
  'targetTwice',
  /** A formula cell saved without its result (by a generator, or with recalculation off). */
  'formulaWithoutValue',
  /** An error cell such as #N/A or #REF!. */
  'cellError',
  /** A two-digit year that stands for no plausible year in this column («03.02.27» as a refusal date). */
  'ambiguousYear',
] as const;
export type FieldProblem = (typeof fieldProblems)[number];

function isFieldProblem(value: string): value is FieldProblem {
  return (fieldProblems as readonly string[]).includes(value);
}

/** Names the problem of one zod issue without quoting the value that caused it. */
export function fieldProblemOf(issue: z.core.$ZodIssue): FieldProblem {
  if (isFieldProblem(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'array' ? 'tooMany' : 'tooLong';
    case 'too_small':
      return issue.minimum === 1 ? 'required' : 'tooShort';
    case 'invalid_type':
      // zod leaves the input out of issues (good: no values in errors), but says "received undefined".
      return /received undefined/.test(issue.message) ? 'required' : 'invalidType';
    case 'invalid_value':
    case 'invalid_union':
      return 'invalidChoice';
    case 'unrecognized_keys':
      return 'unknownField';
    default:
      return 'invalid';
  }
}

/** Converts zod issues into the field list of an INVALID_INPUT error, without the input values. */
export function invalidInput(issues: readonly z.core.$ZodIssue[]): PanohError {
  const fields = issues.slice(0, 50).map((issue) => ({
    path: [...issue.path.map(String), ...(issue.code === 'unrecognized_keys' ? [issue.keys.join(',')] : [])]
      .join('.')
      .slice(0, 200),
    issue: fieldProblemOf(issue),
  }));
  return new PanohError('INVALID_INPUT', undefined, fields);
}
