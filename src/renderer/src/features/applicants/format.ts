import type { Language, MessageKey } from '../../../../shared/i18n';
import { formatPartialDate, isValidPartialDate, precisionOf } from '../../../../shared/records/partialDate';
import { type NameParts, personName } from '../../../../shared/records/personName';
import type { Translate } from '../../i18n/I18nProvider';

export { approximateAgeText } from '../../../../shared/records/ageText';

/** "NAZAROV Sherali Jamshedovich": the family name in capitals, as on Kazakh court papers. */
export function fullName(person: NameParts): string {
  return personName(person);
}

/** A stored partial date as the lawyer reads it (dd.mm.yyyy, mm.yyyy or yyyy); empty stays empty. */
export function showDate(value: string | undefined): string {
  return value ? formatPartialDate(value) : '';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant (ISO timestamp) as local dd.mm.yyyy. */
export function showDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

/** An instant (ISO timestamp) as local dd.mm.yyyy HH:MM. */
export function showDayAndTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${showDay(iso)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Today as an ISO day in local time, for comparing with partial dates. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The last day a partial date can mean: 2026 → 2026-12-31, 2026-02 → 2026-02-28. */
export function lastDayOf(value: string): string {
  if (precisionOf(value) === 'day') return value;
  const [year = '0', month] = value.split('-');
  if (!month) return `${year}-12-31`;
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${pad(days)}`;
}

export type Validity = 'expired' | 'soon' | 'valid';
const SOON_DAYS = 14;

/** Whether a document with this expiry date still protects its holder today. */
export function validityOf(expiresOn: string | undefined, now: Date = new Date()): Validity | undefined {
  if (!expiresOn || !isValidPartialDate(expiresOn)) return undefined;
  const last = lastDayOf(expiresOn);
  const today = todayIso(now);
  if (last < today) return 'expired';
  const soon = new Date(now.getFullYear(), now.getMonth(), now.getDate() + SOON_DAYS);
  return last <= todayIso(soon) ? 'soon' : 'valid';
}

/**
 * What a partial date means, in words: "14 May 1989", "May 1989 (day unknown)", "1989 (year only)".
 * Month names come from the catalogs, not from the runtime's CLDR data (which may lack Kazakh).
 */
export function describePartialDate(t: Translate, value: string): string {
  const [year = '', month = '', day = ''] = value.split('-');
  const n = Number(month);
  const monthKey = `applicants.month.${n}` as MessageKey;
  const monthOfKey = `applicants.monthOf.${n}` as MessageKey;
  switch (precisionOf(value)) {
    case 'day':
      return t('applicants.date.day', { day: Number(day), monthOf: t(monthOfKey), year });
    case 'month':
      return t('applicants.date.monthOnly', { date: t('applicants.date.month', { month: t(monthKey), year }) });
    case 'year':
      return t('applicants.date.yearOnly', { year });
  }
}

/** The message families that have a form per plural category (`<base>.one`, `.few`, `.many`, `.other`). */
export type PluralMessage =
  | 'applicants.count'
  | 'applicants.deadlines.count'
  | 'applicants.deadlines.overdueBy'
  | 'applicants.deadlines.dueIn';

/** "1 день", "3 дня", "5 дней": the form of `base` the language needs for `count`. */
export function countIn(t: Translate, language: Language, base: PluralMessage, count: number): string {
  const category = new Intl.PluralRules(language).select(count);
  const form = category === 'one' || category === 'few' || category === 'many' ? category : 'other';
  const key: MessageKey = `${base}.${form}`;
  return t(key, { count: count.toLocaleString(language) });
}

/** "1 applicant", "3 заявителя", "5 заявителей": the plural form the language needs. */
export function countApplicants(t: Translate, language: Language, count: number): string {
  return countIn(t, language, 'applicants.count', count);
}

/** Whole days from one ISO day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
    return Date.UTC(year, month - 1, date);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
