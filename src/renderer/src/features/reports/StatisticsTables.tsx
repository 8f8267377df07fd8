import type { Language } from '../../../../shared/i18n';
import { countryName } from '../../../../shared/records/codes';
import { columnLabel, rowLabel } from '../../../../shared/reports/labels';
import type { PublishedCount, Statistics, StatisticsTable } from '../../../../shared/reports/statistics';
import { useI18n } from '../../i18n/I18nProvider';

/** Tables that have one column of counts are narrow; the others take the whole width. */
function isWide(table: StatisticsTable): boolean {
  return table.columns.length > 2;
}

let kazakhRegionNames: boolean | undefined;

/**
 * A row label in the interface language. Some Chromium builds claim Kazakh but carry no Kazakh
 * country names (they answer in English); Russian names are then the better choice for a Kazakh
 * reader.
 */
function labelOf(language: Language, table: StatisticsTable['id'], code: string): string {
  const countries = table === 'applicantsByCitizenship' || table === 'extraditionsByState';
  if (countries && language === 'kk' && code !== 'unknown') {
    kazakhRegionNames ??= countryName('KZ', 'kk') !== countryName('KZ', 'en');
    if (!kazakhRegionNames) return rowLabel('ru', table, code);
  }
  return rowLabel(language, table, code);
}

function Count({ value, threshold }: { value: PublishedCount; threshold: number }) {
  const { t } = useI18n();
  if (value !== 'suppressed') return <>{value}</>;
  return (
    <abbr className="suppressed-count" title={t('reports.preview.suppressed', { below: threshold - 1 })}>
      {`<${threshold}`}
    </abbr>
  );
}

function StatisticsTableView({
  table,
  threshold,
  language,
}: {
  table: StatisticsTable;
  threshold: number;
  language: Language;
}) {
  const { t } = useI18n();
  return (
    <div className={isWide(table) ? 'stats-table-block stats-table-wide' : 'stats-table-block'}>
      <table className="stats-table" data-table={table.id}>
        <caption>{t(`report.table.${table.id}`)}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('reports.preview.category')}</span>
            </th>
            {table.columns.map((column) => (
              <th scope="col" key={column} className="stats-count">
                {columnLabel(language, column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td colSpan={table.columns.length + 1} className="stats-none">
                {t('report.none')}
              </td>
            </tr>
          ) : (
            table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{labelOf(language, table.id, row.label)}</th>
                {row.counts.map((count, index) => (
                  <td className="stats-count" key={table.columns[index] ?? index}>
                    <Count value={count} threshold={threshold} />
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Every table of the statistics, with its labels in the interface language. */
export function StatisticsTables({ stats }: { stats: Statistics }) {
  const { language } = useI18n();
  return (
    <div className="stats-tables">
      {stats.tables.map((table) => (
        <StatisticsTableView key={table.id} table={table} threshold={stats.threshold} language={language} />
      ))}
    </div>
  );
}
