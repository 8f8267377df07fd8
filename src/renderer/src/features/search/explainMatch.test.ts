import { describe, expect, it } from 'vitest';
import { type Language, translate } from '../../../../shared/i18n';
import type { MatchExplanation } from '../../../../shared/search/searchResult';
import { explanationPairs, explanationText } from './explainMatch';

const t = (language: Language) => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(language, key, params);
const variant = (typed: string, found: string): MatchExplanation => ({
  field: 'familyName',
  typed,
  found,
  approximate: false,
});

describe('explaining a match', () => {
  it('says which spelling on record was found, in each language', () => {
    const found = [variant('Abdullayev', 'Абдуллаев')];
    expect(explanationText(t('ru'), found)).toBe('найдено по: Abdullayev ↔ Абдуллаев');
    expect(explanationText(t('kk'), found)).toBe('сәйкес келген жазылуы: Abdullayev ↔ Абдуллаев');
    expect(explanationText(t('en'), found)).toBe('matched spelling: Abdullayev ↔ Абдуллаев');
    expect(explanationText(t('ru'), [])).toBeUndefined();
  });

  it('groups the spellings one word met, and marks one letter off with ≈', () => {
    expect(
      explanationPairs([
        variant("G'ofurov", 'Гафуров'),
        variant("G'ofurov", 'Gafurov'),
        variant("G'ofurov", 'Gafurov'),
        { field: 'givenName', typed: 'Utkr', found: 'Oʻtkir', approximate: true },
      ]),
    ).toBe("G'ofurov ↔ Гафуров / Gafurov, Utkr ≈ Oʻtkir");
  });
});
