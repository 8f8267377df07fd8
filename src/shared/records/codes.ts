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

/** Names in the UI's language from the runtime's CLDR data (Node and Chromium both ship it). */
export function countryName(code: string, uiLanguage: string): string {
  return new Intl.DisplayNames([uiLanguage], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

export function languageName(code: string, uiLanguage: string): string {
  return new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' }).of(code) ?? code;
}
