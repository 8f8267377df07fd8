import type { PublishedCount } from '../../shared/reports/statistics';

/**
 * Small-count suppression that cannot be undone with arithmetic.
 *
 * A table is published with its totals: a total per column (the totals row) and, when it has more
 * than one column, a total per row. Counts from 1 to threshold-1 are hidden ("primary"
 * suppression, printed "<t"). Alone that is not enough: a total minus the visible cells of its row
 * gives the hidden one back. So more cells are hidden ("complementary" suppression, printed "…")
 * until every primary cell has a *witness*: a cycle of hidden cells along which values can be
 * shifted, + and − in turn, so that every row and column still adds up to the totals shown, every
 * hidden cell stays within what a reader knows of it (a primary cell in 1..t-1, a complementary one
 * t or more: zeros are never hidden as complements, and small counts are primary), and the primary
 * cell itself takes every value from 1 to t-1. Two such tables, the true one and the shifted one,
 * show exactly the same figures: the reader cannot tell which is true, so learns nothing beyond
 * "<t". The witness is a rectangle of four hidden cells, or a pair in the same row or column where
 * only that line has a total.
 *
 * Linked cells are published in another table too (a table's grand total is the count of events
 * another table breaks down by month): no witness moves them, so a shift inside one table never
 * disturbs another, and the tables can be protected one by one. When a linked total is itself
 * small, the whole population is withheld instead: its tables print only "<t" as their total.
 * When no witness can be found, the table's breakdown is withheld and only its total is printed.
 */

export interface CountTableInput {
  rows: number[][];
  threshold: number;
  /** Categories overlap (a person with two citizenships counts under both): no totals at all. */
  overlapping?: boolean;
  /** 'grandTotal' (default): the table's grand total is published elsewhere; 'totalsRow': every column total is. */
  linked?: 'grandTotal' | 'totalsRow';
}

export interface PublishedTable {
  /** Interior cells, row by row. */
  cells: PublishedCount[][];
  /** Per row, when the table has more than one column. */
  rowTotals?: PublishedCount[];
  /** The totals row, per column; absent for overlapping categories and for a single row. */
  columnTotals?: PublishedCount[];
  /** The total of the row totals, for tables with a totals row and more than one column. */
  grandTotal?: PublishedCount;
  /** The breakdown is not shown at all: printing it would reveal a small count. */
  withheld: boolean;
}

type Status = 'visible' | 'primary' | 'complement';

interface Grid {
  values: number[][];
  status: Status[][];
  /** Index of the totals row / totals column in the augmented grid, or -1. */
  totalsRow: number;
  totalsColumn: number;
  linked: (r: number, c: number) => boolean;
  threshold: number;
}

/** The table with its totals row and column appended where it has them. */
function augment(input: CountTableInput): Grid {
  const { rows, threshold } = input;
  const width = rows[0]?.length ?? 0;
  const hasTotalsRow = !input.overlapping && rows.length > 1;
  const hasTotalsColumn = !input.overlapping && width > 1;
  const values = rows.map((row) => (hasTotalsColumn ? [...row, sum(row)] : [...row]));
  if (hasTotalsRow) values.push(values[0]?.map((_, c) => sum(values.map((row) => row[c] ?? 0))) ?? []);
  const totalsRow = hasTotalsRow ? values.length - 1 : -1;
  const totalsColumn = hasTotalsColumn ? width : -1;
  const grandRow = hasTotalsRow ? totalsRow : 0;
  const grandColumn = hasTotalsColumn ? totalsColumn : 0;
  // A single row is its own totals row.
  const linked =
    input.linked === 'totalsRow'
      ? (r: number) => r === grandRow
      : (r: number, c: number) => !input.overlapping && r === grandRow && c === grandColumn;
  const status = values.map((row) => row.map((v): Status => (v > 0 && v < threshold ? 'primary' : 'visible')));
  return { values, status, totalsRow, totalsColumn, linked, threshold };
}

const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);

/** -1 for a totals row or column: a shift of +d inside moves its total by +d too. */
function sign(grid: Grid, r: number, c: number): number {
  return (r === grid.totalsRow ? -1 : 1) * (c === grid.totalsColumn ? -1 : 1);
}

type Corner = { r: number; c: number; y: 1 | -1 };

/** Cycles through (r, c) whose shifts keep every row and column equation of the table. */
function* cyclesThrough(grid: Grid, r: number, c: number): Generator<Corner[]> {
  const rowCount = grid.values.length;
  const columnCount = grid.values[0]?.length ?? 0;
  for (let r2 = 0; r2 < rowCount; r2++) {
    if (r2 === r) continue;
    // A pair in one column keeps the column's equation; allowed where rows have no equation.
    if (grid.totalsColumn < 0)
      yield [
        { r, c, y: 1 },
        { r: r2, c, y: -1 },
      ];
    for (let c2 = 0; c2 < columnCount; c2++) {
      if (c2 === c) continue;
      yield [
        { r, c, y: 1 },
        { r, c: c2, y: -1 },
        { r: r2, c, y: -1 },
        { r: r2, c: c2, y: 1 },
      ];
    }
  }
  if (grid.totalsRow < 0) {
    for (let c2 = 0; c2 < columnCount; c2++) {
      if (c2 !== c)
        yield [
          { r, c, y: 1 },
          { r, c: c2, y: -1 },
        ];
    }
  }
}

