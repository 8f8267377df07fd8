import { z } from 'zod';
import { parseTypedDate, precisionOf } from '../../../../shared/records/partialDate';
import { suppressionThreshold } from '../../../../shared/reports/statistics';

/** A statistics period as the core takes it: two ISO days, both included. */
export interface Period {
  from: string;
  to: string;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDay(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

export function thisYear(today: Date): Period {
  const year = today.getFullYear();
  return { from: iso(year, 1, 1), to: iso(year, 12, 31) };
}

export function lastYear(today: Date): Period {
  const year = today.getFullYear() - 1;
  return { from: iso(year, 1, 1), to: iso(year, 12, 31) };
}

/** The last whole calendar quarter before today's (January–March, April–June, …). */
export function lastQuarter(today: Date): Period {
  const current = Math.floor(today.getMonth() / 3);
  const year = current === 0 ? today.getFullYear() - 1 : today.getFullYear();
  const quarter = current === 0 ? 3 : current - 1;
  const firstMonth = quarter * 3 + 1;
  return { from: iso(year, firstMonth, 1), to: iso(year, firstMonth + 2, lastDay(year, firstMonth + 2)) };
}

export const quickPeriods = { thisYear, lastYear, lastQuarter } as const;
export type QuickPeriod = keyof typeof quickPeriods;

/** A day as the lawyer types it (dd.mm.yyyy, or ISO), to the ISO day the core takes. */
const typedDay = z
  .string()
  .trim()
  .min(1, { message: 'required' })
  .transform((value, context) => {
    const parsed = parseTypedDate(value);
    if (!parsed || precisionOf(parsed) !== 'day') {
      context.addIssue({ code: 'custom', message: 'invalidFullDate' });
      return z.NEVER;
    }
    return parsed;
  });

/** Messages are codes: 'reports.form.<code>' when the catalog has one, 'form.<code>' otherwise. */
export const statisticsFormSchema = z
  .object({
    from: typedDay,
    to: typedDay,
    threshold: z
      .string()
      .trim()
      .regex(/^\d{1,3}$/, { message: 'thresholdRange' })
      .transform(Number)
      .pipe(suppressionThreshold),
  })
  .refine((value) => value.from <= value.to, { message: 'periodOrder', path: ['to'] });
export type StatisticsFormInput = z.input<typeof statisticsFormSchema>;
export type StatisticsFormOutput = z.output<typeof statisticsFormSchema>;
