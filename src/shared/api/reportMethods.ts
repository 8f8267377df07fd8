import { z } from 'zod';
import { languageSchema } from '../i18n/languages';
import { shortText } from '../records/text';
import { caseSummaryRequestSchema, exportPasswordSchema } from '../reports/caseSummary';
import { statisticsQuerySchema, statisticsSchema, suppressionThreshold } from '../reports/statistics';
import { officeDetailsOutputSchema } from './documentMethods';

/** Where an export was written: shown to the lawyer with the warning that it is now outside the vault. */
const exported = z.object({ path: z.string() });

export const reportMethods = {
  'reports.caseSummary': { input: caseSummaryRequestSchema, output: exported },
  'reports.statisticsPreview': { input: statisticsQuerySchema, output: statisticsSchema },
  'reports.statistics': {
    input: z
      .object({
        from: z.string(),
        to: z.string(),
        threshold: suppressionThreshold.optional(),
        format: z.enum(['pdf', 'csv']),
        language: languageSchema,
        password: exportPasswordSchema.optional(),
      })
      .strict()
      .refine((r) => statisticsQuerySchema.safeParse({ from: r.from, to: r.to }).success, {
        message: 'invalidDate',
        path: ['to'],
      })
      .refine((r) => r.format === 'pdf' || r.password === undefined, { message: 'invalid', path: ['password'] }),
    output: exported,
  },
  /** The office's details (name, address, lawyers); callers that need only the name read `name`. */
  'office.get': { input: z.object({}).strict(), output: officeDetailsOutputSchema },
  'office.set': {
    input: z.object({ name: shortText.refine((s) => s.length > 0, { message: 'required' }) }).strict(),
    output: z.object({ name: z.string() }),
  },
} as const;
