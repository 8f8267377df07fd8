import { type Language, translate } from '../i18n';
import { columnLabel, rowLabel } from './labels';
import { countText, type PublishedCount, type Statistics, type StatisticsTable } from './statistics';

/** One statistics table as text cells: what the PDF, the CSV and the preview all print. */
export interface TableLayout {
  header: string[];
  rows: string[][];
  /** The totals row, when the table has one; printed last, apart. */
  totals?: string[];
  /** A sentence under the table: why only the total is shown, or why there is none. */
  note?: string;
}

/** A table as printed in `language`; row labels can be named differently (the preview's country names). */
export function tableLayout(
  table: StatisticsTable,
  stats: Pick<Statistics, 'threshold'>,
  language: Language,
  labelOf: (code: string) => string = (code) => rowLabel(language, table.id, code),
): TableLayout {
  const show = (value: PublishedCount | undefined) => (value === undefined ? '' : countText(value, stats.threshold));
  const total = translate(language, 'report.column.total');
  const rowTotals = table.rows.some((row) => row.total !== undefined) || table.totals?.total !== undefined;
  const header = ['', ...table.columns.map((c) => columnLabel(language, c)), ...(rowTotals ? [total] : [])];
  const rows = table.rows.map((row) => [
    labelOf(row.label),
    ...row.counts.map(show),
    ...(rowTotals ? [show(row.total)] : []),
  ]);
  const totals = table.totals
    ? [
        total,
        ...table.columns.map((_, i) => show(table.totals?.counts[i])),
        ...(rowTotals ? [show(table.totals.total)] : []),
      ]
    : undefined;
  const note = table.withheld
    ? translate(language, 'report.stats.withheld', { threshold: stats.threshold })
    : table.overlapping && table.rows.length > 1
      ? translate(language, 'report.stats.overlappingCategories')
      : table.id === 'byMonth' && table.totals?.counts.includes('suppressed')
        ? translate(language, 'report.stats.monthsWithout', { threshold: stats.threshold })
        : undefined;
  return { header, rows, ...(totals ? { totals } : {}), ...(note ? { note } : {}) };
}

/** The sentences every statistics export carries: what "<t" and "…" mean, and what not to publish. */
export function statisticsNotes(stats: Pick<Statistics, 'threshold'>, language: Language): string[] {
  const { threshold } = stats;
  return [
    translate(language, 'report.stats.suppressed', { below: threshold - 1, threshold }),
    translate(language, 'report.stats.hidden', { threshold }),
    translate(language, 'report.stats.people'),
    translate(language, 'report.stats.overlapping'),
  ];
}
