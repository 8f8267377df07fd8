import { z } from 'zod';

/**
 * Dates as the bureau knows them: a year (`1989`), a month (`1989-05`) or a day (`1989-05-14`).
 * Birth dates of people who fled are often known only to the year; inventing a day would be a lie
 * in a court document.
 */
const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export type DatePrecision = 'year' | 'month' | 'day';

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidPartialDate(value: string): boolean {
  const match = PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

export function precisionOf(value: string): DatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

export const partialDate = z.string().trim().refine(isValidPartialDate, { message: 'invalidDate' });
/** Events that happened on a known day (a detention, a notification) need the full date. */
export const fullDate = z
  .string()
  .trim()
  .refine((v) => isValidPartialDate(v) && precisionOf(v) === 'day', { message: 'invalidFullDate' });

/** dd.mm.yyyy, mm.yyyy or yyyy, as Kazakh and Russian documents write dates. */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (day && month) return `${day}.${month}.${year}`;
  if (month) return `${month}.${year}`;
  return year ?? value;
}

/** Parses what a lawyer types (dd.mm.yyyy, mm.yyyy, yyyy or ISO) into the stored ISO form. */
export function parseTypedDate(input: string): string | undefined {
  const text = input.trim();
  if (isValidPartialDate(text)) return text;
  const dotted = /^(?:(\d{1,2})\.)?(?:(\d{1,2})\.)?(\d{4})$/.exec(text);
  if (!dotted) return undefined;
  const [, first, second, year] = dotted;
  const pad = (n: string) => n.padStart(2, '0');
  const iso = second ? `${year}-${pad(second)}-${pad(first ?? '')}` : first ? `${year}-${pad(first)}` : `${year}`;
  return isValidPartialDate(iso) ? iso : undefined;
}
