import { z } from 'zod';
import { countryCodes, languageCodes } from './isoCodes';

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.enum(countryCodes, { message: 'unknownCountry' }));
export const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(languageCodes, { message: 'unknownLanguage' }));

const namesIn = new Map<string, string>();

/**
 * The language to name countries and languages in. A runtime whose CLDR data lacks the UI
 * language (Debian's Chromium has no Kazakh names; Node has) would print English names or bare
 * codes; Russian, which every lawyer of the bureau reads, is the better fallback then.
 */
export function namesLanguage(language: string): string {
  const known = namesIn.get(language);
  if (known) return known;
  let chosen = language;
  if (language !== 'en') {
    const local = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' }).of('de');
    const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of('de');
    if (!local || local === english) chosen = language === 'ru' ? 'en' : namesLanguage('ru');
  }
  namesIn.set(language, chosen);
  return chosen;
}

/**
 * Official short names where CLDR's differ from the name the state uses itself (docs/glossary.md,
 * "Countries"): CLDR's Russian "Киргизия" is Кыргызстан in Kazakh and Kyrgyz official Russian.
 */
const OFFICIAL_NAMES: Record<string, Record<string, string>> = { ru: { KG: 'Кыргызстан' } };

/** Names in the UI's language from the runtime's CLDR data, with the fallback above. */
export function countryName(code: string, uiLanguage: string): string {
  const language = namesLanguage(uiLanguage);
  const official = OFFICIAL_NAMES[language]?.[code.toUpperCase()];
  if (official) return official;
  return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

export function languageName(code: string, uiLanguage: string): string {
  return new Intl.DisplayNames([namesLanguage(uiLanguage)], { type: 'language', fallback: 'code' }).of(code) ?? code;
}
