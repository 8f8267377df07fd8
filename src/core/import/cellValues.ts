import { foldKey } from '../../shared/import/fold';
import { countryCodes, languageCodes } from '../../shared/records/isoCodes';
import { countryShortForms, languageShortForms, statelessForms } from '../../shared/records/isoNames';
import { daysInMonth, isValidPartialDate, MAX_YEAR, MIN_YEAR } from '../../shared/records/partialDate';
import type { Cell } from './sheetGrid';

/** The locales whose CLDR names a cell may use: the office's languages and its clients'. */
const NAME_LOCALES = ['ru', 'kk', 'en', 'uz', 'uz-Cyrl', 'tg', 'ky'];
/** Words around a language's name that do not name it: «узбекский язык», «өзбек тілі», «oʻzbek tili». */
const LANGUAGE_WORDS = /\s(язык|тілі|тили|tili|tilі|language|zaboni|забони)$/;
const CITIZEN_WORDS = /^(гражданин|гражданка|гражданство|гр|граждан|подданный|азаматы|fuqarosi|citizen of)\s+/;

export function cellText(cell: Cell): string {
  if (cell === undefined) return '';
  if (cell instanceof Date) return formatIso(isoOfDate(cell));
  return String(cell).trim();
}

function formatIso(iso: string): string {
  const [y, m, d] = iso.split('-');
  return d ? `${d}.${m}.${y}` : m ? `${m}.${y}` : (y ?? '');
}

function isoOfDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * Written name → code, built once on first use: the CLDR names in every locale of NAME_LOCALES
 * (each also without `drop`, e.g. «язык»), the code itself, and the short forms.
 */
function namesLookup(
  type: 'region' | 'language',
  codes: readonly string[],
  shortForms: Record<string, readonly string[]>,
  drop?: RegExp,
): (key: string) => string | undefined {
  let map: Map<string, string> | undefined;
  const build = () => {
    const names = new Map<string, string>();
    for (const locale of NAME_LOCALES) {
      const display = new Intl.DisplayNames([locale], { type, fallback: 'none' });
      for (const code of codes) {
        const name = display.of(code);
        if (!name) continue;
        names.set(foldKey(name), code);
        if (drop) names.set(foldKey(name).replace(drop, ''), code);
      }
    }
    for (const code of codes) names.set(code.toLowerCase(), code);
    for (const [code, forms] of Object.entries(shortForms)) for (const form of forms) names.set(foldKey(form), code);
    return names;
  };
  return (key) => {
    map ??= build();
    return map.get(key);
  };
}

const countryByName = namesLookup('region', countryCodes, countryShortForms);
const languageByName = namesLookup('language', languageCodes, languageShortForms, LANGUAGE_WORDS);

const STATELESS = new Set(statelessForms.map(foldKey));

export function isStateless(written: string): boolean {
  return STATELESS.has(foldKey(written));
}

export function countryOf(written: string): string | undefined {
  const key = foldKey(written);
  return countryByName(key) ?? countryByName(key.replace(CITIZEN_WORDS, ''));
}

export function languageOf(written: string): string | undefined {
  const key = foldKey(written);
  return languageByName(key) ?? languageByName(key.replace(LANGUAGE_WORDS, ''));
}

/** «UZ, KZ», «Узбекистан; Россия», «узбекский и русский»: one cell, several entries. */
export function splitList(written: string): string[] {
  return written
    .split(/[,;/\n]|\s+и\s+|\s+and\s+|\s+ва\s+|\s+және\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
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

/** Two-digit years: up to this year's two digits is this century, above is the last. */
function fullYear(written: string): number {
  if (written.length === 4) return Number(written);
  const yy = Number(written);
  const now = new Date().getFullYear();
  return yy <= now % 100 ? 2000 + yy : 1900 + yy;
}

function dayIso(year: number, month: number, day: number): string | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A date as offices write it: 14.05.1989, 4.5.89, 14/05/1989, 1989-05-14, 05.1989, «май 2026»,
 * «14 мая 1989 г.», 1989 or «1989 г.». Returns the ISO partial date, or undefined.
 */
export function parseWrittenDate(written: string): string | undefined {
  const text = foldKey(written.replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '')).replace(/\s*(г|год|года|ж|жыл|y|yil)$/, '');
  if (isValidPartialDate(written.trim())) return written.trim();
  let match = /^(\d{1,2}) (\d{1,2}) (\d{2}|\d{4})$/.exec(text);
  if (match) return dayIso(fullYear(match[3] ?? ''), Number(match[2]), Number(match[1]));
  match = /^(\d{4}) (\d{1,2}) (\d{1,2})$/.exec(text);
  if (match) return dayIso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2}) (\d{4})$/.exec(text);
  if (match) {
    const iso = `${match[2]}-${pad(Number(match[1]))}`;
    return isValidPartialDate(iso) ? iso : undefined;
  }
  match = /^(\d{4})$/.exec(text);
  if (match) return isValidPartialDate(text) ? text : undefined;
  match = /^(?:(\d{1,2}) )?(\p{L}+) (\d{4})$/u.exec(text);
  const month = match ? MONTHS[match[2] ?? ''] : undefined;
  if (match && month) {
    const year = Number(match[3]);
    if (match[1]) return dayIso(year, month, Number(match[1]));
    const iso = `${year}-${pad(month)}`;
    return isValidPartialDate(iso) ? iso : undefined;
  }
  return undefined;
}

/** Excel counts days from 30.12.1899 (its 1900 leap-year bug included), so serial 32642 is 14.05.1989. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date cell: a real date (exceljs reads date-formatted serials as dates), a bare serial number, a
 * year written as a number (1989), or text.
 */
export function dateOf(cell: Cell): string | undefined {
  if (cell instanceof Date) {
    const iso = isoOfDate(cell);
    return isValidPartialDate(iso) ? iso : undefined;
  }
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= MIN_YEAR && cell <= MAX_YEAR) return String(cell);
    if (cell < 1 || cell > 100_000) return undefined;
    const iso = isoOfDate(new Date(EXCEL_EPOCH + Math.floor(cell) * 86_400_000));
    return isValidPartialDate(iso) ? iso : undefined;
  }
  return typeof cell === 'string' ? parseWrittenDate(cell) : undefined;
}

const PATRONYMIC_TAILS = new Set([
  'угли',
  'уғли',
  'ўғли',
  'оглы',
  'огли',
  'ogli',
  'ugli',
  'кызы',
  'қизи',
  'кизи',
  'qizi',
  'гызы',
  'улы',
  'ұлы',
  'uly',
  'kyzy',
  'қызы',
]);

/**
 * «Абдурахмонов Рустам Ахмедович» → family, given, patronymic, as Russian-language lists write
 * them. The patronymic takes the rest, so «Каримов Рустам Ахмед угли» keeps «Ахмед угли».
 */
export function splitFullName(written: string): { familyName?: string; givenName?: string; patronymic?: string } {
  const parts = written.replace(/[,;]/g, ' ').split(/\s+/).filter(Boolean);
  const [familyName, givenName, ...rest] = parts;
  const patronymic = rest.join(' ');
  return {
    ...(familyName ? { familyName } : {}),
    ...(givenName && !PATRONYMIC_TAILS.has(foldKey(givenName)) ? { givenName } : {}),
    ...(patronymic ? { patronymic } : {}),
  };
}
