import { z } from 'zod';
import { languageSchema } from '../i18n/languages';

export const caseSummarySections = ['identity', 'contact', 'status', 'timeline', 'deadlines', 'incidents'] as const;
export type CaseSummarySection = (typeof caseSummarySections)[number];

/** Password for an exported PDF: long enough to mean something, short enough to type. */
export const exportPasswordSchema = z.string().min(8, { message: 'tooShort' }).max(128);

export const caseSummaryRequestSchema = z
  .object({
    applicantId: z.uuid(),
    language: languageSchema,
    /** Sections to include; phone and address ("contact") are left out of a court copy, say. */
    sections: z
      .array(z.enum(caseSummarySections))
      .min(1)
      .default([...caseSummarySections]),
    password: exportPasswordSchema.optional(),
  })
  .strict();
