import { z } from 'zod';
import { fullDate } from '../records/partialDate';

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;
/** Below 3, "<t" would mean exactly 1: no suppression at all. */
export const MIN_SUPPRESSION_THRESHOLD = 3;
export const MAX_SUPPRESSION_THRESHOLD = 100;

/**
 * A count as it may leave the office: exact; 'suppressed', a small count shown as "<t"; or
 * 'hidden', a larger count shown as "…" only so that no "<t" can be worked out from the totals.
 */
export const publishedCountSchema = z.union([z.number().int(), z.literal('suppressed'), z.literal('hidden')]);
export type PublishedCount = z.output<typeof publishedCountSchema>;

export const statisticsTableIds = [
  'applicantsByCitizenship',
  'asylumApplications',
  'decisions',
  'appeals',
  'extraditionsByState',
  'unhcrButRefused',
  'detentions',
  'incidentsByKind',
  'incidentsByPerpetrator',
  'byMonth',
] as const;
export type StatisticsTableId = (typeof statisticsTableIds)[number];

export const statisticsTableSchema = z.object({
  /** Catalog key of the table's title. */
  id: z.enum(statisticsTableIds),
  /** Row labels are codes (a country, an outcome, a month), translated when shown. */
  columns: z.array(z.string()),
  rows: z.array(
    z.object({
      label: z.string(),
      counts: z.array(publishedCountSchema),
      /** The row's total, in tables of more than one column. */
      total: publishedCountSchema.optional(),
    }),
  ),
  /** The totals row: a total per column, and the grand total when rows have totals. */
  totals: z.object({ counts: z.array(publishedCountSchema), total: publishedCountSchema.optional() }).optional(),
  /** The breakdown is not shown, only the total: any breakdown would reveal a small count. */
  withheld: z.boolean(),
  /** A person can count in several rows (two citizenships), so the rows have no total. */
  overlapping: z.boolean(),
});
export type StatisticsTable = z.output<typeof statisticsTableSchema>;

export const statisticsSchema = z.object({
  from: z.string(),
  to: z.string(),
  threshold: z.number().int(),
  tables: z.array(statisticsTableSchema),
});
export type Statistics = z.output<typeof statisticsSchema>;

export const suppressionThreshold = z
  .number()
  .int()
  .min(MIN_SUPPRESSION_THRESHOLD, { message: 'thresholdRange' })
  .max(MAX_SUPPRESSION_THRESHOLD, { message: 'thresholdRange' });

export const statisticsQuerySchema = z
  .object({
    from: fullDate,
    to: fullDate,
    threshold: suppressionThreshold.default(DEFAULT_SUPPRESSION_THRESHOLD),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'invalidDate', path: ['to'] });

/** How tall a chart draws a bar: a small count up to threshold-1 (outlined), a hidden one not at all. */
export function barExtent(value: PublishedCount, threshold: number): number {
  if (value === 'suppressed') return threshold - 1;
  return value === 'hidden' ? 0 : value;
}

/** A published count as printed: "<5" for a small one, "…" for one hidden to protect it. */
export function countText(value: PublishedCount, threshold: number): string {
  if (value === 'suppressed') return `<${threshold}`;
  if (value === 'hidden') return '…';
  return String(value);
}
