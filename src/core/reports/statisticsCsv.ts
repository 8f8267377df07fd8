import { type Language, translate } from '../../shared/i18n';
import type { Statistics } from '../../shared/reports/statistics';
import { statisticsNotes, tableLayout } from '../../shared/reports/statisticsLayout';

/**
 * Excel in a Russian or Kazakh locale splits CSV at the list separator of the system, ";" there
 * (the decimal separator is the comma); LibreOffice asks, with ";" among its defaults.
 */
export const CSV_SEPARATOR = ';';

function cell(value: string): string {
  // Quoted always; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const line = (cells: string[]) => cells.map(cell).join(CSV_SEPARATOR);

/**
 * One CSV file: the period and the suppression notes, then a block per table (title, header, rows,
 * totals), UTF-8 with a BOM so that Excel reads Cyrillic, lines ending in CRLF.
 */
export function statisticsCsv(stats: Statistics, language: Language): string {
  const lines: string[] = [
    line([translate(language, 'report.stats.title'), `${stats.from} – ${stats.to}`]),
    ...statisticsNotes(stats, language).map((note) => line([note])),
  ];
  for (const table of stats.tables) {
    const layout = tableLayout(table, stats, language);
    lines.push('', line([translate(language, `report.table.${table.id}`)]), line(layout.header));
    for (const row of layout.rows) lines.push(line(row));
    if (layout.totals) lines.push(line(layout.totals));
    if (layout.note) lines.push(line([layout.note]));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
