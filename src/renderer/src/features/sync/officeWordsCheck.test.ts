import { describe, expect, it } from 'vitest';
import { pickPlaces, sameWord, WORDS_ASKED } from './OfficeWordsCheck';

describe('asking office key words back', () => {
  it('asks three different places, in order, whatever the random numbers repeat', () => {
    const rolls = [5, 5, 23, 0, 5];
    const places = pickPlaces(24, () => rolls.shift() ?? 1);
    expect(places).toEqual([0, 5, 23]);
    expect(new Set(pickPlaces(24)).size).toBe(WORDS_ASKED);
    expect(pickPlaces(24).every((place) => place >= 0 && place < 24)).toBe(true);
  });

  it('takes a word in any case with spaces around, and nothing else', () => {
    expect(sameWord('  Abandon ', 'abandon')).toBe(true);
    expect(sameWord('abandom', 'abandon')).toBe(false);
    expect(sameWord('', 'abandon')).toBe(false);
  });
});
