import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { invalidInput } from '../errors';
import { applicantFieldsSchema } from './applicant';
import { countryName, languageName } from './codes';
import { eventFieldsSchema } from './events';
import { formatPartialDate, isValidPartialDate, parseTypedDate } from './partialDate';

function problems(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? [] : invalidInput(result.error.issues).fields;
}

describe('partial dates', () => {
  it('accept a year, a month or a day, and refuse impossible ones', () => {
    for (const ok of ['1989', '1989-05', '1989-05-14', '2024-02-29', '2000-02-29'])
      expect(isValidPartialDate(ok), ok).toBe(true);
    for (const bad of [
      '89',
      '1989-5',
      '1989-13',
      '1989-00',
      '2023-02-29',
      '1900-02-29',
      '2026-04-31',
      '1989-05-14T00:00',
      '1899',
      'вчера',
    ])
      expect(isValidPartialDate(bad), bad).toBe(false);
  });

  it('are shown and typed as dd.mm.yyyy', () => {
    expect(formatPartialDate('1989-05-14')).toBe('14.05.1989');
    expect(formatPartialDate('1989-05')).toBe('05.1989');
    expect(formatPartialDate('1989')).toBe('1989');
    expect(parseTypedDate('4.5.1989')).toBe('1989-05-04');
    expect(parseTypedDate('05.1989')).toBe('1989-05');
    expect(parseTypedDate('31.02.1989')).toBeUndefined();
  });
});

describe('applicant schema', () => {
  it('accepts a minimal and a full record', () => {
    expect(applicantFieldsSchema.parse({ familyName: 'Назаров' })).toMatchObject({
      sex: 'unknown',
      caseStatus: 'intake',
      aliases: [],
    });
    expect(
      applicantFieldsSchema.safeParse({
        familyName: 'Gʻofurov',
        givenName: 'Oʻtkir',
        aliases: ['Гафуров Уткир'],
        birthDate: '1979',
        citizenship: ['uz'],
        languages: ['UZ'],
        documents: [{ kind: 'passport', number: 'FA1234567', expiresOn: '2030-01-01' }],
        consent: { given: true, shareWith: ['unhcr', 'courts'] },
      }).success,
    ).toBe(true);
  });

  it('names the field and the problem: bad date, unknown country, oversized text, markup in names', () => {
    expect(problems(applicantFieldsSchema, { familyName: 'A', birthDate: '1989-02-30' })).toEqual([
      { path: 'birthDate', issue: 'invalidDate' },
    ]);
    expect(problems(applicantFieldsSchema, { familyName: 'A', citizenship: ['SU'] })).toEqual([
      { path: 'citizenship.0', issue: 'unknownCountry' },
    ]);
    expect(problems(applicantFieldsSchema, { familyName: 'A', notes: 'ж'.repeat(20_001) })).toEqual([
      { path: 'notes', issue: 'tooLong' },
    ]);
    expect(problems(applicantFieldsSchema, { familyName: 'A'.repeat(121) })).toEqual([
      { path: 'familyName', issue: 'tooLong' },
    ]);
    expect(problems(applicantFieldsSchema, { familyName: '<img src=x onerror=alert(1)>' })).toEqual([
      { path: 'familyName', issue: 'markup' },
    ]);
    expect(problems(applicantFieldsSchema, { familyName: 'A', aliases: ['B&#x3C;'] })).toEqual([
      { path: 'aliases.0', issue: 'markup' },
    ]);
    expect(problems(applicantFieldsSchema, { familyName: 'Abc\u0000' })).toEqual([
      { path: 'familyName', issue: 'controlCharacters' },
    ]);
    // A person needs one name at least: a family name, or the only name they are known by.
    expect(problems(applicantFieldsSchema, { familyName: '  ' })).toEqual([
      { path: 'familyName', issue: 'nameRequired' },
    ]);
    expect(problems(applicantFieldsSchema, { givenName: ' ' })).toEqual([
      { path: 'familyName', issue: 'nameRequired' },
    ]);
    expect(applicantFieldsSchema.parse({ givenName: 'Гульнара' })).toMatchObject({ givenName: 'Гульнара' });
    expect(applicantFieldsSchema.parse({ givenName: 'Гульнара' }).familyName).toBeUndefined();
    expect(problems(applicantFieldsSchema, { familyName: 'A', languages: ['xx'] })).toEqual([
      { path: 'languages.0', issue: 'unknownLanguage' },
    ]);
  });
});

describe('event schema', () => {
  it('checks each event type by its own fields', () => {
    expect(
      eventFieldsSchema.safeParse({ type: 'decision', decidedOn: '2026-08-15', outcome: 'refused', reasons: null })
        .success,
    ).toBe(true);
    expect(problems(eventFieldsSchema, { type: 'decision', decidedOn: '2026-08-15', outcome: 'maybe' })).toEqual([
      { path: 'outcome', issue: 'invalidChoice' },
    ]);
    expect(problems(eventFieldsSchema, { type: 'extradition', requestingState: 'ZZ', receivedOn: '2026' })).toEqual([
      { path: 'requestingState', issue: 'unknownCountry' },
    ]);
    expect(problems(eventFieldsSchema, { type: 'teleport', date: '2026' })).toEqual([
      { path: 'type', issue: 'invalidChoice' },
    ]);
  });
});

describe('country and language names', () => {
  it('come in Russian, Kazakh and English', () => {
    expect([countryName('UZ', 'ru'), countryName('UZ', 'kk'), countryName('UZ', 'en')]).toEqual([
      'Узбекистан',
      'Өзбекстан',
      'Uzbekistan',
    ]);
    expect(languageName('tg', 'kk')).toBe('тәжік тілі');
  });
});
