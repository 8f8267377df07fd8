/**
 * Folds a name or word, in any of the scripts the bureau meets (Russian, Kazakh, Kyrgyz, Tajik,
 * Uzbek and Uyghur Cyrillic; Uzbek, Kazakh and Turkish-style Latin; the passport, library and
 * geographic transliterations of them), into search keys, so that the usual spellings of a person
 * share a key:
 *   Абдурахмонов / Abdurahmonov / Abdurakhmonov / ABDURAKHMONOV → abdurahmanav
 *   Гафуров / Gʻofurov / Ghafurov / GAFUROV                     → gafurav
 *   Хадича / Xadicha / Khadicha                                  → hadiqa
 *   Мирзиёев / Mirziyoyev / MIRZIEEV                             → mirziev (and mirziaev)
 * The rules are data (foldRules.ts, each with its source); this file only applies them, in one
 * pass over each word. variantCorpus.tsv is the test of both.
 */
import { foldRules, OPEN_LETTERS, UZBEK_APOSTROPHES, VOWEL_LETTERS } from './foldRules';

/** The marks Uzbek Latin writes in oʻ gʻ, in every form keyboards produce. */
export const UZBEK_MARKS: ReadonlySet<string> = new Set(UZBEK_APOSTROPHES);

/** A word with several ambiguous letters gets at most this many keys. */
export const MAX_KEYS = 8;

interface CompiledRule {
  writes: readonly string[];
  after: 'vowel' | 'open' | 'start' | undefined;
  before: 'vowel' | 'consonantOrEnd' | 'end' | undefined;
}

interface TrieNode {
  rules: CompiledRule[];
  next: Map<string, TrieNode> | undefined;
}

function compile(): Map<string, TrieNode> {
  const root = new Map<string, TrieNode>();
  for (const rule of foldRules) {
    const compiled: CompiledRule = {
      writes: typeof rule.write === 'string' ? [rule.write] : rule.write,
      after: rule.after,
      before: rule.before,
    };
    for (const sequence of rule.read) {
      let level = root;
      const letters = [...sequence];
      for (let index = 0; index < letters.length; index++) {
        const ch = letters[index] as string;
        let node = level.get(ch);
        if (!node) {
          node = { rules: [], next: undefined };
          level.set(ch, node);
        }
        if (index === letters.length - 1) node.rules.push(compiled);
        else {
          node.next ??= new Map();
          level = node.next;
        }
      }
    }
  }
  return root;
}

const ROOT = compile();
/** The first letter's node by its code, for the letters the rules read (Latin, Cyrillic, modifier marks, quotes). */
const TABLE_SIZE = 0x2100;
const TABLE: (TrieNode | undefined)[] = Array.from({ length: TABLE_SIZE }, () => undefined);
for (const [ch, node] of ROOT) if (ch.length === 1 && ch.charCodeAt(0) < TABLE_SIZE) TABLE[ch.charCodeAt(0)] = node;
const VOWELS = new Set(VOWEL_LETTERS);
const OPEN = new Set(OPEN_LETTERS);
/** Letters not in the rules, by their base letter (ţ → t) or themselves (other scripts), cached. */
const fallbacks = new Map<string, TrieNode | string>();

function fallback(ch: string): TrieNode | string {
  let found = fallbacks.get(ch);
  if (found === undefined) {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    const node = base.length === 1 ? ROOT.get(base) : undefined;
    found = node ?? (/^[\p{L}\p{N}]$/u.test(ch) ? ch : '');
    fallbacks.set(ch, found);
  }
  return found;
}

function holds(rule: CompiledRule, word: string, start: number, end: number, open: boolean): boolean {
  if (rule.after) {
    const previous = word[start - 1];
    if (rule.after === 'start') {
      if (previous !== undefined) return false;
    } else if (previous === undefined || !(rule.after === 'open' ? OPEN : VOWELS).has(previous)) return false;
  }
  if (rule.before) {
    const next = word[end];
    // A word still being typed has no end yet: rules about what follows wait for the next letter.
    if (next === undefined) return !open && rule.before !== 'vowel';
    const vowel = VOWELS.has(next);
    return rule.before === 'vowel' ? vowel : rule.before === 'consonantOrEnd' && !vowel;
  }
  return true;
}

/** Appends key letters, writing a doubled letter once (digits stay as they are: 0114). */
function append(key: string, letters: string): string {
  if (letters.length === 1) {
    return letters !== key[key.length - 1] || (letters >= '0' && letters <= '9') ? key + letters : key;
  }
  let out = key;
  for (const letter of letters) {
    if (letter !== out[out.length - 1] || (letter >= '0' && letter <= '9')) out += letter;
  }
  return out;
}

