import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRecords, parseImport } from '../import/importRecords';
import { openTestWorkspace } from '../testing/openWorkspace';
import { datesCompatible, possibleDuplicates, search } from './searchQuery';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
let ids: Record<string, string>;

beforeEach(async () => {
  env = await openTestWorkspace();
  const demo = readFileSync(join(__dirname, '../../../fixtures/demo-import.json'), 'utf8');
  ids = importRecords(env.workspace, parseImport('json', demo), 'json').ids;
  env.workspace.applicants.create({ familyName: 'Абдурахмонов', givenName: 'Илхом', birthDate: '1985-03-02' });
  env.workspace.applicants.create({ familyName: 'Абдуллаев', givenName: 'Равшан' });
});
afterEach(() => env.close());

const names = (text: string) => search(env.workspace.db, text, 20).applicants.map((hit) => hit.applicant.familyName);

describe('search across scripts', () => {
  it('finds a person stored in Cyrillic by a Latin spelling and the other way round', () => {
    expect(names('Abdurakhmonov')).toEqual(['Абдурахмонов']);
    expect(names('abdurahmonov')).toEqual(['Абдурахмонов']);
    expect(names('Гафуров')).toEqual(['Gʻofurov']);
    expect(names('Gafurov Utkir')).toEqual(['Gʻofurov']);
    expect(names('Хадича')).toEqual(['Rahimova']);
    expect(names('Khadicha')).toEqual(['Rahimova']);
    expect(names('Nazarov')).toEqual(['Назаров']);
    expect(names('Jamshedovich')).toEqual(['Назаров']);
    expect(names('Aigerim Kairatkyzy')).toEqual(['Асанова']);
  });

  it('finds by the beginning of a name, by alias, by document number and by words in notes', () => {
    expect(names('Абду')).toEqual(expect.arrayContaining(['Абдурахмонов', 'Абдуллаев']));
    expect(names('Токтогулов')).toEqual(['Toktogulov']);
    expect(names('ЖМБ-2026-0114')).toEqual(['Назаров']);
    expect(names('0931')).toEqual(['Yusupova']);
    expect(names('+7 700 000 00 01')).toEqual(['Yusupova']);
    expect(names('wanted')).toEqual(['Назаров']);
  });

  it('does not over-match: an unrelated name finds nobody, a different name stays different', () => {
    expect(names('Каримов')).toEqual([]);
    expect(names('Abdullaev')).toEqual(['Абдуллаев']);
    expect(names('Юсупов Шерали')).toEqual([]);
    expect(names('   ')).toEqual([]);
  });

  it('ranks a name hit above a hit in notes, and says where the name matched', () => {
    env.workspace.applicants.create({ familyName: 'Сидоров', notes: 'встречался с Назаровым в Таразе' });
    const hits = search(env.workspace.db, 'Назаров', 10).applicants;
    expect(hits.map((h) => h.applicant.familyName)).toEqual(['Назаров', 'Сидоров']);
    expect(hits[0]?.matches.map((m) => [m.field, m.text, m.ranges])).toEqual([
      ['familyName', 'Назаров', [[0, 7]]],
      ['alias', 'Nazarov Sherali', [[0, 7]]],
      ['alias', 'Nazarov Sheraly', [[0, 7]]],
    ]);
    expect(hits[0]?.matchedText).toBe(false);
    expect(hits[1]?.matches).toEqual([]);
    expect(hits[1]?.matchedText).toBe(true);
    const alias = search(env.workspace.db, 'Gafurov', 10).applicants[0];
    expect(alias?.matches.map((m) => [m.field, m.text])).toEqual([
      ['familyName', 'Gʻofurov'],
      ['alias', 'Гафуров Уткир'],
      ['alias', 'Gafurov Utkir'],
    ]);
  });

  it('stays current in the same transaction as every write, and forgets deleted people', () => {
    const id = ids.toktogulov ?? '';
    env.workspace.applicants.update(id, { familyName: 'Токтогулов', aliases: [] });
    expect(names('Toktogulov')).toEqual(['Токтогулов']);
    env.workspace.events.create(id, { type: 'note', date: '2026-11-01', text: 'Адвокат посетил СИЗО Шымкента' });
    expect(names('Shymkenta')).toEqual(['Токтогулов']);
    env.workspace.applicants.setDeleted(id, true);
    expect(names('Toktogulov')).toEqual([]);
    env.workspace.applicants.setDeleted(id, false);
    expect(names('Toktogulov')).toEqual(['Токтогулов']);
  });

  it('finds incidents by their text', () => {
    expect(search(env.workspace.db, 'landlady', 10).incidents.map((i) => i.kind)).toEqual(['landlord_pressure']);
  });
});

