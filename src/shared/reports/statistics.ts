import { z } from 'zod';
import { fullDate } from '../records/partialDate';

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** A count as it may leave the office: exact, or only "below the threshold" when small. */
export const publishedCountSchema = z.union([z.number().int(), z.literal('suppressed')]);
export type PublishedCount = z.output<typeof publishedCountSchema>;

export const statisticsTableSchema = z.object({
  /** Catalog key of the table's title. */
  id: z.enum([
    'applicantsByCitizenship',
    'asylumApplications',
    'decisions',
    'appeals',
    'extraditionsByState',
    'unhcrButRefused',
    'incidentsByKind',
    'incidentsByPerpetrator',
    'byMonth',
  ]),
  /** Row labels are codes (a country, an outcome, a month), translated when shown. */
  columns: z.array(z.string()),
  rows: z.array(z.object({ label: z.string(), counts: z.array(publishedCountSchema) })),
});
export type StatisticsTable = z.output<typeof statisticsTableSchema>;

export const statisticsSchema = z.object({
  from: z.string(),
  to: z.string(),
  threshold: z.number().int(),
  tables: z.array(statisticsTableSchema),
});
export type Statistics = z.output<typeof statisticsSchema>;

export const statisticsQuerySchema = z
  .object({
    from: fullDate,
    to: fullDate,
    threshold: z.number().int().min(1).max(100).default(DEFAULT_SUPPRESSION_THRESHOLD),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'invalidDate', path: ['to'] });

/** 1–(threshold-1) become "suppressed"; 0 stays 0 (an empty category says nothing about anyone). */
export function publish(count: number, threshold: number): PublishedCount {
  return count > 0 && count < threshold ? 'suppressed' : count;
}
