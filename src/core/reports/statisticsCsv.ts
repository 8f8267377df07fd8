import { type Language, translate } from '../../shared/i18n';
import { columnLabel, rowLabel } from '../../shared/reports/labels';
import type { PublishedCount, Statistics } from '../../shared/reports/statistics';

function cell(value: string): string {
  // Quoted always; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

function count(value: PublishedCount, threshold: number): string {
  return value === 'suppressed' ? `<${threshold}` : String(value);
}

/** One CSV file: a block per table (title row, header row, data rows), UTF-8 with a BOM for Excel. */
export function statisticsCsv(stats: Statistics, language: Language): string {
  const lines: string[] = [
    [cell(translate(language, 'report.stats.title')), cell(`${stats.from} – ${stats.to}`)].join(','),
    cell(translate(language, 'report.stats.suppressed', { below: stats.threshold - 1, threshold: stats.threshold })),
  ];
  for (const table of stats.tables) {
    lines.push('', cell(translate(language, `report.table.${table.id}`)));
    lines.push(['', ...table.columns.map((c) => columnLabel(language, c))].map(cell).join(','));
    for (const row of table.rows) {
      lines.push(
        [rowLabel(language, table.id, row.label), ...row.counts.map((c) => count(c, stats.threshold))]
          .map(cell)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
