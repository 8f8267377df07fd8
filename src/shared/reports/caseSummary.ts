import { z } from 'zod';
import { languageSchema } from '../i18n/languages';
import { PASSPHRASE_MIN_LENGTH } from '../vault/passphrase';

export const caseSummarySections = [
  'identity',
  'contact',
  'status',
  'timeline',
  'deadlines',
  'incidents',
  'notes',
] as const;
export type CaseSummarySection = (typeof caseSummarySections)[number];

/**
 * Sections only asked for by name: the lawyer's working notes. A summary goes to courts and to
 * UNHCR; a script written before notes existed must not start printing them.
 */
export const optInCaseSummarySections = ['notes'] as const satisfies readonly CaseSummarySection[];
export const defaultCaseSummarySections: CaseSummarySection[] = caseSummarySections.filter(
  (section) => !(optInCaseSummarySections as readonly string[]).includes(section),
);

/**
 * Password for an exported PDF. As long as the vault's passphrase: a PDF that leaves the office is
 * attacked offline, guess after guess, just like a stolen vault. Control and invisible format
 * characters are refused: they cannot be typed again on another computer, and the PDF standard's
 * password preparation (SASLprep) prohibits them.
 */
export const EXPORT_PASSWORD_MIN_LENGTH = PASSPHRASE_MIN_LENGTH;
export const exportPasswordSchema = z
  .string()
  .min(EXPORT_PASSWORD_MIN_LENGTH, { message: 'tooShort' })
  .max(128, { message: 'tooLong' })
  .refine((s) => !/[\p{Cc}\p{Cf}\p{Cs}]/u.test(s), { message: 'controlCharacters' });

export const caseSummaryRequestSchema = z
  .object({
    applicantId: z.uuid(),
    language: languageSchema,
    /**
     * Sections to include; phone and address ("contact") are left out of a court copy, say. Without
     * a list, every section but the lawyer's working notes ("notes": the notes field and the
     * timeline's dated notes), which are printed only when named.
     */
    sections: z
      .array(z.enum(caseSummarySections))
      .min(1)
      .default(() => [...defaultCaseSummarySections]),
    password: exportPasswordSchema.optional(),
  })
  .strict();
