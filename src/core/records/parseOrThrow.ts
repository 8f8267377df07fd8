import type { z } from 'zod';
import { invalidInput } from '../../shared/errors';

/** Validates with a shared schema; the error names fields and problems, never the values. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInput(parsed.error.issues);
  return parsed.data;
}
