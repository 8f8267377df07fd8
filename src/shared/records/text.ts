import { z } from 'zod';

/**
 * Text rules shared by forms, IPC, the CLI and import. Messages are catalog suffixes
 * (`form.<message>`), so every layer reports the same problem in the user's language.
 */
const CONTROL_CHARS = /[\p{Cc}\p{Cs}]/u;
/** Format characters (U+200B zero width space, U+202E right-to-left override…) and line separators. */
const INVISIBLE_CHARS = /[\p{Cf}\u2028\u2029]/u;
const LINE_BREAKS_AND_TABS = /[\n\r\t]/g;
const MARKUP = /[<>]|&[#a-z0-9]+;|javascript:/iu;

export const LIMITS = { name: 120, short: 300, long: 20_000, list: 50 } as const;

/**
 * A person's name: no markup, no control characters, and no invisible ones (a zero-width space or
 * a direction override makes a name look the same while search and the duplicate warning miss it).
 */
export const nameText = z
  .string()
  .trim()
  .max(LIMITS.name, { message: 'tooLong' })
  .refine((s) => !MARKUP.test(s), { message: 'markup' })
  .refine((s) => !CONTROL_CHARS.test(s), { message: 'controlCharacters' })
  .refine((s) => !INVISIBLE_CHARS.test(s), { message: 'invisibleCharacters' });

export const requiredName = nameText.refine((s) => s.length > 0, { message: 'required' });

/** One line: places, authorities, numbers. */
export const shortText = z
  .string()
  .trim()
  .max(LIMITS.short, { message: 'tooLong' })
  .refine((s) => !CONTROL_CHARS.test(s), { message: 'controlCharacters' });

/** Free text with line breaks: notes, descriptions, reasons. */
export const longText = z
  .string()
  .max(LIMITS.long, { message: 'tooLong' })
  .refine((s) => !CONTROL_CHARS.test(s.replace(LINE_BREAKS_AND_TABS, '')), { message: 'controlCharacters' });

/** Empty strings from forms mean "not given". */
export function optional<T extends z.ZodType<string | null | undefined>>(schema: T) {
  return z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());
}

export function list<T extends z.ZodType>(item: T, max: number = LIMITS.list) {
  return z.array(item).max(max, { message: 'tooMany' });
}
