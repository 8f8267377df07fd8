import { describe, expect, it } from 'vitest';
import { defaultTableValue } from '../../shared/import/valueTables';
import { countryOf, dateOf, languageOf, parseWrittenDate, splitFullName } from './cellValues';
import { proposeMapping, targetForHeader } from './proposeMapping';

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
