import {
  type CsvDelimiter,
  type CsvEncoding,
  csvDelimiters,
  csvEncodings,
  type ReadOptions,
  type SpreadsheetInfo,
} from '../../../../shared/import/spreadsheetImport';
import { ChoiceSelect } from '../../components/ChoiceSelect';
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
          <ChoiceSelect
            label={t('import.read.sheet')}
            value={info.sheet}
            options={info.sheets.map((sheet) => ({ value: sheet, label: sheet }))}
            disabled={disabled}
            onChange={(sheet) => onChange({ ...current, sheet })}
          />
        ) : null}
        {info.format === 'csv' ? (
          <>
            <ChoiceSelect<CsvEncoding>
              label={t('import.read.encoding')}
              value={info.encoding}
              options={csvEncodings.map((encoding) => ({ value: encoding, label: t(`import.encoding.${encoding}`) }))}
              disabled={disabled}
              onChange={(encoding) => onChange({ ...current, encoding })}
            />
            <ChoiceSelect<CsvDelimiter>
              label={t('import.read.delimiter')}
              value={info.delimiter}
              options={csvDelimiters.map((delimiter) => ({
                value: delimiter,
                label: t(`import.delimiter.${delimiterNames[delimiter]}`),
              }))}
              disabled={disabled}
              onChange={(delimiter) => onChange({ ...current, delimiter })}
            />
          </>
        ) : null}
      </div>
      <p className="field-note">{t('import.read.summary', { rows: info.headerRows.join('–'), count: info.rows })}</p>
    </fieldset>
  );
}