describe('duplicates at intake', () => {
  it('suggests the same person typed in another script, tolerant of birth-date precision', () => {
    const found = (familyName: string, givenName?: string, birthDate?: string) =>
      possibleDuplicates(env.workspace.db, { familyName, givenName, birthDate }).map((c) => c.applicant.familyName);
    expect(found('Юсупова', 'Дилноза', '1994')).toEqual(['Yusupova']);
    expect(found('Yusupova', 'Dilnoza', '1994-11')).toEqual(['Yusupova']);
    expect(found('Юсупова', 'Дилноза', '1993')).toEqual([]);
    expect(found('Юсупова', 'Гулнора')).toEqual([]);
    expect(found('Гафуров')).toEqual(['Gʻofurov']);
    expect(found('Гафурова')).toEqual([]);
  });

  it('compares partial dates at their common precision', () => {
    expect(datesCompatible('1989', '1989-05-14')).toBe(true);
    expect(datesCompatible('1989-06', '1989-05-14')).toBe(false);
    expect(datesCompatible(undefined, '1989')).toBe(true);
  });
});

const hitsFor = (text: string, limit = 20) => search(env.workspace.db, text, limit).applicants;
const shown = (text: string, limit = 20) =>
  hitsFor(text, limit).map((hit) => [hit.applicant.familyName, hit.approximate ? 'approximate' : 'exact']);

describe('typo tolerance', () => {
  it('finds a name of five letters or more with one letter wrong, missing, extra or swapped, marked approximate', () => {
    expect(shown('Abdurahmnov')).toEqual([['Абдурахмонов', 'approximate']]); // missing
    expect(shown('Toktogulrov')).toEqual([['Toktogulov', 'approximate']]); // extra
    expect(shown('Yusupiva')).toEqual([['Yusupova', 'approximate']]); // wrong
    expect(shown('Yusuopva')).toEqual([['Yusupova', 'approximate']]); // two neighbours swapped
    // A missing letter of a five-letter name leaves four: still found.
    expect(shown('Gafurov Utkr')).toEqual([['Gʻofurov', 'approximate']]);
  });

  it('leaves short names, two letters off and gendered forms alone', () => {
    env.workspace.applicants.create({ familyName: 'Олим' });
    env.workspace.applicants.create({ familyName: 'Каримов' });
    expect(shown('Olum')).toEqual([]); // four letters: Olim, Alim and Olum are different people
    expect(shown('Abdurhmnov')).toEqual([]); // two letters missing
    // Deletion neighbours meet here (k–arimov / arimov–k), but the names are two edits apart.
    expect(shown('Arimovk')).toEqual([]);
    expect(shown('Karimov')).toEqual([['Каримов', 'exact']]);
    // Nazarova is Nazarov's wife or sister, not a misspelling of him.
    expect(shown('Назарова')).toEqual([]);
  });

  it('ranks every exact and other-spelling hit, in names or notes, above the approximate ones', () => {
    env.workspace.applicants.create({ familyName: 'Назиров', givenName: 'Фарход' });
    env.workspace.applicants.create({ familyName: 'Сидоров', notes: 'встречался с Назаровым в Таразе' });
    expect(shown('Nazarov')).toEqual([
      ['Назаров', 'exact'],
      ['Сидоров', 'exact'],
      ['Назиров', 'approximate'],
    ]);
    // When exact hits fill the page, approximate ones are not looked for.
    expect(shown('Nazarov', 2)).toEqual([
      ['Назаров', 'exact'],
      ['Сидоров', 'exact'],
    ]);
    const nazirov = hitsFor('Nazarov').at(-1);
    expect(nazirov?.matches.map((m) => [m.field, m.text, m.ranges])).toEqual([['familyName', 'Назиров', [[0, 7]]]]);
    expect(nazirov?.matchedText).toBe(false);
  });
});

