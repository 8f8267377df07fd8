import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PublishedCount } from '../../shared/reports/statistics';
import { type CountTableInput, type PublishedTable, suppressTable } from './suppression';

/**
 * An attacker who knows the rule and reads the whole published table: small counts are 1..t-1,
 * "…" are t or more, zeros are zeros, every shown total is exact. It enumerates every table of
 * whole numbers that shows exactly what was published (a search written apart from the
 * suppression code, sharing none of its reasoning).
 */
class Attacker {
  private readonly unknown: [number, number][] = [];
  private readonly cap: number;

  constructor(
    private readonly input: CountTableInput,
    private readonly shown: PublishedTable,
  ) {
    input.rows.forEach((row, r) => {
      row.forEach((_, c) => {
        if (shown.withheld || typeof shown.cells[r]?.[c] !== 'number') this.unknown.push([r, c]);
      });
    });
    this.cap = Math.max(0, ...input.rows.flat()) + input.threshold * 2;
  }

  private range(value: PublishedCount | undefined): [number, number] {
    const t = this.input.threshold;
    if (value === 'suppressed') return [1, t - 1];
    if (value === 'hidden') return [t, Number.POSITIVE_INFINITY];
    if (value === undefined) return [0, Number.POSITIVE_INFINITY];
    return [value, value];
  }

  private cellRange(r: number, c: number): [number, number] {
    if (this.shown.withheld) return [0, this.cap];
    const [lo, hi] = this.range(this.shown.cells[r]?.[c]);
    return [lo, Math.min(hi, this.cap)];
  }

  /** Every line (a row, a column, the whole table) whose total was printed, as [cells, printed total]. */
  private lines(): [[number, number][], PublishedCount][] {
    const { rows } = this.input;
    const width = rows[0]?.length ?? 0;
    const out: [[number, number][], PublishedCount][] = [];
    const all = rows.flatMap((row, r) => row.map((_, c): [number, number] => [r, c]));
    if (this.shown.rowTotals)
      rows.forEach((row, r) => {
        const total = this.shown.rowTotals?.[r];
        if (total !== undefined) out.push([row.map((_, c): [number, number] => [r, c]), total]);
      });
    if (this.shown.columnTotals)
      for (let c = 0; c < width; c++) {
        const total = this.shown.columnTotals[c];
        if (total !== undefined) out.push([rows.map((_, r): [number, number] => [r, c]), total]);
      }
    if (this.shown.grandTotal !== undefined) out.push([all, this.shown.grandTotal]);
    return out;
  }

  /** Whether some table consistent with what was shown makes `predicate` true. */
  exists(predicate: (table: number[][]) => boolean): boolean {
    const table = this.input.rows.map((row, r) =>
      row.map((v, c) => (this.unknown.some(([ur, uc]) => ur === r && uc === c) ? -1 : v)),
    );
    const lines = this.lines();
    const fits = (partial: boolean) =>
      lines.every(([cells, total]) => {
        const [lo, hi] = this.range(total);
        const values = cells.map(([r, c]) => table[r]?.[c] ?? 0);
        const known = values.filter((v) => v >= 0).reduce((a, b) => a + b, 0);
        if (known > hi) return false;
        return partial ? true : known >= lo;
      });
    const search = (i: number): boolean => {
      const next = this.unknown[i];
      if (!next) return fits(false) && predicate(table);
      const [r, c] = next;
      const [lo, hi] = this.cellRange(r, c);
      const line = table[r];
      if (!line) return false;
      for (let v = lo; v <= hi; v++) {
        line[c] = v;
        if (fits(true) && search(i + 1)) return true;
      }
      line[c] = -1;
      return false;
    };
    return search(0);
  }
}

const rowSum = (row: number[]) => row.reduce((a, b) => a + b, 0);

/** Every suppressed count of a published table, with how to read its true value from a table. */
function suppressedCounts(shown: PublishedTable) {
  const out: { where: string; read: (table: number[][]) => number }[] = [];
  shown.cells.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === 'suppressed') out.push({ where: `cell ${r},${c}`, read: (t) => t[r]?.[c] ?? 0 });
    });
  });
  shown.rowTotals?.forEach((value, r) => {
    if (value === 'suppressed') out.push({ where: `row total ${r}`, read: (t) => rowSum(t[r] ?? []) });
  });
  shown.columnTotals?.forEach((value, c) => {
    if (value === 'suppressed')
      out.push({ where: `column total ${c}`, read: (t) => rowSum(t.map((row) => row[c] ?? 0)) });
  });
  if (shown.grandTotal === 'suppressed') out.push({ where: 'grand total', read: (t) => rowSum(t.flat()) });
  return out;
}

const smallTable = fc
  .record({
    height: fc.integer({ min: 1, max: 3 }),
    width: fc.integer({ min: 1, max: 3 }),
    threshold: fc.integer({ min: 3, max: 5 }),
    overlapping: fc.boolean(),
    seed: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 9 })), {
      minLength: 9,
      maxLength: 9,
    }),
  })
  .map(
    ({ height, width, threshold, overlapping, seed }): CountTableInput => ({
      rows: Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => seed[r * 3 + c] ?? 0)),
      threshold,
      overlapping: overlapping && width === 1,
    }),
  );

/**
 * Tables as publishByMonth hands them over ("by month", the largest table): every column total is
 * published elsewhere, so each is 0 or at least the threshold, and no row is empty.
 */
