import { describe, expect, it } from 'vitest';
import { foldedWords, foldText, foldTextKeys, foldWord, foldWordKeys, MAX_KEYS } from './fold';

function sameKey(...spellings: string[]) {
  const keys = spellings.map((s) => foldWordKeys(s));
  const shared = keys.reduce((a, b) => a.filter((key) => b.includes(key)));
  expect(shared.length, `${spellings.join(' / ')} → ${keys.map((k) => k.join('|')).join(' / ')}`).toBeGreaterThan(0);
}

// The corpus (variantCorpus.test.ts) checks the rules against real names; these check the engine.
describe('folding', () => {
  it('reads the longest rule that applies, once per word', () => {
    expect(foldWord('Shchukin')).toBe(foldWord('Щукин'));
    expect(foldWord('Dzhamshed')).toBe('jamwed');
    expect(foldWord('Khadicha')).toBe('hadiqa');
    expect(foldWord('Tsoi')).toBe('cai');
  });

  it('keeps letters apart where an apostrophe or a BGN middle dot stands between them', () => {
    expect(foldWord("Is'hoqov")).toBe('ishakav');
    expect(foldWord('Ishoqov')).toBe('iwakav');
    expect(foldWord('Ot·saev')).toBe('atsaev');
    expect(foldWord('Otsaev')).toBe('acaev');
    // The Cyrillic pair reads both ways, so each Latin spelling finds it.
    expect(foldWordKeys('Отсаев')).toEqual(['atsaev', 'acaev']);
  });

  it('applies a rule only in its context', () => {
    // GOST j is й after a vowel and before a consonant or the end; Uzbek j before a vowel is ж.
    expect(foldWord('Hajdarov')).toBe('haidarav');
    expect(foldWord('Sergej')).toBe('sergei');
    expect(foldWord('Rajab')).toBe('rajab');
    // A final h after a, e or o is dropped in every script (Abdullah / Абдулла), not after u.
    expect(foldWord('Abdullah')).toBe(foldWord('Абдулла'));
    expect(foldWord('Farrukh')).toBe('faruh');
    // Initial Ё is Uzbek yo (Yorqin is not Erkin); inside a word it may also be ICAO's E.
    expect(foldWordKeys('Ёрқин')).toEqual(['iarkin']);
    expect(foldWordKeys('Фёдоров')).toEqual(['fedarav', 'fiadarav']);
  });

  it('gives an ambiguous spelling one key per reading, and caps how many', () => {
    sameKey('Мирзиёев', 'MIRZIEEV');
    sameKey('Мирзиёев', 'Mirziyoyev');
    expect(foldWordKeys('Maxim')).toEqual(['mahim', 'maksim']);
    // Four ambiguous letters would give 16 keys.
    expect(foldWordKeys('Ёёёёё').length).toBeLessThanOrEqual(MAX_KEYS);
    expect(foldWordKeys('Мәмәтәлә').length).toBe(MAX_KEYS);
  });

  it('leaves end-of-word rules out while a word is still being typed', () => {
    expect(foldWordKeys('Haj', { open: true })).toEqual(['haj']);
    expect(foldWordKeys('Haj')).toEqual(['hai']);
    expect(foldWordKeys('Abdurah', { open: true })).toEqual(['abdurah']);
  });

  it('reads decomposed letters and library marks, and keeps letters of other scripts', () => {
    expect(foldWord('Z\u030Cukov')).toBe(foldWord('Жуков'));
    expect(foldWord('T\u0361sarev')).toBe(foldWord('Царев'));
    expect(foldWord('İsmoilov')).toBe(foldWord('Ismoilov'));
    expect(foldWord('محمد')).toBe('محمد');
  });

  it('splits text into folded words, drops punctuation and keeps digits as they are', () => {
    expect(foldText('Gʻofurov Oʻtkir, ЖМБ-2026-0114!')).toEqual(['gafurav', 'utkir', 'jmb', '2026', '0114']);
    expect(foldTextKeys('Maxim Maxim')).toEqual(['mahim', 'maksim']);
    expect(foldedWords('  Abdullayev, Абдуллаев').map((w) => [w.text, w.start, w.keys])).toEqual([
      ['Abdullayev', 2, ['abdulaev']],
      ['Абдуллаев', 14, ['abdulaev']],
    ]);
  });
});