describe('explaining the match', () => {
  it('says which spelling on record the typed word matched, unless it is spelled as typed', () => {
    expect(hitsFor('Abdullayev')[0]?.explanations).toEqual([
      { field: 'familyName', typed: 'Abdullayev', found: 'Абдуллаев', approximate: false },
    ]);
    expect(hitsFor('абдуллаев')[0]?.explanations).toEqual([]);
    expect(hitsFor("G'ofurov")[0]?.explanations.map((e) => `${e.typed} ↔ ${e.found}`)).toEqual([
      "G'ofurov ↔ Гафуров",
      "G'ofurov ↔ Gafurov",
    ]);
    expect(hitsFor('Gafurov Utkr')[0]?.explanations).toEqual([
      { field: 'familyName', typed: 'Gafurov', found: 'Gʻofurov', approximate: false },
      { field: 'alias', typed: 'Gafurov', found: 'Гафуров', approximate: false },
      { field: 'givenName', typed: 'Utkr', found: 'Oʻtkir', approximate: true },
      { field: 'alias', typed: 'Utkr', found: 'Уткир', approximate: true },
      { field: 'alias', typed: 'Utkr', found: 'Utkir', approximate: true },
    ]);
  });
});

describe('duplicates at intake, one letter off', () => {
  const candidates = (familyName: string, givenName?: string, birthDate?: string) =>
    possibleDuplicates(env.workspace.db, { familyName, givenName, birthDate }).map((c) => [
      c.applicant.familyName,
      c.approximate,
      c.explanations.map((e) => `${e.typed}${e.approximate ? ' ≈ ' : ' ↔ '}${e.found}`),
    ]);

  it('suggests a person whose name is one letter off, after the exact ones, and says which letters met', () => {
    expect(candidates('Yusupva', 'Dilnoza', '1994')).toEqual([
      ['Yusupova', true, ['Yusupva ≈ Yusupova', 'Yusupva ≈ Юсупова', 'Dilnoza ↔ Дилноза']],
    ]);
    env.workspace.applicants.create({ familyName: 'Абдурахманов', givenName: 'Илхом' });
    expect(candidates('Абдурахмонов', 'Илхом')).toEqual([
      ['Абдурахмонов', false, []],
      ['Абдурахманов', false, ['Абдурахмонов ↔ Абдурахманов']],
    ]);
    expect(candidates('Абдурахмнов', 'Илхом')).toHaveLength(2);
    expect(candidates('Абдурахмнов', 'Илхом').map(([name, approximate]) => [name, approximate])).toEqual(
      expect.arrayContaining([
        ['Абдурахмонов', true],
        ['Абдурахманов', true],
      ]),
    );
    // Birth dates still rule a near name out.
    expect(candidates('Yusupva', 'Dilnoza', '1993')).toEqual([]);
    // The spreadsheet import, which skips a row with a probable duplicate, asks for exact ones only.
    expect(possibleDuplicates(env.workspace.db, { familyName: 'Yusupva' }, { approximate: false })).toEqual([]);
  });

  it('looks up someone known by one name only by that name', () => {
    expect(candidates('', 'Дилноза').map(([name]) => name)).toEqual(['Yusupova']);
  });
});
