import type { Language } from '../../../../shared/i18n';
import { countryName, languageName, namesLanguage } from '../../../../shared/records/codes';
import { countryCodes, languageCodes } from '../../../../shared/records/isoCodes';

export interface CodeOption {
  code: string;
  /** The name in the UI language. */
  name: string;
  /** Lower-case names in every UI language and the code itself, for matching what is typed. */
  search: string[];
}

/** The countries and languages the bureau meets most; they come first in every list. */
export const FREQUENT_COUNTRIES = ['UZ', 'TJ', 'KG', 'AF', 'CN', 'TM', 'RU', 'KZ'] as const;
export const FREQUENT_LANGUAGES = ['ru', 'uz', 'tg', 'ky', 'kk', 'fa', 'ps', 'ug', 'zh', 'tk', 'en'] as const;

const SEARCH_LANGUAGES: Language[] = ['ru', 'kk', 'en'];
const cache = new Map<string, CodeOption[]>();
/** A country's name for the screen in this UI language. */
export const countryLabel = (code: string, language: Language) => countryName(code, language);
/** A language's name for the screen in this UI language. */
export const languageLabel = (code: string, language: Language) => languageName(code, language);

function build(kind: 'country' | 'language', language: Language): CodeOption[] {
  const key = `${kind}:${language}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const codes: readonly string[] = kind === 'country' ? countryCodes : languageCodes;
  const nameOf = kind === 'country' ? countryName : languageName;
  const shownIn = namesLanguage(language);
  const collator = new Intl.Collator(shownIn);
  const options = codes
    .map((code) => ({
      code,
      name: nameOf(code, shownIn),
      search: [code.toLowerCase(), ...SEARCH_LANGUAGES.map((l) => nameOf(code, l).toLocaleLowerCase())],
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  cache.set(key, options);
  return options;
}

export const countryOptions = (language: Language) => build('country', language);
export const languageOptions = (language: Language) => build('language', language);

/**
 * Options for what was typed: names that start with it first, then names with a word that starts
 * with it, in any of the three UI languages or as the ISO code ("Узб", "uzb", "UZ" all find Uzbekistan).
 */
export function matchOptions(options: CodeOption[], query: string, frequent: readonly string[]): CodeOption[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) {
    const first = frequent.flatMap((code) => options.filter((o) => o.code === code));
    return [...first, ...options.filter((o) => !frequent.includes(o.code))];
  }
  const starts: CodeOption[] = [];
  const words: CodeOption[] = [];
  for (const option of options) {
    if (option.search.some((s) => s.startsWith(q))) starts.push(option);
    else if (option.search.some((s) => s.split(/[\s\-(),]+/).some((w) => w.startsWith(q)))) words.push(option);
  }
  const rank = (o: CodeOption) => (frequent.includes(o.code) ? 0 : 1);
  starts.sort((a, b) => rank(a) - rank(b));
  return [...starts, ...words];
}
