import type { ApplicantFields } from '../../shared/records/applicant';
import { approximatelyEqual } from '../../shared/search/approximate';
import { type FoldedWord, foldedWords, normalizeNumber } from '../../shared/search/fold';
import type { FieldMatch, MatchExplanation } from '../../shared/search/searchResult';
import { type QueryWord, spelledAsTyped } from './queryWords';

type NameField = MatchExplanation['field'];

/** One name of a person (family, given, patronymic, or another spelling) with its folded words. */
export interface NameText {
  field: NameField;
  text: string;
  words: FoldedWord[];
}

export function nameTexts(doc: ApplicantFields): NameText[] {
  const texts: [NameField, string | undefined][] = [
    ['familyName', doc.familyName],
    ['givenName', doc.givenName],
    ['patronymic', doc.patronymic],
    ...doc.aliases.map((alias): [NameField, string] => ['alias', alias]),
  ];
  return texts.flatMap(([field, text]) => (text ? [{ field, text, words: foldedWords(text) }] : []));
}

interface WordHit {
  name: NameText;
  word: FoldedWord;
}

/** How one typed word met a person's names: spelled as some name is (in any script), one letter off, or not. */
export interface WordMatch {
  word: QueryWord;
  kind: 'exact' | 'approximate' | 'none';
  hits: WordHit[];
}

/**
 * Matches a typed word against the names: as the start of a name (`prefix`, the search box) or as
 * a whole name (the duplicate check). Only a word that no name spells right is tried one letter off.
 */
export function matchWord(word: QueryWord, names: readonly NameText[], prefix: boolean): WordMatch {
  const typed = prefix ? word.prefixKeys : word.keys;
  const hitsWhere = (test: (key: string) => boolean) =>
    names.flatMap((name) => name.words.filter((w) => w.keys.some(test)).map((w) => ({ name, word: w })));
  const exact = hitsWhere((key) => typed.some((t) => (prefix ? key.startsWith(t) : key === t)));
  if (exact.length > 0) return { word, kind: 'exact', hits: exact };
  const near = hitsWhere((key) => word.keys.some((t) => approximatelyEqual(t, key)));
  return { word, kind: near.length > 0 ? 'approximate' : 'none', hits: near };
}

/** «typed ↔ found» for every hit not spelled as typed, each pair once. */
export function explanations(matches: readonly WordMatch[], prefix: boolean): MatchExplanation[] {
  const seen = new Set<string>();
  const out: MatchExplanation[] = [];
  for (const { word, kind, hits } of matches) {
    for (const { name, word: found } of hits) {
      const approximate = kind === 'approximate';
      if (!approximate && spelledAsTyped(word.typed, found.text, prefix)) continue;
      const key = `${word.typed}\u0000${found.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ field: name.field, typed: word.typed, found: found.text, approximate });
    }
  }
  return out;
}

/** The names, document numbers and phone that matched, with the matched words' offsets, in the record's order. */
export function fieldMatches(
  doc: ApplicantFields,
  names: readonly NameText[],
  matches: readonly WordMatch[],
  numbers: readonly string[],
): FieldMatch[] {
  const out: FieldMatch[] = [];
  for (const name of names) {
    const starts = new Set<number>();
    const ranges: [number, number][] = [];
    for (const { word } of matches.flatMap((m) => m.hits).filter((hit) => hit.name === name)) {
      if (starts.has(word.start)) continue;
      starts.add(word.start);
      ranges.push([word.start, word.start + word.text.length]);
    }
    if (ranges.length > 0) out.push({ field: name.field, text: name.text, ranges: ranges.sort((a, b) => a[0] - b[0]) });
  }
  const numbered: [FieldMatch['field'], string | undefined][] = [
    ...doc.documents.map((d): [FieldMatch['field'], string | undefined] => ['document', d.number]),
    ['phone', doc.phone],
  ];
  for (const [field, text] of numbered) {
    if (!text) continue;
    const normalized = normalizeNumber(text);
    if (numbers.some((token) => normalized.includes(token))) out.push({ field, text, ranges: [[0, text.length]] });
  }
  return out;
}
