import { useId } from 'react';
import type {
  DuplicateDecision,
  DuplicateRow,
  DryRunReport as Report,
} from '../../../../shared/import/spreadsheetImport';
import { useT } from '../../i18n/I18nProvider';
import { fullName, showDate } from '../applicants/format';
import { problemText } from './importText';

export type Decisions = ReadonlyMap<number, DuplicateDecision>;

function choiceOf(decisions: Decisions, row: number): string {
  const decision = decisions.get(row);
  if (!decision || decision.action === 'skip') return 'skip';
  return decision.action === 'new' ? 'new' : `merge:${decision.into}`;
}

function DuplicateChoice({
  duplicate,
  decisions,
  disabled,
  onDecide,
}: {
  duplicate: DuplicateRow;
  decisions: Decisions;
  disabled: boolean;
  onDecide(decision: DuplicateDecision): void;
}) {
  const t = useT();
  const name = useId();
  const person = (p: {
    familyName?: string | undefined;
    givenName?: string | undefined;
    birthDate?: string | undefined;
  }) => [fullName(p), showDate(p.birthDate)].filter(Boolean).join(', ');
  const current = choiceOf(decisions, duplicate.row);
  const options = [
    { value: 'skip', label: t('import.dup.skip'), decision: { row: duplicate.row, action: 'skip' as const } },
    { value: 'new', label: t('import.dup.new'), decision: { row: duplicate.row, action: 'new' as const } },
    ...duplicate.candidates.map((c) => ({
      value: `merge:${c.applicant.id}`,
      label: t('import.dup.merge', { name: person(c.applicant) }),
      decision: { row: duplicate.row, action: 'merge' as const, into: c.applicant.id },
    })),
  ];
  return (
    <fieldset className="import-duplicate">
      <legend>{t('import.dup.row', { row: duplicate.row, name: person(duplicate) })}</legend>
      <ul className="import-duplicate-existing">
        {duplicate.candidates.map((c) => (
          <li key={c.applicant.id}>{t('import.dup.existing', { name: person(c.applicant) })}</li>
        ))}
      </ul>
      {options.map((option) => (
        <label key={option.value} className="radio-field">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={current === option.value}
            disabled={disabled}
            onChange={() => onDecide(option.decision)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** What the check found: how many rows are ready, every refused cell, and a choice per probable duplicate. */
export function DryRunReport({
  report,
  decisions,
  disabled,
  onDecide,
}: {
  report: Report;
  decisions: Decisions;
  disabled: boolean;
  onDecide(decision: DuplicateDecision): void;
}) {
  const t = useT();
  const ids = { title: useId(), problems: useId(), duplicates: useId(), years: useId() };
  return (
    <section className="import-section import-report" aria-labelledby={ids.title}>
      <h2 className="section-title" id={ids.title}>
        {t('import.report.title')}
      </h2>
      <p role="status">
        {t('import.report.summary', {
          rows: report.rows,
          ready: report.ready,
          events: report.events,
          refused: report.refusedRows,
        })}
      </p>
      {report.problemCount > 0 ? (
        <section aria-labelledby={ids.problems}>
          <h3 className="import-subtitle" id={ids.problems}>
            {t('import.report.problems')}
          </h3>
          <ol className="import-problem-list">
            {report.problems.map((problem) => (
              <li key={`${problem.row}:${problem.header}:${problem.issue}`}>{problemText(t, problem)}</li>
            ))}
          </ol>
          {report.problemCount > report.problems.length ? (
            <p className="field-note">
              {t('import.report.moreProblems', { shown: report.problems.length, total: report.problemCount })}
            </p>
          ) : null}
          <p className="notice">{t('import.report.fixFirst')}</p>
        </section>
      ) : null}
      {report.twoDigitYears.length > 0 ? (
        <section aria-labelledby={ids.years}>
          <h3 className="import-subtitle" id={ids.years}>
            {t('import.report.twoDigitYears')}
          </h3>
          <ul className="import-problem-list import-two-digit-years">
            {report.twoDigitYears.map((years) => (
              <li key={years.header}>
                {t('import.report.twoDigitYear', {
                  header: years.header,
                  count: years.count,
                  from: years.from,
                  to: years.to,
                  row: years.example.row,
                  written: years.example.written,
                  date: showDate(years.example.date),
                })}
              </li>
            ))}
          </ul>
          <p className="field-note">{t('import.report.twoDigitYearsCheck')}</p>
        </section>
      ) : null}
      {report.duplicateCount > 0 ? (
        <section aria-labelledby={ids.duplicates}>
          <h3 className="import-subtitle" id={ids.duplicates}>
            {t('import.dup.title')}
          </h3>
          <p className="field-note">{t('import.dup.intro')}</p>
          {report.duplicates.map((duplicate) => (
            <DuplicateChoice
              key={duplicate.row}
              duplicate={duplicate}
              decisions={decisions}
              disabled={disabled}
              onDecide={onDecide}
            />
          ))}
          {report.duplicateCount > report.duplicates.length ? (
            <p className="field-note">
              {t('import.dup.more', { count: report.duplicateCount - report.duplicates.length })}
            </p>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