function write(keys: string[], writes: readonly string[]): string[] {
  if (writes.length === 1) {
    const letters = writes[0] ?? '';
    if (letters === '') return keys;
    for (let i = 0; i < keys.length; i++) keys[i] = append(keys[i] ?? '', letters);
    return keys;
  }
  const branched: string[] = [];
  for (const key of keys) {
    for (const letters of writes) {
      // Past the cap, a word keeps its first reading of each further ambiguous letter.
      if (branched.length < MAX_KEYS || letters === writes[0]) branched.push(append(key, letters));
    }
  }
  return branched.length > MAX_KEYS ? branched.slice(0, MAX_KEYS) : branched;
}

const MARKS = /\p{M}/gu;

/** Whether a code is a combining mark of Latin, Cyrillic or Arabic script. */
function isMark(code: number): boolean {
  if (code < 0x300) return false;
  if (code <= 0x36f) return true;
  if (code < 0x483) return false;
  if (code <= 0x489) return true;
  if (code < 0x64b) return false;
  if (code <= 0x65f || code === 0x670) return true;
  return (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff);
}

/** Whether a text holds a combining mark (a loop over codes: a \p{M} test costs far more per word). */
function hasMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isMark(text.charCodeAt(i))) return true;
  return false;
}

/** Lower case, composed, and without the marks that no rule reads (the ALA-LC tie in t͡s). */
export function prepare(text: string): string {
  const lower = text.toLowerCase();
  return hasMark(lower) ? lower.normalize('NFC').replace(MARKS, '') : lower;
}

/** The rule of a trie node that applies here, if any. */
function applicable(node: TrieNode, text: string, start: number, end: number, open: boolean): CompiledRule | undefined {
  for (const rule of node.rules) if (holds(rule, text, start, end, open)) return rule;
  return undefined;
}

/**
 * Every key of one word (no spaces), the likeliest first. `open`: the word is still being typed,
 * so rules that look at the end of the word do not apply yet.
 */
export function foldWordKeys(word: string, options: { open?: boolean } = {}): string[] {
  const text = prepare(word);
  const open = options.open ?? false;
  // One key until an ambiguous letter branches it: most words never do.
  let key = '';
  let keys: string[] | undefined;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const code = text.charCodeAt(i);
    const node: TrieNode | string = (code < TABLE_SIZE ? TABLE[code] : ROOT.get(ch)) ?? fallback(ch);
    let writes: readonly string[] | undefined;
    let end = i + 1;
    if (typeof node === 'string') {
      if (node) writes = [node];
    } else {
      for (let at = i, level: TrieNode | undefined = node; level; ) {
        const rule = level.rules.length > 0 ? applicable(level, text, i, at + 1, open) : undefined;
        if (rule) {
          writes = rule.writes;
          end = at + 1;
        }
        at += 1;
        level = at < text.length && level.next ? level.next.get(text[at] as string) : undefined;
      }
    }
    if (writes) {
      if (!keys && writes.length === 1) key = append(key, writes[0] ?? '');
      else keys = write(keys ?? [key], writes);
    }
    i = end;
  }
  return keys ? [...new Set(keys)] : [key];
}

/** The first key of one word. */
export function foldWord(word: string): string {
  return foldWordKeys(word)[0] ?? '';
}

const WORD = /[\p{L}\p{M}\p{N}'‘’`´·]+/gu;

/** Splits text into words: letters, digits, and the apostrophes that belong inside Uzbek words. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A word of a text, where it stands, and its keys. */
export interface FoldedWord {
  text: string;
  start: number;
  keys: string[];
}

/** The words of a text with their keys; words with no key (punctuation only) are left out. */
export function foldedWords(text: string): FoldedWord[] {
  const out: FoldedWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const keys = foldWordKeys(match[0]).filter(Boolean);
    if (keys.length > 0) out.push({ text: match[0], start: match.index, keys });
  }
  return out;
}

/** The first key of every word of a text. */
export function foldText(text: string): string[] {
  return words(text)
    .map(foldWord)
    .filter((key) => key.length > 0);
}

/** Every key of every word of a text, each once. */
export function foldTextKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const word of words(text)) for (const key of foldWordKeys(word)) if (key) keys.add(key);
  return [...keys];
}

/** Document and phone numbers compare by their letters and digits only, in capitals. */
export function normalizeNumber(text: string): string {
  return text.toLocaleUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}