const monthsTable = fc
  .record({
    height: fc.integer({ min: 1, max: 3 }),
    width: fc.integer({ min: 1, max: 3 }),
    threshold: fc.integer({ min: 3, max: 5 }),
    seed: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 9 })), {
      minLength: 9,
      maxLength: 9,
    }),
  })
  .map(({ height, width, threshold, seed }): CountTableInput => {
    const rows = Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => seed[r * 3 + c] ?? 0),
    );
    // A column whose total would be small is withheld before the table is published: zero it.
    for (let c = 0; c < width; c++) {
      const total = rows.reduce((n, row) => n + (row[c] ?? 0), 0);
      if (total > 0 && total < threshold) for (const row of rows) row[c] = 0;
    }
    return { rows: rows.filter((row) => row.some((n) => n > 0)), threshold, linked: 'totalsRow' };
  })
  .filter((input) => input.rows.length > 0);

/** Every suppressed count of the published table can still be each of 1..t-1, to the attacker. */
function expectNothingWorkedOut(input: CountTableInput): void {
  const shown = suppressTable(input);
  const attacker = new Attacker(input, shown);
  for (const { where, read } of suppressedCounts(shown)) {
    for (let w = 1; w < input.threshold; w++) {
      expect(
        attacker.exists((table) => read(table) === w),
        `${JSON.stringify(input)}: ${where} could not be ${w}`,
      ).toBe(true);
    }
  }
}

describe('suppression that cannot be undone', () => {
  it('the report of issue 13: a total minus the visible cells no longer gives the "<5" back', () => {
    const input = { rows: [[1], [7], [9]], threshold: 5 };
    const shown = suppressTable(input);
    // 7 cannot carry the "<5" up to 4 and stay 5 or more; 9 can.
    expect(shown.cells).toEqual([['suppressed'], [7], ['hidden']]);
    expect(shown.columnTotals).toEqual([17]);
    const attacker = new Attacker(input, shown);
    for (let w = 1; w <= 4; w++)
      expect(
        attacker.exists((t) => t[0]?.[0] === w),
        `value ${w}`,
      ).toBe(true);
  });

  it('hides a small count in a two-way table with a rectangle of cells, totals kept', () => {
    const input = {
      rows: [
        [2, 10],
        [12, 20],
      ],
      threshold: 5,
    };
    const shown = suppressTable(input);
    expect(shown.cells).toEqual([
      ['suppressed', 'hidden'],
      ['hidden', 'hidden'],
    ]);
    expect(shown.rowTotals).toEqual([12, 32]);
    expect(shown.columnTotals).toEqual([14, 30]);
    expect(shown.grandTotal).toBe(44);
  });

  it('withholds the breakdown when no cells can hide a small one, and says only the total', () => {
    const shown = suppressTable({ rows: [[1], [1], [6]], threshold: 5 });
    expect(shown).toMatchObject({ withheld: true, cells: [], columnTotals: [8] });
    const tiny = suppressTable({ rows: [[1], [2]], threshold: 5 });
    expect(tiny).toMatchObject({ withheld: true, columnTotals: ['suppressed'] });
  });

  it('property: no suppressed count can be worked out from what the same table shows', () => {
    fc.assert(fc.property(smallTable, expectNothingWorkedOut), { numRuns: 300 });
  });

  it('property: "by month" (linked column totals) keeps every small count unknowable too', () => {
    fc.assert(fc.property(monthsTable, expectNothingWorkedOut), { numRuns: 300 });
  });

  it('refuses a linked totals row with a small total, which it could only print', () => {
    // The review's case: printed as columnTotals ['suppressed', 5] with a grand total of 6, the "<3" is 1.
    expect(() => suppressTable({ rows: [[1, 5]], threshold: 3, linked: 'totalsRow' })).toThrow(/linked column total/);
    expect(() => suppressTable({ rows: [[0, 5]], threshold: 3, linked: 'totalsRow' })).not.toThrow();
  });

  it('property: what is shown is true, and no small count is shown', () => {
    fc.assert(
      fc.property(smallTable, (input) => {
        const shown = suppressTable(input);
        const t = input.threshold;
        const check = (truth: number, value: PublishedCount | undefined) => {
          if (value === undefined) return;
          if (typeof value === 'number') expect(value).toBe(truth);
          else if (value === 'suppressed') expect(truth > 0 && truth < t).toBe(true);
          else expect(truth >= t).toBe(true);
          if (truth > 0 && truth < t) expect(value).toBe('suppressed');
        };
        shown.cells.forEach((row, r) => {
          row.forEach((value, c) => {
            check(input.rows[r]?.[c] ?? 0, value);
          });
        });
        shown.rowTotals?.forEach((value, r) => {
          check(rowSum(input.rows[r] ?? []), value);
        });
        shown.columnTotals?.forEach((value, c) => {
          if (value !== 'hidden') check(rowSum(input.rows.map((row) => row[c] ?? 0)), value);
        });
        if (shown.grandTotal !== undefined) check(rowSum(input.rows.flat()), shown.grandTotal);
        // The grand total is published by other tables too: it is never hidden to protect a cell.
        const grand = shown.grandTotal ?? (input.rows[0]?.length === 1 ? shown.columnTotals?.[0] : undefined);
        expect(grand).not.toBe('hidden');
      }),
      { numRuns: 300 },
    );
  });

  it('property: categories that overlap get no totals, and keep every count that is not small', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 3, max: 5 }),
        (counts, threshold) => {
          const shown = suppressTable({ rows: counts.map((n) => [n]), threshold, overlapping: true });
          expect(shown.columnTotals).toBeUndefined();
          expect(shown.cells.flat()).toEqual(counts.map((n) => (n > 0 && n < threshold ? 'suppressed' : n)));
        },
      ),
    );
  });
});
