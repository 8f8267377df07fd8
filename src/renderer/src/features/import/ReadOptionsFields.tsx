import { useId } from 'react';
import {
  csvDelimiters,
  csvEncodings,
  type ReadOptions,
  type SpreadsheetInfo,
} from '../../../../shared/import/spreadsheetImport';
import { useT } from '../../i18n/I18nProvider';

const delimiterNames = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/** Which sheet, and for a CSV the encoding and separator: detected, shown, and correctable. */
export function ReadOptionsFields({
  info,
  disabled,
  onChange,
}: {
  info: SpreadsheetInfo;
  disabled: boolean;
  onChange(read: ReadOptions): void;
}) {
  const t = useT();
  const ids = { sheet: useId(), encoding: useId(), delimiter: useId() };
  const current: ReadOptions = {
    ...(info.sheet ? { sheet: info.sheet } : {}),
    ...(info.encoding ? { encoding: info.encoding } : {}),
    ...(info.delimiter ? { delimiter: info.delimiter } : {}),
  };
  return (
    <fieldset className="import-read">
      <legend className="section-title">{t('import.read.title')}</legend>
      <div className="import-read-fields">
        {info.format === 'xlsx' && info.sheets.length > 1 ? (
          <div className="field">
            <label className="field-label" htmlFor={ids.sheet}>
              {t('import.read.sheet')}
            </label>
            <select
              id={ids.sheet}
              className="input select"
              value={info.sheet}
              disabled={disabled}
              onChange={(event) => onChange({ ...current, sheet: event.target.value })}
            >
              {info.sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {info.format === 'csv' ? (
          <>
            <div className="field">
              <label className="field-label" htmlFor={ids.encoding}>
                {t('import.read.encoding')}
              </label>
              <select
                id={ids.encoding}
                className="input select"
                value={info.encoding}
                disabled={disabled}
                onChange={(event) => onChange({ ...current, encoding: event.target.value as ReadOptions['encoding'] })}
              >
                {csvEncodings.map((encoding) => (
                  <option key={encoding} value={encoding}>
                    {t(`import.encoding.${encoding}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field-label" htmlFor={ids.delimiter}>
                {t('import.read.delimiter')}
              </label>
              <select
                id={ids.delimiter}
                className="input select"
                value={info.delimiter}
                disabled={disabled}
                onChange={(event) =>
                  onChange({ ...current, delimiter: event.target.value as ReadOptions['delimiter'] })
                }
              >
                {csvDelimiters.map((delimiter) => (
                  <option key={delimiter} value={delimiter}>
                    {t(`import.delimiter.${delimiterNames[delimiter]}`)}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : null}
      </div>
      <p className="field-note">{t('import.read.summary', { rows: info.headerRows.join('–'), count: info.rows })}</p>
    </fieldset>
  );
}
