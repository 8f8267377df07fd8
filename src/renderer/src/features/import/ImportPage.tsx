import { type FormEvent, type ReactNode, type RefObject, useId, useRef, useState } from 'react';
import { IMPORT_MAX_CHARS } from '../../../../shared/api/recordsMethods';
import type { PanohError } from '../../../../shared/errors';
import type { ImportResult } from '../../../../shared/records/importFile';
import { csvColumns } from '../../../../shared/records/importFile';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { FormField } from '../../components/FormField';
import { SubmitButton } from '../../components/SubmitButton';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { useNavigation } from '../shell/navigation';
import { importProblemLines } from './importProblems';
import '../incidents/ledger.css';
import '../../components/modal.css';
import './import.css';

const MAX_MEGABYTES = IMPORT_MAX_CHARS / 1024 / 1024;

type Outcome =
  | { kind: 'none' }
  | { kind: 'message'; text: string }
  | { kind: 'refused'; error: PanohError; format: 'json' | 'csv' }
  | { kind: 'done'; result: ImportResult };

function formatOf(name: string): 'json' | 'csv' | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

/** Bulk import from the office's lists: JSON in the documented format, or CSV of applicants. */
export function ImportPage({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  const { navigate } = useNavigation();
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const problemsTitleId = useId();
  const [file, setFile] = useState<File | undefined>(undefined);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  const run = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setOutcome({ kind: 'none' });
    setFieldError(undefined);
    const format = file ? formatOf(file.name) : undefined;
    if (!file) {
      setFieldError(t('import.noFile'));
      inputRef.current?.focus();
      return;
    }
    if (!format) {
      setFieldError(t('import.wrongType'));
      inputRef.current?.focus();
      return;
    }
    if (file.size > IMPORT_MAX_CHARS) {
      setFieldError(t('import.tooLarge', { maxMegabytes: MAX_MEGABYTES }));
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      let content: string;
      try {
        content = await file.text();
      } catch {
        setFieldError(t('import.unreadable'));
        return;
      }
      if (content.length > IMPORT_MAX_CHARS) {
        setFieldError(t('import.tooLarge', { maxMegabytes: MAX_MEGABYTES }));
        return;
      }
      try {
        const result = await call('import.run', { format, content });
        setOutcome({ kind: 'done', result });
        setFile(undefined);
        if (inputRef.current) inputRef.current.value = '';
      } catch (error) {
        const failed = asPanohError(error);
        setOutcome(
          failed.code === 'IMPORT_INVALID'
            ? { kind: 'refused', error: failed, format }
            : { kind: 'message', text: errorMessage(t, failed) },
        );
      }
    } finally {
      setBusy(false);
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  };

  let result: ReactNode = null;
  if (outcome.kind === 'done') {
    const { applicants, events, incidents } = outcome.result.imported;
    result = (
      <div className="import-done">
        <p className="success" role="status">
          {t('import.done', { applicants, events, incidents })}
        </p>
        <button type="button" className="button button-primary" onClick={() => void navigate({ area: 'applicants' })}>
          {t('import.toApplicants')}
        </button>
      </div>
    );
  } else if (outcome.kind === 'message') {
    result = <FormAlert message={outcome.text} />;
  } else if (outcome.kind === 'refused') {
    const lines = importProblemLines(t, outcome.error, outcome.format);
    const total = Number(outcome.error.params?.errors ?? lines.length);
    result = (
      <section className="import-problems" aria-labelledby={problemsTitleId}>
        <FormAlert message={errorMessage(t, outcome.error)} />
        <h2 className="section-title" id={problemsTitleId}>
          {t('import.problems')}
        </h2>
        <ol className="import-problem-list">
          {lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
            <li key={index}>
              <strong>{line.where}</strong>: {line.problem}
            </li>
          ))}
        </ol>
        {total > lines.length ? (
          <p className="field-note">{t('import.moreProblems', { shown: lines.length, total })}</p>
        ) : null}
      </section>
    );
  }

  return (
    <div className="page">
      <div className="page-heading">
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {t('import.title')}
        </h1>
      </div>
      <div className="import-layout">
        <div className="record-card import-explain">
          <p>{t('import.intro')}</p>
          <p className="import-formats-title">{t('import.formats')}</p>
          <ul className="import-formats">
            <li>{t('import.formatJson')}</li>
            <li>
              {t('import.formatCsv')}
              <code className="import-columns">{csvColumns.join(', ')}</code>
              {t('import.csvLists')}
            </li>
          </ul>
          <p className="field-note">{t('import.values')}</p>
          <p className="notice import-all-or-nothing">{t('import.allOrNothing')}</p>
        </div>
        <div className="import-side">
          <form
            className="form record-card import-form"
            onSubmit={(event) => void run(event)}
            noValidate
            aria-busy={busy}
          >
            <FormField
              label={t('import.file')}
              hint={t('import.fileHint', { maxMegabytes: MAX_MEGABYTES })}
              error={fieldError}
            >
              {(field) => (
                // The browser's own file button speaks the system's language; this one speaks the app's.
                <div className="import-picker">
                  <label className="button button-outline import-choose">
                    <span>{t('import.choose')}</span>
                    <input
                      {...field}
                      ref={inputRef}
                      className="visually-hidden"
                      type="file"
                      accept=".json,.csv,application/json,text/csv"
                      disabled={busy}
                      onChange={(event) => {
                        setFile(event.currentTarget.files?.[0]);
                        setFieldError(undefined);
                        setOutcome({ kind: 'none' });
                      }}
                    />
                  </label>
                  <span className={file ? 'import-chosen' : 'import-chosen import-chosen-none'}>
                    {file ? file.name : t('import.noneChosen')}
                  </span>
                </div>
              )}
            </FormField>
            <div className="form-actions">
              <SubmitButton busy={busy}>{t('import.submit')}</SubmitButton>
            </div>
          </form>
          <div className="import-result" ref={resultRef} tabIndex={-1}>
            {result}
          </div>
        </div>
      </div>
    </div>
  );
}
