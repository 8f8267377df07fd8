import { foldKey } from '../../shared/import/fold';
import { countryCodes, languageCodes } from '../../shared/records/isoCodes';
import { countryShortForms, languageShortForms, statelessForms } from '../../shared/records/isoNames';
import { formatPartialDate } from '../../shared/records/partialDate';
import { type Cell, isFault } from './sheetGrid';
import { isoOfDate } from './writtenDates';

/** The locales whose CLDR names a cell may use: the office's languages and its clients'. */
const NAME_LOCALES = ['ru', 'kk', 'en', 'uz', 'uz-Cyrl', 'tg', 'ky'];
/** Words around a language's name that do not name it: «узбекский язык», «өзбек тілі», «oʻzbek tili». */
const LANGUAGE_WORDS = /\s(язык|тілі|тили|tili|tilі|language|zaboni|забони)$/;
const CITIZEN_WORDS = /^(гражданин|гражданка|гражданство|гр|граждан|подданный|азаматы|fuqarosi|citizen of)\s+/;

/** A cell as the spreadsheet shows it: dates as dd.mm.yyyy, a formula or an error as written. */
export function cellText(cell: Cell): string {
  if (cell === undefined) return '';
  if (cell instanceof Date) return formatPartialDate(isoOfDate(cell));
  if (isFault(cell)) return cell.text;
  return String(cell).trim();
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
