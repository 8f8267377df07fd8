import { foldWord, normalizeNumber } from '../../shared/search/fold';
import type { FieldMatch } from '../../shared/search/searchResult';

const WORD = /[\p{L}\p{N}ʻʼ'‘’`´]+/gu;

/** Offsets of the words of `text` whose folded form starts with one of the folded query tokens. */
export function nameRanges(text: string, foldedTokens: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    const key = foldWord(match[0]);
    if (key && foldedTokens.some((token) => key.startsWith(token))) {
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  return ranges;
}

export function fieldMatch(
  field: FieldMatch['field'],
  text: string | undefined,
  foldedTokens: string[],
  numberTokens: string[],
): FieldMatch | undefined {
  if (!text) return undefined;
  if (field === 'document' || field === 'phone') {
    const normalized = normalizeNumber(text);
    return numberTokens.some((token) => normalized.includes(token))
      ? { field, text, ranges: [[0, text.length]] }
      : undefined;
  }
  const ranges = nameRanges(text, foldedTokens);
  return ranges.length > 0 ? { field, text, ranges } : undefined;
}
