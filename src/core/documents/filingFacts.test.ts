import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countryName } from '../../shared/records/codes';
import { countryCodes } from '../../shared/records/isoCodes';
import { openTestWorkspace } from '../testing/openWorkspace';
import { countryInCase, RUSSIAN_COUNTRY_FORMS } from './countryForms';
import { whenDate } from './dates';
import { checkDocument, generateDocument } from './documentService';
import { docxParagraphs, openDocx } from './docxFile';

describe('countries in Russian filings', () => {
  it('are declined from a written-out table, not by rules for city names', () => {
    const genitive = (code: string) => countryInCase(countryName(code, 'ru'), 'genitive', 'ru').text;
    // What lvovich's city rules made of them: «Беларуся», «Египета», «КНДРа», «Соединенных Штаты».
    expect(genitive('BY')).toBe('Беларуси');
    expect(genitive('EG')).toBe('Египта');
    expect(genitive('KP')).toBe('КНДР');
    expect(genitive('US')).toBe('Соединенных Штатов');
    expect(genitive('KR')).toBe('Республики Корея');
    expect(genitive('UZ')).toBe('Узбекистана');
    const to = (code: string) => countryInCase(countryName(code, 'ru'), 'to', 'ru').text;
    expect(to('UZ')).toBe('в Узбекистан');
    expect(to('CU')).toBe('на Кубу');
    expect(to('BY')).toBe('в Беларусь');
  });

  it('print the name as it is, and say so, for every code without a reviewed form: never a guess', () => {
    let reviewed = 0;
    for (const code of countryCodes) {
      const name = countryName(code, 'ru');
      for (const form of ['genitive', 'to'] as const) {
        const result = countryInCase(name, form, 'ru');
        if (RUSSIAN_COUNTRY_FORMS.has(name)) {
          expect(result.reviewed, code).toBe(true);
          if (form === 'genitive') reviewed += 1;
        } else {
          expect(result, code).toEqual({ text: name, reviewed: false });
        }
      }
    }
    // Every sovereign State the app offers has a form; what is left are territories.
    expect(reviewed).toBeGreaterThanOrEqual(193);
    expect(countryInCase('Беларусь', 'genitive', 'kk')).toEqual({ text: 'Беларусь', reviewed: true });
  });
});

describe('dates inside a sentence', () => {
  it('put a date known to the month or the year in the case the sentence needs', () => {
    expect(whenDate('2026-05', 'ru')).toBe('в мае 2026 г.');
    expect(whenDate('2026', 'ru')).toBe('в 2026 г.');
    expect(whenDate('2026-05-15', 'ru')).toBe('15 мая 2026 г.');
    expect(whenDate('2026-05', 'kk')).toBe('2026 жылғы мамырда');
    expect(whenDate('2026-05-15', 'en')).toBe('on 15 May 2026');
    expect(whenDate('2026-05', 'en')).toBe('in May 2026');
  });
});

describe('a filing before the office has named itself', () => {
  let env: Awaited<ReturnType<typeof openTestWorkspace>>;
  beforeEach(async () => {
    env = await openTestWorkspace();
  });
  afterEach(() => env.close());

  it("leaves a line where the office's name goes, never the app's name", () => {
    const applicantId = env.workspace.applicants.create({
      familyName: 'Назаров',
      givenName: 'Шерали',
      sex: 'male',
      citizenship: ['TJ'],
      aliases: [],
      languages: [],
      documents: [],
    });
    const request = { applicantId, templateId: 'power-of-attorney', language: 'ru' as const, blanks: {} };
    expect(checkDocument(env.workspace, request).gaps).toContain('office.name');
    const { attachmentId } = generateDocument(env.workspace, request);
    const bytes = Buffer.from(env.workspace.attachments.content(attachmentId).contentBase64, 'base64');
    expect(docxParagraphs(openDocx(bytes)).join('\n')).not.toContain('Panoh');
  });
});
