import type { Language } from '../../shared/i18n';
import { formatPartialDate } from '../../shared/records/partialDate';
import { rowLabel } from '../../shared/reports/labels';
import type { Statistics, StatisticsTable } from '../../shared/reports/statistics';
import { statisticsNotes, tableLayout } from '../../shared/reports/statisticsLayout';
import { pdfText } from './pdf/pdfMessages';
import { ReportDocument } from './pdf/reportDocument';

function writeTable(report: ReportDocument, table: StatisticsTable, stats: Statistics, language: Language): void {
  const { t } = pdfText(language);
  report.heading(t(`report.table.${table.id}`));
  const layout = tableLayout(table, stats, language);
  if (layout.rows.length === 0 && !layout.totals) {
    report.paragraph(t('report.none'), true);
    return;
  }
  const counts = layout.header.length - 1;
  const labelShare = counts > 2 ? 0.26 : 0.6;
  const share = (1 - labelShare) / counts;
  report.table(
    layout.header.map((header, i) => ({ header, width: i === 0 ? labelShare : share })),
    layout.rows,
    layout.totals ? { totals: layout.totals } : {},
  );
  if (layout.note) report.paragraph(layout.note, true);
}

/**
 * Statistics as PDF: the period, what "<t" and "…" mean, a bar chart of each month's total, and
 * every table with its totals. Anonymous, and marked so instead of "client data".
 */
export function statisticsPdf(
  stats: Statistics,
  options: { language: Language; officeName: string; generatedAt: Date; password?: string | undefined },
): Promise<Buffer> {
  const { language } = options;
  const { t } = pdfText(language);
  const title = t('report.stats.title');
  const report = new ReportDocument({ ...options, title, mark: 'anonymous' });
  report.title(
    title,
    t('report.stats.period', { from: formatPartialDate(stats.from), to: formatPartialDate(stats.to) }),
  );
  for (const note of statisticsNotes(stats, language)) report.paragraph(note, true);

  const byMonth = stats.tables.find((table) => table.id === 'byMonth');
  if (byMonth && byMonth.rows.length > 0) {
    report.barChart(
      t('report.stats.chart'),
      byMonth.rows.map((row) => ({ label: rowLabel(language, 'byMonth', row.label), value: row.total ?? 0 })),
      stats.threshold,
    );
  }
  for (const table of stats.tables) writeTable(report, table, stats, language);
  return report.finish();
}
