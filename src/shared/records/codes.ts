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

/** Names in the UI's language from the runtime's CLDR data, with the fallback above. */
export function countryName(code: string, uiLanguage: string): string {
  return new Intl.DisplayNames([namesLanguage(uiLanguage)], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

export function languageName(code: string, uiLanguage: string): string {
  return new Intl.DisplayNames([namesLanguage(uiLanguage)], { type: 'language', fallback: 'code' }).of(code) ?? code;
}
