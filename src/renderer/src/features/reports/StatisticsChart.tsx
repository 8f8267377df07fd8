import { useId } from 'react';
import { rowLabel } from '../../../../shared/reports/labels';
import { countText, barExtent as extent, type Statistics } from '../../../../shared/reports/statistics';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Each month's total as a bar, as the PDF draws it: a small count is an outlined bar labelled
 * "<t", never a bar of 0, and a count hidden to protect another has no bar, only "…".
 */
export function StatisticsChart({ stats }: { stats: Statistics }) {
  const { t, language } = useI18n();
  const captionId = useId();
  const months = stats.tables.find((table) => table.id === 'byMonth')?.rows ?? [];
  if (months.length === 0) return null;
  const values = months.map((row) => row.total ?? 0);
  const max = Math.max(1, ...values.map((value) => extent(value, stats.threshold)));
  return (
    <figure className="stats-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{t('report.stats.chart')}</figcaption>
      <ol className="stats-chart-bars">
        {months.map((row, index) => {
          const value = values[index] ?? 0;
          const label = rowLabel(language, 'byMonth', row.label);
          return (
            <li key={row.label} className="stats-chart-bar" data-month={row.label}>
              <span className="stats-chart-value">{countText(value, stats.threshold)}</span>
              <span
                className={value === 'suppressed' ? 'stats-chart-fill stats-chart-fill-small' : 'stats-chart-fill'}
                style={{ height: `${(extent(value, stats.threshold) / max) * 100}%` }}
                aria-hidden="true"
              />
              <span className="stats-chart-label">{label}</span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
