import { describe, expect, it } from 'vitest';
import { defaultTableValue } from '../../shared/import/valueTables';
import { countryOf, languageOf, splitFullName } from './cellValues';
import { proposeMapping, targetForHeader } from './proposeMapping';
import { readDateCell, readWrittenDate } from './writtenDates';

/** As if today were in 2026, the year the review found «14.08.27» stored as 1927. */
const THIS_YEAR = 2026;
const parseWrittenDate = (written: string) => {
  const reading = readWrittenDate(written, 'birth', THIS_YEAR);
  return 'iso' in reading ? reading.iso : undefined;
};
const dateOf = (cell: number | Date, date1904 = false) => {
  const reading = readDateCell(cell, 'event', { thisYear: THIS_YEAR, date1904 });
  return 'iso' in reading ? reading.iso : undefined;
};

describe('values as offices write them', () => {
  it('reads dates: dd.mm.yyyy, d.m.yy, month names, years, serial numbers', () => {
    expect(parseWrittenDate('14.05.1989')).toBe('1989-05-14');
    expect(parseWrittenDate('4.5.89')).toBe('1989-05-04');
    expect(parseWrittenDate('04/05/2021')).toBe('2021-05-04');
    expect(parseWrittenDate('1989-05-14')).toBe('1989-05-14');
    expect(parseWrittenDate('05.1989')).toBe('1989-05');
    expect(parseWrittenDate('май 2026')).toBe('2026-05');
    expect(parseWrittenDate('14 мая 1989 г.')).toBe('1989-05-14');
    expect(parseWrittenDate('1989 г.')).toBe('1989');
    expect(parseWrittenDate('1989')).toBe('1989');
    expect(parseWrittenDate('14.05.1989 0:00:00')).toBe('1989-05-14');
    expect(parseWrittenDate('31.02.1990')).toBeUndefined();
    expect(parseWrittenDate('когда-то')).toBeUndefined();
    expect(dateOf(32642)).toBe('1989-05-14');
    expect(dateOf(1989)).toBe('1989');
    expect(dateOf(new Date(Date.UTC(1989, 4, 14)))).toBe('1989-05-14');
  });

  it('reads a two-digit year by what the column holds, and refuses one that fits no plausible year', () => {
    const read = (written: string, role: 'birth' | 'event' | 'validity') => readWrittenDate(written, role, THIS_YEAR);
    // A certificate valid until «14.08.27» is valid until 2027, not 1927.
    expect(read('14.08.27', 'validity')).toEqual({ iso: '2027-08-14', twoDigitYear: { from: 1996, to: 2046 } });
    expect(read('14.08.46', 'validity')).toMatchObject({ iso: '2046-08-14' });
    expect(read('14.08.47', 'validity')).toEqual({ problem: 'ambiguousYear' });
    expect(read('14.08.96', 'validity')).toMatchObject({ iso: '1996-08-14' });
    // Births lie in the last hundred years: «4.5.89» is 1989, «01.01.26» a baby born this year.
    expect(read('4.5.89', 'birth')).toMatchObject({ iso: '1989-05-04', twoDigitYear: { from: 1927, to: 2026 } });
    expect(read('01.01.26', 'birth')).toMatchObject({ iso: '2026-01-01' });
    expect(read('01.01.27', 'birth')).toMatchObject({ iso: '1927-01-01' });
    // A refusal dated «03.02.98» is 1998; «03.02.27» is neither a refusal to come nor one of 1927.
    expect(read('03.02.98', 'event')).toMatchObject({ iso: '1998-02-03' });
    expect(read('03.02.26', 'event')).toMatchObject({ iso: '2026-02-03' });
    expect(read('03.02.27', 'event')).toEqual({ problem: 'ambiguousYear' });
    expect(read('03.02.76', 'event')).toEqual({ problem: 'ambiguousYear' });
    expect(read('03.02.77', 'event')).toMatchObject({ iso: '1977-02-03' });
    // A full year is never reinterpreted, and says nothing of a window.
    expect(read('14.08.1927', 'validity')).toEqual({ iso: '1927-08-14' });
    expect(read('31.02.27', 'validity')).toEqual({ problem: 'invalidDate' });
  });

  it('reads Excel serial numbers only where they can be days, in either date system', () => {
    // Serials below 61 are a day off in Excel's 1900 system, and a small number is an age, not a day.
    expect(dateOf(35)).toBeUndefined();
    expect(dateOf(60)).toBeUndefined();
    expect(dateOf(366)).toBeUndefined();
    expect(dateOf(367)).toBe('1901-01-01');
    // The same serial in a workbook that counts from 1904 is four years and a day later.
    expect(dateOf(32642, true)).toBe('1993-05-15');
  });

  it('reads countries in ru, kk, en, uz and their short forms, never guessing from an ethnic name', () => {
    for (const written of [
      'Узбекистан',
      'Өзбекстан',
      'Uzbekistan',
      'Oʻzbekiston',
      "O'zbekiston",
      'РУз',
      'гр. РУз',
      'UZ',
    ]) {
      expect(countryOf(written), written).toBe('UZ');
    }
    expect(countryOf('Таджикистан')).toBe('TJ');
    expect(countryOf('Тәжікстан')).toBe('TJ');
    expect(countryOf('КНР')).toBe('CN');
    expect(countryOf('Киргизия')).toBe('KG');
    expect(countryOf('Кыргызстан')).toBe('KG');
    expect(countryOf('Афганистан')).toBe('AF');
    expect(countryOf('узбек')).toBeUndefined();
    expect(countryOf('Атлантида')).toBeUndefined();
  });

  it('reads languages and sexes', () => {
    expect(languageOf('узбекский')).toBe('uz');
    expect(languageOf('узбекский язык')).toBe('uz');
    expect(languageOf('өзбек тілі')).toBe('uz');
    expect(languageOf('рус')).toBe('ru');
    expect(languageOf('дари')).toBe('fa');
    expect(languageOf('Tajik')).toBe('tg');
    for (const m of ['м', 'М.', 'муж.', 'мужской', 'male', 'ер']) expect(defaultTableValue('sex', m), m).toBe('male');
    for (const f of ['ж', 'жен.', 'female', 'әйел', 'ayol']) expect(defaultTableValue('sex', f), f).toBe('female');
    expect(defaultTableValue('caseStatus', 'Отказ')).toBe('refused');
    expect(defaultTableValue('caseStatus', 'в работе')).toBeUndefined();
  });

  it('splits «ФИО» into family, given and patronymic names', () => {
    expect(splitFullName('Абдурахмонов Рустам Ахмедович')).toEqual({
      familyName: 'Абдурахмонов',
      givenName: 'Рустам',
      patronymic: 'Ахмедович',
    });
    expect(splitFullName('Каримов Рустам Ахмед угли')).toMatchObject({ patronymic: 'Ахмед угли' });
    expect(splitFullName('Ли')).toEqual({ familyName: 'Ли' });
  });

  it('proposes targets from ru, kk, en and uz headers', () => {
    expect(targetForHeader('Ф.И.О.')).toBe('fullName');
    expect(targetForHeader('Аты-жөні')).toBe('fullName');
    expect(targetForHeader('Дата рождения (дд.мм.гггг)')).toBe('birthDate');
    expect(targetForHeader('Туған күні')).toBe('birthDate');
    expect(targetForHeader("Tug'ilgan sana")).toBe('birthDate');
    expect(targetForHeader('Nationality')).toBe('citizenship');
    expect(targetForHeader('Удостоверение / Срок действия')).toBe('certificateExpiresOn');
    expect(targetForHeader('Дата задержания')).toBe('detentionDate');
    expect(targetForHeader('Цвет глаз')).toBe('ignore');
    // One column per single target: the second «Фамилия» is left out, not overwriting the first.
    expect(proposeMapping(['Фамилия', 'Surname']).columns.map((c) => c.target)).toEqual(['familyName', 'ignore']);
  });
});
