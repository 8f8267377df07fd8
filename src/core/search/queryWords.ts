import { withoutNumberSign } from '../../shared/records/documentNumber';
import { APPROXIMATE_MIN_LENGTH, deletions, typoQueryTokens } from '../../shared/search/approximate';
import { foldWordKeys, normalizeNumber, prepare, UZBEK_MARKS, words } from '../../shared/search/fold';

/** One word of what was typed, as typed and as search keys. */
export interface QueryWord {
  typed: string;
  /** The keys of the word as a whole word. */
  keys: string[];
  /** Also the keys of the word as the beginning of a longer one (no end-of-word rules yet). */
  prefixKeys: string[];
}

export interface ParsedQuery {
  names: QueryWord[];
  numbers: string[];
}

export function queryWord(typed: string): QueryWord | undefined {
  const keys = foldWordKeys(typed).filter(Boolean);
  if (keys.length === 0) return undefined;
  const prefixKeys = [...new Set([...keys, ...foldWordKeys(typed, { open: true }).filter(Boolean)])];
  return { typed, keys, prefixKeys };
}

/** The words of a text as query words (punctuation-only words are left out). */
export function queryWords(text: string): QueryWord[] {
  return words(text).flatMap((word) => queryWord(word) ?? []);
}

/** «No» in «No 12», «№» in «№ AA123»: a sign before the number after it, not a word of a name. */
const signOf = (chunk: string, next: string | undefined) =>
  next !== undefined && /\p{N}/u.test(next) && withoutNumberSign(`${chunk} ${next}`) === withoutNumberSign(next);

/**
 * Splits what was typed into name words and number tokens. A chunk with a digit in it (a
 * certificate number, a phone) is a number as a whole: "ЖМБ-2026-0114" is one token. A number sign
 * typed before it is left out, as the stored numbers have none («No.12» finds «12»).
 */
export function parseQuery(text: string): ParsedQuery {
  const names: QueryWord[] = [];
  const numbers: string[] = [];
  const chunks = text.split(/\s+/).filter(Boolean);
  chunks.forEach((chunk, index) => {
    if (/\p{N}/u.test(chunk)) {
      const number = normalizeNumber(withoutNumberSign(chunk));
      if (number) numbers.push(number);
    } else if (!signOf(chunk, chunks[index + 1])) names.push(...queryWords(chunk));
  });
  return { names, numbers };
}

/** Keys are letters and digits of any script, so quoting them is all FTS5 needs. */
const quoted = (token: string, prefix = false) => `"${token.replaceAll('"', '')}"${prefix ? '*' : ''}`;
const anyOf = (tokens: readonly string[], prefix = false) => `(${tokens.map((t) => quoted(t, prefix)).join(' OR ')})`;

/** The word, spelled in any way that folds alike, at the start of a word in these columns. */
export function exactTerm(word: QueryWord, columns: string, prefix: boolean): string {
  return `${columns} : ${anyOf(prefix ? word.prefixKeys : word.keys, prefix)}`;
}

/** Whether the word is long enough to be found with a typo (a missing letter leaves four). */
export function typoEligible(word: QueryWord): boolean {
  return word.keys.some((key) => key.length >= APPROXIMATE_MIN_LENGTH - 1);
}

/**
 * Where the word may be one letter off a name (approximate.ts): in the typo index, the names'
 * deletions meet the typed key (a letter missing) and its deletions (a letter wrong, or two
 * swapped); in the names, the typed key's deletions (a letter too many).
 */
export function typoTerms(word: QueryWord): { near: string; longer: string | undefined } {
  const near = [...new Set(word.keys.flatMap(typoQueryTokens))];
  const longer = [...new Set(word.keys.filter((key) => key.length > APPROXIMATE_MIN_LENGTH).flatMap(deletions))];
  return { near: anyOf(near), longer: longer.length > 0 ? `names : ${anyOf(longer)}` : undefined };
}

export function numberTerm(number: string): string {
  return `numbers : ${quoted(number.toLocaleLowerCase(), true)}`;
}

/** Whether a stored word is written as typed (letter case and the form of Uzbek apostrophes aside). */
export function spelledAsTyped(typed: string, stored: string, prefix: boolean): boolean {
  const plain = (text: string) => [...prepare(text)].filter((ch) => !UZBEK_MARKS.has(ch)).join('');
  return prefix ? plain(stored).startsWith(plain(typed)) : plain(stored) === plain(typed);
}
