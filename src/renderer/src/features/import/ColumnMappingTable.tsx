import { useId } from 'react';
import type { ColumnTargetId } from '../../../../shared/import/columnTargets';
import type { ColumnMapping, SpreadsheetInfo } from '../../../../shared/import/spreadsheetImport';
import { TitledSection } from '../../components/TitledSection';
import { useT } from '../../i18n/I18nProvider';
import { headersTwice } from './mappingConflicts';
import { targetGroupsFor } from './targetOptions';

/**
 * One row per column of the file: its letter and header, a few values, and where it goes. A column
 * sent to a field another column already fills is marked: one of the two would be lost.
 */
export function ColumnMappingTable({
  info,
  mapping,
  disabled,
  onChange,
}: {
  info: SpreadsheetInfo;
  mapping: ColumnMapping;
  disabled: boolean;
  onChange(next: ColumnMapping): void;
}) {
  const t = useT();
  const notesId = useId();
  const groups = targetGroupsFor(t);
  const targetOf = (header: string): ColumnTargetId =>
    mapping.columns.find((c) => c.header === header)?.target ?? 'ignore';
  // In the file's order, so that "twice" is said of the later column, as the core says it.
  const setTarget = (header: string, target: ColumnTargetId) => {
    const columns = info.columns.map((column) => ({
      header: column.header,
      target: column.header === header ? target : targetOf(column.header),
    }));
    const elsewhere = mapping.columns.filter((c) => !info.columns.some((column) => column.header === c.header));
    onChange({ ...mapping, columns: [...columns, ...elsewhere] });
  };
  const twice = headersTwice(info, mapping);

  return (
    <TitledSection title={t('import.mapping.title')} className="import-section">
      <div className="import-table-scroll">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.column')}</th>
              <th scope="col">{t('import.mapping.samples')}</th>
              <th scope="col">{t('import.mapping.target')}</th>
            </tr>
          </thead>
          <tbody>
            {info.columns.map((column) => (
              <tr key={column.index} className={twice.has(column.header) ? 'import-row-refused' : undefined}>
                <th scope="row">
                  <span className="import-letter">{column.letter}</span> {column.header}
                </th>
                <td className="import-samples">{column.samples.join(' · ')}</td>
                <td>
                  <select
                    className="input select"
                    aria-label={t('import.mapping.targetOf', { letter: column.letter, header: column.header })}
                    aria-invalid={twice.has(column.header) || undefined}
                    aria-describedby={twice.has(column.header) ? `${notesId}-twice-${column.index}` : undefined}
                    value={targetOf(column.header)}
                    disabled={disabled}
                    onChange={(event) => setTarget(column.header, event.target.value as ColumnTargetId)}
                  >
                    {groups.map((group) => (
                      <optgroup key={group.label} label={group.label}>
                        {group.options.map((option) => (
                          <option key={option.id} value={option.id}>
                            {option.label}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                  {twice.has(column.header) ? (
                    <p className="field-error" id={`${notesId}-twice-${column.index}`}>
                      {t('form.targetTwice')}
                    </p>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="checkbox-field">
        <input
          id={notesId}
          type="checkbox"
          checked={mapping.unmappedToNotes}
          disabled={disabled}
          onChange={(event) => onChange({ ...mapping, unmappedToNotes: event.target.checked })}
        />
        <label htmlFor={notesId}>{t('import.mapping.toNotes')}</label>
      </div>
    </TitledSection>
  );
}
