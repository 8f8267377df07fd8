import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approximatelyEqual } from '../../shared/search/approximate';
import { foldWordKeys } from '../../shared/search/fold';
import { foldRules } from '../../shared/search/foldRules';
import { type FoldSourceId, foldSources } from '../../shared/search/foldSources';

/**
 * The variant corpus (src/shared/search/variantCorpus.tsv, with its negatives) against the folding
 * and the typo tolerance. It lives with the core because it reads files.
 */

/** The corpus's system codes (see the header of variantCorpus.tsv) and the sources they rest on. */
const systems: Record<string, readonly FoldSourceId[]> = {
  ru: ['ruRendering'],
  'uz-cyrl': ['bgnUzbek'],
  'tg-cyrl': ['bgnTajik'],
  'kk-cyrl': ['bgnKazakh'],
  'ky-cyrl': ['bgnKyrgyz'],
  'ug-cyrl': ['odni'],
  'uz-latin': ['uzLatin1995', 'bgnUzbek'],
  'uz-passport': ['uzPassport', 'icao9303Mrz'],
  'icao-ru': ['icao9303', 'ruPassport2013'],
  'kz-passport': ['kzPassport', 'icao9303'],
  'kg-passport': ['kgPassport', 'icao9303'],
  'tj-passport': ['tjPassport', 'icao9303'],
  'bgn-ru': ['bgnRussian'],
  'bgn-kk': ['bgnKazakh'],
  'bgn-ky': ['bgnKyrgyz'],
  'bgn-tg': ['bgnTajik'],
  'odni-uz': ['odni'],
  'odni-kk': ['odni'],
  'odni-ug': ['odni'],
  'gost-a': ['gost779'],
  'gost-b': ['gost779'],
  'ala-lc': ['alaLc'],
  uly: ['uyghurLatin'],
  'af-latin': ['informal'],
  informal: ['informal'],
};

function table(file: string): string[][] {
  return readFileSync(join(__dirname, '../../shared/search', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t'));
}

interface Spelling {
  group: string;
  part: string;
  spelling: string;
  script: string;
  systems: string[];
  match: string;
  note: string;
}

const corpus: Spelling[] = table('variantCorpus.tsv').map(([group, part, spelling, script, system, match, note]) => ({
  group: group ?? '',
  part: part ?? '',
  spelling: spelling ?? '',
  script: script ?? '',
  systems: (system ?? '').split('+'),
  match: match ?? '',
  note: note ?? '',
}));
const negatives = table('variantNegatives.tsv').map(([a, b]) => [a ?? '', b ?? ''] as const);

const groups = new Map<string, Spelling[]>();
for (const row of corpus) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);

const shareKey = (a: string, b: string) => {
  const keys = new Set(foldWordKeys(a));
  return foldWordKeys(b).some((key) => keys.has(key));
};
const nearOrSame = (a: string, b: string) =>
  shareKey(a, b) || foldWordKeys(a).some((x) => foldWordKeys(b).some((y) => approximatelyEqual(x, y)));

describe('the variant corpus', () => {
  it('is big enough and well formed: every row names its script, a known system and, when near, why', () => {
    expect(groups.size).toBeGreaterThanOrEqual(200);
    expect(negatives.length).toBeGreaterThanOrEqual(100);
    for (const row of corpus) {
      const where = `${row.group}: ${row.spelling}`;
      expect(['family', 'given', 'patronymic'], where).toContain(row.part);
      expect(row.script, where).toBe(/[\u0400-\u04ff]/.test(row.spelling) ? 'Cyrl' : 'Latn');
      for (const system of row.systems) expect(Object.keys(systems), where).toContain(system);
      expect(['same', 'near'], where).toContain(row.match);
      if (row.match === 'near') expect(row.note, where).not.toBe('');
    }
    for (const rows of groups.values()) expect(rows.filter((r) => r.match === 'same').length).toBeGreaterThanOrEqual(2);
    const scripts = new Set(corpus.map((r) => r.script));
    expect([...scripts].sort()).toEqual(['Cyrl', 'Latn']);
  });

  it('folds every two spellings of one name to a shared key', () => {
    const failures: string[] = [];
    let pairs = 0;
    for (const [group, rows] of groups) {
      const same = rows.filter((r) => r.match === 'same');
      for (const [i, a] of same.entries()) {
        for (const b of same.slice(i + 1)) {
          pairs += 1;
          if (!shareKey(a.spelling, b.spelling)) failures.push(`${group}: ${a.spelling} / ${b.spelling}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(pairs).toBeGreaterThan(2000);
  });

  it('finds the spellings a system makes lossy (the MRZ without apostrophes, Russian forms) approximately', () => {
    const failures: string[] = [];
    for (const [group, rows] of groups) {
      const same = rows.filter((r) => r.match === 'same');
      for (const near of rows.filter((r) => r.match === 'near')) {
        for (const row of same) {
          if (!nearOrSame(near.spelling, row.spelling)) failures.push(`${group}: ${near.spelling} / ${row.spelling}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps different people apart: under 1% of the negative pairs fold together', () => {
    const together = negatives.filter(([a, b]) => shareKey(a, b));
    const approximately = negatives.filter(([a, b]) => !shareKey(a, b) && nearOrSame(a, b));
    const rate = together.length / negatives.length;
    // The figures the note on this issue reports; a test prints nothing else.
    process.stdout.write(
      `variant corpus: ${groups.size} names, ${corpus.length} spellings; negatives: ${negatives.length}, ` +
        `folded together ${together.length} (${(rate * 100).toFixed(2)}%: ${together.map((p) => p.join('/')).join(', ')}), ` +
        `found approximately ${approximately.length} (${((approximately.length / negatives.length) * 100).toFixed(1)}%)\n`,
    );
    expect(rate).toBeLessThan(0.01);
  });
});

describe('the folding rules', () => {
  it('each name a source that exists, and read lower-case letters', () => {
    for (const rule of foldRules) {
      expect(rule.sources.length, rule.why).toBeGreaterThan(0);
      for (const source of rule.sources) expect(Object.keys(foldSources)).toContain(source);
      for (const letters of rule.read) expect(letters).toBe(letters.toLowerCase());
    }
  });

  it('give each sequence of letters one meaning in each context', () => {
    const seen = new Map<string, string>();
    for (const rule of foldRules) {
      for (const letters of rule.read) {
        const context = `${letters}|${rule.after ?? ''}|${rule.before ?? ''}`;
        expect(seen.get(context), `${letters} is read twice`).toBeUndefined();
        seen.set(context, rule.why);
      }
    }
  });
});
