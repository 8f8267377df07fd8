import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages, translate } from '../../../shared/i18n';
import { countryName, languageName } from '../../../shared/records/codes';
import { countryCodes, languageCodes } from '../../../shared/records/isoCodes';
import { reportFonts } from './fonts';
import { PDF_MESSAGE_PREFIXES, pdfMessageKeys, pdfText } from './pdfMessages';

const fonts = reportFonts();

/** Characters neither font of the report draws, with where they came from. */
function missing(texts: Iterable<[string, string]>): string[] {
  const found = new Map<string, string>();
  for (const [where, text] of texts) {
    for (const char of text) {
      if (/\s/u.test(char) || found.has(char)) continue;
      const code = char.codePointAt(0) ?? 0;
      if (!fonts.regular.hasGlyphForCodePoint(code) || !fonts.bold.hasGlyphForCodePoint(code))
        found.set(char, `U+${code.toString(16).toUpperCase().padStart(4, '0')} "${char}" in ${where}`);
    }
  }
  return [...found.values()];
}

/** Source text that prints, without comments: what a string literal of the PDF code can emit. */
function codeWithoutComments(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const here = __dirname;
const pdfSources = [
  ...readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(here, f)),
  ...['../caseSummaryPdf.ts', '../statisticsPdf.ts'].map((f) => join(here, f)),
  ...['../../../shared/reports/labels.ts', '../../../shared/reports/documentText.ts'].map((f) => join(here, f)),
  join(here, '../../../shared/records/eventText.ts'),
  join(here, '../../../shared/records/partialDate.ts'),
];

describe('the embedded Noto Sans', () => {
  it('draws every character of every catalog text a PDF may print, in ru, kk and en', () => {
    const texts = languages.flatMap((language) =>
      pdfMessageKeys().map((key): [string, string] => [
        `${language}:${key}`,
        // Placeholders are filled with dates, numbers and names, checked below or typed by users.
        translate(language, key).replace(/\{\w+\}/g, ''),
      ]),
    );
    expect(texts.length).toBeGreaterThan(300);
    expect(missing(texts)).toEqual([]);
  });

  it('draws every country and language name in the three languages', () => {
    const names = languages.flatMap((language) => [
      ...countryCodes.map((code): [string, string] => [`${language}:${code}`, countryName(code, language)]),
      ...languageCodes.map((code): [string, string] => [`${language}:${code}`, languageName(code, language)]),
    ]);
    expect(missing(names)).toEqual([]);
  });

  it('draws every character the PDF code itself writes (string literals, separators, dates)', () => {
    const texts = pdfSources.map((path): [string, string] => [path, codeWithoutComments(path)]);
    expect(texts.length).toBeGreaterThan(6);
    expect(missing([...texts, ['digits and date marks', '0123456789.:–-/<>()…·;,"']])).toEqual([]);
  });

  it('finds what it looks for: the arrow that printed as an empty box is not in the font', () => {
    expect(missing([['old document line', '→ 01.02.2030']])).toEqual(['U+2192 "→" in old document line']);
  });

  it('is asked only for the texts it was checked against', () => {
    const text = pdfText('kk');
    expect(text.t('report.case.title')).toBe(translate('kk', 'report.case.title'));
    expect(() => text.t('error.EXPORT_FOLDER_DENIED')).toThrow(/outside PDF_MESSAGE_PREFIXES/);
    expect(PDF_MESSAGE_PREFIXES.every((prefix) => prefix.endsWith('.'))).toBe(true);
  });
});
