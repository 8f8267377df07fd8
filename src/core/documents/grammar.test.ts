import { describe, expect, it } from 'vitest';
import { nameKey } from '../../shared/records/nameForms';
import { longDate } from './dates';
import { filingName, fullName, shortName } from './names';
import { kazakhCardinal, periodText } from './numberWords';

const person = (familyName: string, givenName?: string, patronymic?: string, extra: object = {}) => ({
  familyName,
  givenName,
  patronymic,
  aliases: [],
  sex: 'unknown' as const,
  ...extra,
});

describe('names in filings', () => {
  it('declines Russian and Central Asian names into the cases a filing needs', () => {
    const cases = filingName(person('Абдурахмонов', 'Умарали', undefined, { sex: 'male' }), 'ru').cases;
    expect(fullName(cases.genitive)).toBe('Абдурахмонова Умарали');
    expect(fullName(cases.dative)).toBe('Абдурахмонову Умарали');
    const woman = filingName(person('Нурланова', 'Айгуль', 'Кайратовна', { sex: 'female' }), 'ru').cases;
    expect(shortName(woman.genitive, woman.nominative)).toBe('Нурлановой А.К.');
    expect(fullName(woman.instrumental)).toBe('Нурлановой Айгуль Кайратовной');
    // Kazakh patronymics and a female name ending in a consonant stay as they are.
    const asanova = filingName(person('Асанова', 'Әйгерім', 'Қайратқызы', { sex: 'female' }), 'ru').cases;
    expect(fullName(asanova.genitive)).toBe('Асановой Әйгерім Қайратқызы');
  });

  it('names a person known by one name by that name alone, in every case', () => {
    const oneName = { givenName: 'Ахмад', aliases: [], sex: 'male' as const };
    const cases = filingName(oneName, 'ru').cases;
    expect(fullName(cases.nominative)).toBe('Ахмад');
    expect(fullName(cases.genitive)).toBe('Ахмада');
    expect(nameKey(oneName)).toBe('|Ахмад|');
  });

  it('takes a Cyrillic spelling from the other spellings when the record is in Latin letters', () => {
    const yusupova = person('Yusupova', 'Dilnoza', 'Akmalovna', { sex: 'female', aliases: ['Юсупова Дилноза'] });
    const ru = filingName(yusupova, 'ru');
    expect(ru.source).toBe('alias');
    expect(fullName(ru.cases.genitive)).toBe('Юсуповой Дилнозы');
    const en = filingName(yusupova, 'en');
    expect(en.source).toBe('record');
    expect(fullName(en.cases.genitive)).toBe('Yusupova Dilnoza Akmalovna');
    expect(filingName(person('Yusupova', 'Dilnoza'), 'ru').source).toBe('otherScript');
  });

  it("uses the lawyer's correction until the record's name changes", () => {
    const base = person('Назаров', 'Шерали', undefined, { sex: 'male' });
    const parts = { family: 'Назарова', given: 'Шерали' };
    const nameForms = {
      madeFor: nameKey(base),
      nominative: { family: 'Назаров', given: 'Шерали' },
      genitive: { family: 'Назарова', given: 'Шералия' },
      dative: parts,
      accusative: parts,
      instrumental: parts,
      prepositional: parts,
    };
    const corrected = filingName({ ...base, nameForms }, 'ru');
    expect(corrected.source).toBe('corrected');
    expect(fullName(corrected.cases.genitive)).toBe('Назарова Шералия');
    const renamed = filingName({ ...base, familyName: 'Назаров-Ходжаев', nameForms }, 'ru');
    expect(renamed.source).toBe('stale');
    expect(fullName(renamed.cases.genitive)).not.toContain('Шералия');
    // A record in Latin letters renamed after its Cyrillic correction: the old name is not printed.
    const latin = person('Nazarov', 'Sherali', undefined, { sex: 'male', aliases: ['Назаров-Ходжаев Шерали'] });
    const oldForms = { ...nameForms, madeFor: nameKey(latin) };
    const latinRenamed = filingName({ ...latin, familyName: 'Nazarov-Khojaev', nameForms: oldForms }, 'ru');
    expect(latinRenamed.source).toBe('stale');
    expect(fullName(latinRenamed.cases.nominative)).toBe('Назаров-Ходжаев Шерали');
    const noAlias = filingName({ ...latin, aliases: [], familyName: 'Nazarov-Khojaev', nameForms: oldForms }, 'ru');
    expect(fullName(noAlias.cases.genitive)).toBe('Nazarov-Khojaev Sherali');
    // Kazakh filings take the corrected nominative, undeclined.
    expect(fullName(filingName({ ...base, nameForms }, 'kk').cases.genitive)).toBe('Назаров Шерали');
  });
});

describe('names the probes found right, kept right', () => {
  it('leaves -о and -у names and a woman with a male-form family name undeclined', () => {
    const shevchenko = filingName(person('Шевченко', 'Тарас', undefined, { sex: 'male' }), 'ru').cases;
    expect(fullName(shevchenko.genitive)).toBe('Шевченко Тараса');
    const shahlo = filingName(person('Давлатов', 'Шахло', undefined, { sex: 'female' }), 'ru').cases;
    expect(fullName(shahlo.genitive)).toBe('Давлатов Шахло');
    const ugli = filingName(person('Рахимов', 'Бобур', 'Алишер угли', { sex: 'male' }), 'ru').cases;
    expect(fullName(ugli.dative)).toContain('Алишер угли');
  });
});

describe('dates and numbers in words', () => {
  it('writes dates as Russian, Kazakh and English filings do, never inventing a day', () => {
    expect(longDate('2026-10-15', 'ru')).toBe('15 октября 2026 г.');
    expect(longDate('2026-10', 'ru')).toBe('октябрь 2026 г.');
    expect(longDate('2026', 'ru')).toBe('2026 г.');
    expect(longDate('2026-10-05', 'kk')).toBe('2026 жылғы 5 қазан');
    expect(longDate('2026-03', 'kk')).toBe('2026 жылғы наурыз');
    expect(longDate('2026-12-31', 'en')).toBe('31 December 2026');
  });

  it('writes periods with their number in words and the noun agreeing', () => {
    expect(periodText({ days: 10 }, 'ru')).toBe('10 (десять) дней');
    expect(periodText({ days: 21 }, 'ru')).toBe('21 (двадцать один) день');
    expect(periodText({ days: 3 }, 'ru')).toBe('3 (три) дня');
    expect(periodText({ days: 12 }, 'ru')).toBe('12 (двенадцать) дней');
    expect(periodText({ months: 1 }, 'ru')).toBe('1 (один) месяц');
    expect(periodText({ days: 10 }, 'kk')).toBe('10 (он) күн');
    expect(periodText({ months: 3 }, 'en')).toBe('3 (three) months');
    expect(kazakhCardinal(15)).toBe('он бес');
    expect(kazakhCardinal(365)).toBe('үш жүз алпыс бес');
    expect(kazakhCardinal(1000)).toBe('мың');
    expect(kazakhCardinal(2021)).toBe('екі мың жиырма бір');
  });
});