function bounds(grid: Grid, status: Status, value: number): [number, number] {
  if (status === 'primary') return [1, grid.threshold - 1];
  if (status === 'complement') return [grid.threshold, Number.POSITIVE_INFINITY];
  return [value, value];
}

/**
 * The cells a cycle would newly hide, or undefined when it cannot be a witness: it moves a linked
 * cell, needs a zero hidden, or cannot carry the primary cell (r0, c0) from 1 to threshold-1.
 */
function newComplements(grid: Grid, cycle: Corner[]): Corner[] | undefined {
  const [first] = cycle;
  if (!first) return undefined;
  const value = grid.values[first.r]?.[first.c] ?? 0;
  const shifts = [1 - value, grid.threshold - 1 - value].map((d) => d * sign(grid, first.r, first.c));
  const added: Corner[] = [];
  for (const corner of cycle.slice(1)) {
    if (grid.linked(corner.r, corner.c)) return undefined;
    const v = grid.values[corner.r]?.[corner.c] ?? 0;
    let status = grid.status[corner.r]?.[corner.c] ?? 'visible';
    if (status === 'visible') {
      if (v === 0) return undefined;
      status = 'complement';
      added.push(corner);
    }
    const [lo, hi] = bounds(grid, status, v);
    for (const shift of shifts) {
      const moved = v + shift * corner.y * sign(grid, corner.r, corner.c);
      if (moved < lo || moved > hi) return undefined;
    }
  }
  return added;
}

/** Fewest new complements first, then the smallest counts hidden. */
function cheaper(grid: Grid, a: Corner[], b: Corner[] | undefined): boolean {
  if (!b) return true;
  if (a.length !== b.length) return a.length < b.length;
  const total = (cells: Corner[]) => sum(cells.map(({ r, c }) => grid.values[r]?.[c] ?? 0));
  return total(a) < total(b);
}

/** The cheapest witness for a primary cell, or undefined when it can have none. */
function cheapestWitness(grid: Grid, r: number, c: number): Corner[] | undefined {
  let best: Corner[] | undefined;
  for (const cycle of cyclesThrough(grid, r, c)) {
    const added = newComplements(grid, cycle);
    if (!added) continue;
    if (added.length === 0) return added;
    if (cheaper(grid, added, best)) best = added;
  }
  return best;
}

/** Hides complements until every primary cell has a witness; false when one cannot have any. */
function protect(grid: Grid): boolean {
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.status[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (row[c] !== 'primary') continue;
      if (grid.linked(r, c)) return false;
      const witness = cheapestWitness(grid, r, c);
      if (!witness) return false;
      for (const corner of witness) {
        const line = grid.status[corner.r];
        if (line) line[corner.c] = 'complement';
      }
    }
  }
  return true;
}

function shown(grid: Grid, r: number, c: number): PublishedCount {
  const status = grid.status[r]?.[c];
  if (status === 'primary') return 'suppressed';
  if (status === 'complement') return 'hidden';
  return grid.values[r]?.[c] ?? 0;
}

function withheldTable(grid: Grid, input: CountTableInput): PublishedTable {
  const total = (v: number): PublishedCount => (v > 0 && v < input.threshold ? 'suppressed' : v);
  const all = sum(input.rows.flat());
  const width = input.rows[0]?.length ?? 0;
  if (input.linked === 'totalsRow') {
    // The columns' totals are published elsewhere: they stay; the rows behind them do not.
    const columnTotals = Array.from({ length: width }, (_, c) => total(sum(input.rows.map((row) => row[c] ?? 0))));
    return { cells: [], columnTotals, grandTotal: grid.totalsColumn >= 0 ? total(all) : undefined, withheld: true };
  }
  return width > 1
    ? { cells: [], grandTotal: total(all), withheld: true }
    : { cells: [], columnTotals: [total(all)], withheld: true };
}

/**
 * A totals row published elsewhere is never hidden here, so none of its totals may be small: the
 * caller withholds such a population first (publishByMonth does). Printing one would leak it.
 */
function checkLinkedTotals(input: CountTableInput): void {
  if (input.linked !== 'totalsRow') return;
  const width = input.rows[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    const total = sum(input.rows.map((row) => row[c] ?? 0));
    if (total > 0 && total < input.threshold) {
      throw new Error(`suppressTable: linked column total below the threshold (column ${c})`);
    }
  }
}

/** Publishes a table of counts: small ones hidden, and enough others with them that none can be worked out. */
export function suppressTable(input: CountTableInput): PublishedTable {
  checkLinkedTotals(input);
  const grid = augment(input);
  const width = input.rows[0]?.length ?? 0;
  // Without a total there is no equation to solve, and a primary cell needs no company.
  const hasEquations = grid.totalsRow >= 0 || grid.totalsColumn >= 0;
  if (hasEquations && !protect(grid)) return withheldTable(grid, input);
  const cells = input.rows.map((row, r) => row.map((_, c) => shown(grid, r, c)));
  const published: PublishedTable = { cells, withheld: false };
  if (grid.totalsColumn >= 0) published.rowTotals = input.rows.map((_, r) => shown(grid, r, grid.totalsColumn));
  if (grid.totalsRow >= 0) {
    published.columnTotals = Array.from({ length: width }, (_, c) => shown(grid, grid.totalsRow, c));
    if (grid.totalsColumn >= 0) published.grandTotal = shown(grid, grid.totalsRow, grid.totalsColumn);
  }
  return published;
}
