import { type Language, translate } from '../../shared/i18n';
import { formatPartialDate } from '../../shared/records/partialDate';
import { columnLabel, rowLabel } from '../../shared/reports/labels';
import type { PublishedCount, Statistics } from '../../shared/reports/statistics';
import { ReportDocument } from './pdf/reportDocument';

function count(value: PublishedCount, threshold: number): string {
  return value === 'suppressed' ? `<${threshold}` : String(value);
}

/** Statistics as PDF: the period, the suppression rule, every table, and a bar chart by month. */
export function statisticsPdf(
  stats: Statistics,
  options: { language: Language; officeName: string; generatedAt: Date; password?: string | undefined },
): Promise<Buffer> {
  const { language } = options;
  const title = translate(language, 'report.stats.title');
  const report = new ReportDocument({ ...options, title });
  report.title(
    title,
    translate(language, 'report.stats.period', {
      from: formatPartialDate(stats.from),
      to: formatPartialDate(stats.to),
    }),
  );
  report.paragraph(
    translate(language, 'report.stats.suppressed', { below: stats.threshold - 1, threshold: stats.threshold }),
    true,
  );

  const byMonth = stats.tables.find((t) => t.id === 'byMonth');
  if (byMonth && byMonth.rows.length > 0) {
    report.barChart(
      translate(language, 'report.stats.chart'),
      byMonth.rows.map((row) => ({
        label: formatPartialDate(row.label),
        // Suppressed cells count as zero in the chart: a bar must not reveal what the table hides.
        value: row.counts.reduce<number>((sum, c) => sum + (c === 'suppressed' ? 0 : c), 0),
      })),
    );
  }
  for (const table of stats.tables) {
    report.heading(translate(language, `report.table.${table.id}`));
    if (table.rows.length === 0) {
      report.paragraph(translate(language, 'report.none'), true);
      continue;
    }
    const labelShare = table.columns.length > 2 ? 0.3 : 0.6;
    const share = (1 - labelShare) / table.columns.length;
    report.table(
      [
        { header: '', width: labelShare },
        ...table.columns.map((c) => ({ header: columnLabel(language, c), width: share })),
      ],
      table.rows.map((row) => [
        rowLabel(language, table.id, row.label),
        ...row.counts.map((c) => count(c, stats.threshold)),
      ]),
    );
  }
  return report.finish();
}
