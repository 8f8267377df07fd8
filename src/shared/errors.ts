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
  'INVALID_INPUT',
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

/** Converts zod issues into the field list of an INVALID_INPUT error, without the input values. */
export function invalidInput(issues: readonly z.core.$ZodIssue[]): PanohError {
  const fields = issues.slice(0, 50).map((issue) => ({
    path: issue.path.map(String).join('.').slice(0, 200),
    issue: issue.code,
  }));
  return new PanohError('INVALID_INPUT', undefined, fields);
}
