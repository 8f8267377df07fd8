import { foldKey } from '../../../../shared/import/fold';
import type { ColumnMapping, ValueTableUse } from '../../../../shared/import/spreadsheetImport';
import { TitledSection } from '../../components/TitledSection';
import { useT } from '../../i18n/I18nProvider';
import { tableValueOptions } from './targetOptions';

/** The written forms in status, sex and outcome columns, each with the value it will get; the lawyer corrects them. */
export function ValueTablesPanel({
  uses,
  mapping,
  disabled,
  onChange,
}: {
  uses: ValueTableUse[];
  mapping: ColumnMapping;
  disabled: boolean;
  onChange(next: ColumnMapping): void;
}) {
  const t = useT();
  if (uses.length === 0) return null;
  const set = (use: ValueTableUse, written: string, value: string) => {
    const table = { ...mapping.values[use.table] };
    if (value === '') delete table[foldKey(written)];
    else table[foldKey(written)] = value;
    onChange({ ...mapping, values: { ...mapping.values, [use.table]: table } });
  };
  return (
    <TitledSection title={t('import.values.title')} className="import-section">
      <p className="field-note">{t('import.values.intro')}</p>
      {uses.map((use) => (
        <table key={use.header} className="import-table import-values">
          <caption>{t('import.values.column', { header: use.header })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.values.written')}</th>
              <th scope="col">{t('import.values.stored')}</th>
            </tr>
          </thead>
          <tbody>
            {use.values.map(({ written, value }) => (
              <tr key={written}>
                <th scope="row">{written}</th>
                <td>
                  <select
                    className={value ? 'input select' : 'input select input-invalid'}
                    aria-label={`${use.header}: ${written}`}
                    value={value ?? ''}
                    disabled={disabled}
                    onChange={(event) => set(use, written, event.target.value)}
                  >
                    <option value="">{t('import.values.unknown')}</option>
                    {tableValueOptions(t, use.table).map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </TitledSection>
  );
}
