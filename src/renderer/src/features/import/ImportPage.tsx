import { type ReactNode, type RefObject, useEffect, useRef } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { useNavigation } from '../shell/navigation';
import { ColumnMappingTable } from './ColumnMappingTable';
import { DryRunReport } from './DryRunReport';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportProgressBar } from './ImportProgressBar';
import { importProblemLines } from './importProblems';
import { ReadOptionsFields } from './ReadOptionsFields';
import { SavedMappingsPanel } from './SavedMappingsPanel';
import { useImportFile } from './useImportFile';
import { ValueTablesPanel } from './ValueTablesPanel';
import '../incidents/ledger.css';
import './import.css';

/**
 * Bulk import of the office's lists. The lawyer chooses the file in the system's own dialog (the
 * page never learns where it is), corrects how it is read and where each column goes while the
 * first rows show as Panoh will store them, checks the whole file, decides about probable
 * duplicates, and imports it all or nothing.
 */
export function ImportPage({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  const { navigate } = useNavigation();
  const flow = useImportFile();
  const resultRef = useRef<HTMLDivElement>(null);
  const busy = flow.step !== 'idle';
  const { file, info, mapping, report, result, failure } = flow;

  useEffect(() => {
    if (result || failure) resultRef.current?.focus();
  }, [result, failure]);

  let failureView: ReactNode = null;
  if (failure) {
    const lines =
      failure.code === 'IMPORT_INVALID' && file?.format === 'json' ? importProblemLines(t, failure, 'json') : [];
    failureView = (
      <>
        <FormAlert message={errorMessage(t, failure)} />
        {lines.length > 0 ? (
          <ol className="import-problem-list" aria-label={t('import.problems')}>
            {lines.map((line) => (
              <li key={`${line.where}:${line.problem}`}>
                <strong>{line.where}</strong>: {line.problem}
              </li>
            ))}
          </ol>
        ) : null}
      </>
    );
  }

  return (
    <div className="page import-page">
      <div className="page-heading">
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {t('import.title')}
        </h1>
      </div>
      <div className="record-card import-explain">
        <p>{t('import.lead')}</p>
        <p className="field-note">{t('import.noOds')}</p>
        <p className="notice import-all-or-nothing">{t('import.allOrNothing')}</p>
        <div className="import-picker">
          <button type="button" className="button button-outline" disabled={busy} onClick={() => void flow.choose()}>
            {file || result ? t('import.another') : t('import.choose')}
          </button>
          <span className={file ? 'import-chosen' : 'import-chosen import-chosen-none'}>
            {file ? t('import.chosen', { name: file.fileName }) : t('import.noneChosen')}
          </span>
        </div>
        {file?.format === 'json' ? <p>{t('import.json')}</p> : null}
      </div>

      <div className="import-result" ref={resultRef} tabIndex={-1}>
        {failureView}
        {result ? (
          <div className="import-done">
            <p className="success" role="status">
              {t('import.finished', {
                applicants: result.imported.applicants,
                events: result.imported.events,
                merged: result.merged,
                skipped: result.skipped,
              })}
            </p>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void navigate({ area: 'applicants' })}
            >
              {t('import.toApplicants')}
            </button>
          </div>
        ) : null}
      </div>

      {info && mapping ? (
        <div className="record-card import-work">
          <ReadOptionsFields info={info} disabled={busy} onChange={(read) => void flow.changeRead(read)} />
          <ColumnMappingTable info={info} mapping={mapping} disabled={busy} onChange={flow.setMapping} />
          {flow.preview ? (
            <>
              <ValueTablesPanel
                uses={flow.preview.valueTables}
                mapping={mapping}
                disabled={busy}
                onChange={flow.setMapping}
              />
              <ImportPreviewTable rows={flow.preview.rows} />
            </>
          ) : null}
          <SavedMappingsPanel mapping={mapping} disabled={busy} onApply={flow.setMapping} />
        </div>
      ) : null}

      {file ? (
        <div className="record-card import-actions">
          <div className="form-actions">
            <button
              type="button"
              className="button button-outline"
              disabled={busy || flow.mappingTwice}
              onClick={() => void flow.check()}
            >
              {flow.step === 'checking' ? t('import.checking') : t('import.check')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={busy || !flow.ready}
              onClick={() => void flow.commit()}
            >
              {t('import.run', { count: flow.toImport })}
            </button>
          </div>
          {flow.mappingTwice ? <p className="notice">{t('import.mapping.twiceNotice')}</p> : null}
          {flow.stale ? <p className="notice">{t('import.changed')}</p> : null}
          {flow.progress ? <ImportProgressBar progress={flow.progress} /> : null}
          {report ? (
            <DryRunReport report={report} decisions={flow.decisions} disabled={busy} onDecide={flow.decide} />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
