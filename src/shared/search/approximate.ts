/**
 * Typo tolerance over search keys (fold.ts): a name of at least APPROXIMATE_MIN_LENGTH key letters
 * is still found with one letter wrong, left out or added (or two neighbours swapped), and such a
 * hit is marked approximate. The index holds, for every name key that long, the key with each
 * letter left out in turn (a deletion neighbourhood, as SymSpell does): two keys one edit apart
 * always share one of those, so a handful of exact look-ups replaces a scan of every name.
 */

/** Names shorter than this (after folding) must be spelled right: Ali / Olim / Alim are different people. */
export const APPROXIMATE_MIN_LENGTH = 5;

/** Whether two keys are at most one edit apart (a letter changed, left out or added; two neighbours swapped). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  if (short.length < long.length) return short.slice(i) === long.slice(i + 1);
  if (short.slice(i + 1) === long.slice(i + 1)) return true;
  return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
}

/** The key with each of its letters left out in turn. */
export function deletions(key: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return [...out];
}

/** What the typo index stores for one name key: its deletions, if the name is long enough to tolerate a typo. */
export function typoIndexTokens(key: string): string[] {
  return key.length >= APPROXIMATE_MIN_LENGTH ? deletions(key) : [];
}

/**
 * What a typed key looks up in the typo index: itself (a letter missing: it is one of the stored
 * deletions) and, if long enough, its deletions (a letter wrong, or two swapped).
 */
export function typoQueryTokens(key: string): string[] {
  if (key.length < APPROXIMATE_MIN_LENGTH - 1) return [];
  return [key, ...(key.length >= APPROXIMATE_MIN_LENGTH ? deletions(key) : [])];
}

/**
 * A Slavic-pattern surname and its feminine form (Nazarov / Nazarova, Aliev / Alieva, Ilyin /
 * Ilyina) differ by one letter but are a man and a woman of one family, not a misspelling.
 */
export function genderedForms(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === `${short}a` && /(av|ev|in)$/.test(short);
}

/** Whether a typed key finds a stored key only approximately: one edit apart, long enough, and not a gendered pair. */
export function approximatelyEqual(typed: string, stored: string): boolean {
  return (
    typed !== stored &&
    stored.length >= APPROXIMATE_MIN_LENGTH &&
    typed.length >= APPROXIMATE_MIN_LENGTH - 1 &&
    withinOneEdit(typed, stored) &&
    !genderedForms(typed, stored)
  );
}
