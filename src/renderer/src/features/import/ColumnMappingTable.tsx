import { useId } from 'react';
import type { ColumnTargetId } from '../../../../shared/import/columnTargets';
import type { ColumnMapping, SpreadsheetInfo } from '../../../../shared/import/spreadsheetImport';
import { useT } from '../../i18n/I18nProvider';
import { targetGroupsFor } from './targetOptions';

/** One row per column of the file: its letter and header, a few values, and where it goes. */
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
  const titleId = useId();
  const notesId = useId();
  const groups = targetGroupsFor(t);
  const targetOf = (header: string): ColumnTargetId =>
    mapping.columns.find((c) => c.header === header)?.target ?? 'ignore';
  const setTarget = (header: string, target: ColumnTargetId) => {
    const others = mapping.columns.filter((c) => c.header !== header);
    onChange({ ...mapping, columns: [...others, { header, target }] });
  };

  return (
    <section className="import-section" aria-labelledby={titleId}>
      <h2 className="section-title" id={titleId}>
        {t('import.mapping.title')}
      </h2>
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
              <tr key={column.index}>
                <th scope="row">
                  <span className="import-letter">{column.letter}</span> {column.header}
                </th>
                <td className="import-samples">{column.samples.join(' · ')}</td>
                <td>
                  <select
                    className="input select"
                    aria-label={t('import.mapping.targetOf', { letter: column.letter, header: column.header })}
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
    </section>
  );
}
