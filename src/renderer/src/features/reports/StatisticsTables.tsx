import type { Language } from '../../../../shared/i18n';
import { countryName } from '../../../../shared/records/codes';
import { columnLabel, rowLabel } from '../../../../shared/reports/labels';
import type { PublishedCount, Statistics, StatisticsTable } from '../../../../shared/reports/statistics';
import { tableLayout } from '../../../../shared/reports/statisticsLayout';
import { useI18n } from '../../i18n/I18nProvider';

/** Tables that have one column of counts are narrow; the others, with their totals column, take the whole width. */
function isWide(table: StatisticsTable): boolean {
  return table.columns.length > 1;
}

const hasRowTotals = (table: StatisticsTable) =>
  table.rows.some((row) => row.total !== undefined) || table.totals?.total !== undefined;

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

function Count({ value, threshold }: { value: PublishedCount | undefined; threshold: number }) {
  const { t } = useI18n();
  if (value === undefined) return null;
  if (value === 'suppressed')
    return (
      <abbr className="suppressed-count" title={t('reports.preview.suppressed', { below: threshold - 1 })}>
        {`<${threshold}`}
      </abbr>
    );
  if (value === 'hidden')
    return (
      <abbr className="suppressed-count" title={t('reports.preview.hidden', { threshold })}>
        …
      </abbr>
    );
  return <>{value}</>;
}

function CountRow({
  header,
  counts,
  total,
  totals,
  threshold,
  columns,
}: {
  header: string;
  counts: (PublishedCount | undefined)[];
  total: PublishedCount | undefined;
  totals: boolean;
  threshold: number;
  columns: string[];
}) {
  return (
    <>
      <th scope="row">{header}</th>
      {counts.map((count, index) => (
        <td className="stats-count" key={columns[index] ?? index}>
          <Count value={count} threshold={threshold} />
        </td>
      ))}
      {totals ? (
        <td className="stats-count stats-row-total">
          <Count value={total} threshold={threshold} />
        </td>
      ) : null}
    </>
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
  const rowTotals = hasRowTotals(table);
  const width = table.columns.length + 1 + (rowTotals ? 1 : 0);
  const { note } = tableLayout(table, { threshold }, language);
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
            {rowTotals ? (
              <th scope="col" className="stats-count">
                {t('report.column.total')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 && !table.totals ? (
            <tr>
              <td colSpan={width} className="stats-none">
                {t('report.none')}
              </td>
            </tr>
          ) : (
            table.rows.map((row) => (
              <tr key={row.label}>
                <CountRow
                  header={labelOf(language, table.id, row.label)}
                  counts={row.counts}
                  total={row.total}
                  totals={rowTotals}
                  threshold={threshold}
                  columns={table.columns}
                />
              </tr>
            ))
          )}
        </tbody>
        {table.totals ? (
          <tfoot>
            <tr className="stats-totals">
              <CountRow
                header={t('report.column.total')}
                counts={table.columns.map((_, i) => table.totals?.counts[i])}
                total={table.totals.total}
                totals={rowTotals}
                threshold={threshold}
                columns={table.columns}
              />
            </tr>
          </tfoot>
        ) : null}
      </table>
      {note ? <p className="field-note stats-table-note">{note}</p> : null}
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
