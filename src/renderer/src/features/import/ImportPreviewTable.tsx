import { useId } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import type { PreviewRow } from '../../../../shared/import/spreadsheetImport';
import { TitledSection } from '../../components/TitledSection';
import { useI18n } from '../../i18n/I18nProvider';
import { countryLabel, languageLabel } from '../applicants/codeOptions';
import { showDate } from '../applicants/format';
import { documentLabel, eventLabel, problemText } from './importText';

/** The first rows as Panoh will store them: names split, codes named, dates as dd.mm.yyyy, problems beside them. */
export function ImportPreviewTable({ rows }: { rows: PreviewRow[] }) {
  const { t, language } = useI18n();
  const titleId = useId();
  const more = (row: PreviewRow) => [
    ...row.documents.map((d) =>
      [documentLabel(t, d.kind), d.number, d.expiresOn && showDate(d.expiresOn)].filter(Boolean).join(' '),
    ),
    ...row.events.map((e) => `${eventLabel(t, e.type)} ${showDate(e.date)}`),
  ];
  return (
    <TitledSection title={t('import.preview.title')} className="import-section" titleId={titleId}>
      {/* Wide rows scroll sideways; the keyboard can scroll them too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus to be scrolled by keyboard */}
      <section className="import-table-scroll" tabIndex={0} aria-labelledby={titleId}>
        <table className="import-table import-preview" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('import.preview.row')}</th>
              <th scope="col">{t('import.preview.name')}</th>
              <th scope="col">{t('import.preview.sex')}</th>
              <th scope="col">{t('import.preview.birthDate')}</th>
              <th scope="col">{t('import.preview.citizenship')}</th>
              <th scope="col">{t('import.preview.languages')}</th>
              <th scope="col">{t('import.preview.status')}</th>
              <th scope="col">{t('import.preview.more')}</th>
              <th scope="col">{t('import.preview.notes')}</th>
              <th scope="col">{t('import.preview.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row} className={row.problems.length > 0 ? 'import-row-refused' : undefined}>
                <th scope="row">{row.row}</th>
                <td>{[row.familyName, row.givenName, row.patronymic].filter(Boolean).join(' / ')}</td>
                <td>{row.sex ? t(`applicant.sex.${row.sex}` as MessageKey) : ''}</td>
                <td>{showDate(row.birthDate)}</td>
                <td>{row.citizenship.map((code) => countryLabel(code, language)).join(', ')}</td>
                <td>{row.languages.map((code) => languageLabel(code, language)).join(', ')}</td>
                <td>{row.caseStatus ? t(`applicant.status.${row.caseStatus}` as MessageKey) : ''}</td>
                <td>{more(row).join('; ')}</td>
                <td className="import-notes">{row.notes ?? ''}</td>
                <td>
                  {row.problems.length === 0 ? (
                    <span className="import-ok">{t('import.preview.ready')}</span>
                  ) : (
                    <ul className="import-cell-problems">
                      {row.problems.map((problem) => (
                        <li key={`${problem.header}:${problem.issue}`}>{problemText(t, problem)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </TitledSection>
  );
}
