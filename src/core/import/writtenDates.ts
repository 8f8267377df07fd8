import { iso } from '../../shared/deadlines/dateMath';
import type { DateRole } from '../../shared/import/columnTargets';
import { foldKey } from '../../shared/import/fold';
import { daysInMonth, isValidPartialDate, MAX_YEAR, MIN_YEAR, parseTypedDate } from '../../shared/records/partialDate';
import type { Cell } from './sheetGrid';

/** A date cell read: the ISO partial date (and the years a two-digit year was read within), or why not. */
export type DateReading =
  | { iso: string; twoDigitYear?: { from: number; to: number } }
  | { problem: 'invalidDate' | 'ambiguousYear' };

/**
 * The years a two-digit year may stand for, by what the date is. A birth date lies in the last
 * hundred years. An event of a case (a detention, a refusal) in the last fifty: «03.02.98» is 1998,
 * and «03.02.27» is neither 1927 nor a refusal to come, so it is refused. A validity date («Срок
 * действия: 14.08.27») may lie twenty years ahead or thirty back: 2027, never 1927.
 */
export function yearWindow(role: DateRole, thisYear: number): { from: number; to: number } {
  switch (role) {
    case 'birth':
      return { from: thisYear - 99, to: thisYear };
    case 'event':
      return { from: thisYear - 49, to: thisYear };
    case 'validity':
      return { from: thisYear - 30, to: thisYear + 20 };
  }
}

/** The one year in the window ending in these two digits, if there is one. */
function fullYear(yy: number, window: { from: number; to: number }): number | undefined {
  for (let year = window.from; year <= window.to; year += 1) if (year % 100 === yy) return year;
  return undefined;
}

const MONTHS: Record<string, number> = {};
{
  const forms: string[][] = [
    ['январь', 'января', 'янв', 'қаңтар', 'january', 'jan', 'yanvar'],
    ['февраль', 'февраля', 'фев', 'февр', 'ақпан', 'february', 'feb', 'fevral'],
    ['март', 'марта', 'мар', 'наурыз', 'march', 'mar', 'mart'],
    ['апрель', 'апреля', 'апр', 'сәуір', 'april', 'apr', 'aprel'],
    ['май', 'мая', 'мамыр', 'may', 'may'],
    ['июнь', 'июня', 'июн', 'маусым', 'june', 'jun', 'iyun'],
    ['июль', 'июля', 'июл', 'шілде', 'july', 'jul', 'iyul'],
    ['август', 'августа', 'авг', 'тамыз', 'august', 'aug', 'avgust'],
    ['сентябрь', 'сентября', 'сен', 'сент', 'қыркүйек', 'september', 'sep', 'sept', 'sentabr'],
    ['октябрь', 'октября', 'окт', 'қазан', 'october', 'oct', 'oktabr'],
    ['ноябрь', 'ноября', 'ноя', 'нояб', 'қараша', 'november', 'nov', 'noyabr'],
    ['декабрь', 'декабря', 'дек', 'желтоқсан', 'december', 'dec', 'dekabr'],
  ];
  forms.forEach((names, index) => {
    for (const name of names) MONTHS[name] = index + 1;
  });
}

const pad = (n: number) => String(n).padStart(2, '0');
const invalid: DateReading = { problem: 'invalidDate' };

function dayReading(year: number, month: number, day: number): DateReading {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return invalid;
  if (day > daysInMonth(year, month)) return invalid;
  return { iso: `${year}-${pad(month)}-${pad(day)}` };
}

const partial = (value: string): DateReading => (isValidPartialDate(value) ? { iso: value } : invalid);

/** d.m.yy, dd/mm/yy: the day read with its year taken from the window, and the window said. */
function twoDigitDay(day: number, month: number, yy: number, role: DateRole, thisYear: number): DateReading {
  const window = yearWindow(role, thisYear);
  const year = fullYear(yy, window);
  if (year === undefined) return { problem: 'ambiguousYear' };
  const reading = dayReading(year, month, day);
  return 'iso' in reading ? { ...reading, twoDigitYear: window } : reading;
}

/**
 * A date as offices write it: what the forms take (14.05.1989, 05.1989, 1989, ISO), and also
 * 4.5.89, 14/05/1989, «май 2026», «14 мая 1989 г.», «1989 г.», or a time after the day.
 */
export function readWrittenDate(written: string, role: DateRole, thisYear: number): DateReading {
  const typed = parseTypedDate(written);
  if (typed) return { iso: typed };
  const text = foldKey(written.replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '')).replace(/\s*(г|год|года|ж|жыл|y|yil)$/, '');
  let match = /^(\d{1,2}) (\d{1,2}) (\d{2}|\d{4})$/.exec(text);
  if (match) {
    const [day, month, year] = [Number(match[1]), Number(match[2]), match[3] ?? ''];
    return year.length === 2
      ? twoDigitDay(day, month, Number(year), role, thisYear)
      : dayReading(Number(year), month, day);
  }
  match = /^(\d{4}) (\d{1,2}) (\d{1,2})$/.exec(text);
  if (match) return dayReading(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2}) (\d{4})$/.exec(text);
  if (match) return partial(`${match[2]}-${pad(Number(match[1]))}`);
  if (/^\d{4}$/.test(text)) return partial(text);
  match = /^(?:(\d{1,2}) )?(\p{L}+) (\d{4})$/u.exec(text);
  const month = match ? MONTHS[match[2] ?? ''] : undefined;
  if (match && month) {
    const year = Number(match[3]);
    return match[1] ? dayReading(year, month, Number(match[1])) : partial(`${year}-${pad(month)}`);
  }
  return invalid;
}

/** Excel counts days from 30.12.1899 (its 1900 leap-year bug included); a 1904 workbook from 01.01.1904. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);
/**
 * Serial 61 is 01.03.1900, the first day Excel counts right; 367 is 01.01.1901. A smaller number in
 * a date column is an age or a count, not a day.
 */
const FIRST_SERIAL = 367;

export function isoOfDate(date: Date): string {
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * A date cell: a real date (exceljs reads date-formatted serials as dates), a bare serial number, a
 * year written as a number (1989), or text.
 */
export function readDateCell(
  cell: Cell,
  role: DateRole,
  options: { date1904?: boolean | undefined; thisYear: number },
): DateReading {
  if (cell instanceof Date) return partial(isoOfDate(cell));
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= MIN_YEAR && cell <= MAX_YEAR) return { iso: String(cell) };
    if (cell < FIRST_SERIAL || cell > 100_000) return invalid;
    const epoch = options.date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH;
    return partial(isoOfDate(new Date(epoch + Math.floor(cell) * 86_400_000)));
  }
  if (typeof cell === 'string') return readWrittenDate(cell, role, options.thisYear);
  return invalid;
}
