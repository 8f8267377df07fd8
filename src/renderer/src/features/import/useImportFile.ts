import { useCallback, useEffect, useRef, useState } from 'react';
import type { PanohError } from '../../../../shared/errors';
import type {
  ColumnMapping,
  DryRunReport,
  DuplicateDecision,
  ImportPreview,
  ImportProgress,
  OpenedFile,
  ReadOptions,
  SpreadsheetImportResult,
  SpreadsheetInfo,
} from '../../../../shared/import/spreadsheetImport';
import { asPanohError, call, onEvent } from '../../api/client';
import { headersTwice } from './mappingConflicts';

const PREVIEW_PAUSE_MS = 200;

export type ImportStep = 'idle' | 'opening' | 'checking' | 'importing';

/** Rows the import will write: the ready ones, less the probable duplicates it will skip (all but those chosen). */
function rowsToImport(report: DryRunReport, decisions: ReadonlyMap<number, DuplicateDecision>): number {
  const kept = report.duplicates.filter((d) => {
    const action = decisions.get(d.row)?.action;
    return action === 'new' || action === 'merge';
  }).length;
  return report.ready - report.duplicateCount + kept;
}

/**
 * The Import screen's state: the file the core holds, how it is read, the mapping, the preview,
 * the check and the lawyer's choice per probable duplicate. The check is tied to the reading and
 * mapping it was made with; change either and the import waits for a new check.
 */
export function useImportFile() {
  const [file, setFile] = useState<OpenedFile | undefined>(undefined);
  const [info, setInfo] = useState<SpreadsheetInfo | undefined>(undefined);
  const [read, setRead] = useState<ReadOptions>({});
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | undefined>(undefined);
  const [report, setReport] = useState<{ key: string; report: DryRunReport } | undefined>(undefined);
  const [decisions, setDecisions] = useState<ReadonlyMap<number, DuplicateDecision>>(new Map());
  const [step, setStep] = useState<ImportStep>('idle');
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [progress, setProgress] = useState<ImportProgress | undefined>(undefined);
  const [result, setResult] = useState<SpreadsheetImportResult | undefined>(undefined);
  const key = JSON.stringify([file?.token, read, mapping]);
  const keyRef = useRef(key);
  keyRef.current = key;

  useEffect(() => onEvent('import.progress', setProgress), []);

  const start = (opened: OpenedFile) => {
    setFile(opened);
    setRead({});
    setReport(undefined);
    setDecisions(new Map());
    setPreview(undefined);
    if (opened.format === 'json') {
      setInfo(undefined);
      setMapping(undefined);
    } else {
      setInfo(opened);
      setMapping(opened.proposed);
    }
  };

  const choose = async () => {
    setStep('opening');
    setFailure(undefined);
    setResult(undefined);
    try {
      const chosen = await call('import.chooseFile', {});
      if (chosen.outcome === 'opened') start(chosen.file);
    } catch (error) {
      setFailure(asPanohError(error));
    } finally {
      setStep('idle');
    }
  };

  const changeRead = async (next: ReadOptions) => {
    if (!file) return;
    setFailure(undefined);
    setRead(next);
    try {
      const described = await call('import.describe', { token: file.token, read: next });
      setInfo(described);
      setMapping(described.proposed);
    } catch (error) {
      setFailure(asPanohError(error));
      setPreview(undefined);
    }
  };

  const mappingTwice = info && mapping ? headersTwice(info, mapping).size > 0 : false;

  // The preview follows the mapping as the lawyer changes it, after a short pause. An answer to an
  // earlier mapping that arrives late is dropped: it would show rows the lawyer no longer maps so.
  useEffect(() => {
    if (!file || file.format === 'json' || !mapping || mappingTwice) return;
    const asked = JSON.stringify([file.token, read, mapping]);
    const timer = setTimeout(() => {
      call('import.preview', { token: file.token, read, mapping }).then(
        (answer) => {
          if (keyRef.current === asked) setPreview(answer);
        },
        (error) => {
          if (keyRef.current === asked) setFailure(asPanohError(error));
        },
      );
    }, PREVIEW_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [file, read, mapping, mappingTwice]);

  const check = async () => {
    if (!file) return;
    setStep('checking');
    setFailure(undefined);
    const checkedKey = key;
    try {
      const found = await call('import.dryRun', { token: file.token, read, ...(mapping ? { mapping } : {}) });
      setReport({ key: checkedKey, report: found });
      setDecisions(new Map());
    } catch (error) {
      setFailure(asPanohError(error));
    } finally {
      setStep('idle');
    }
  };

  const decide = useCallback((decision: DuplicateDecision) => {
    setDecisions((current) => new Map(current).set(decision.row, decision));
  }, []);

  const commit = async () => {
    if (!file) return;
    setStep('importing');
    setFailure(undefined);
    setProgress({ phase: 'reading', done: 0, total: 0 });
    try {
      const done = await call('import.commit', {
        token: file.token,
        read,
        ...(mapping ? { mapping } : {}),
        decisions: [...decisions.values()],
      });
      setResult(done);
      setFile(undefined);
      setInfo(undefined);
      setReport(undefined);
    } catch (error) {
      setFailure(asPanohError(error));
    } finally {
      setStep('idle');
      setProgress(undefined);
    }
  };

  const checked = report && report.key === key ? report.report : undefined;
  return {
    mappingTwice,
    toImport: checked ? rowsToImport(checked, decisions) : 0,
    file,
    info,
    mapping,
    setMapping,
    preview,
    report: report?.report,
    stale: report !== undefined && report.key !== key,
    ready: checked !== undefined && checked.refusedRows === 0 && rowsToImport(checked, decisions) > 0,
    decisions,
    step,
    failure,
    progress,
    result,
    choose,
    changeRead,
    check,
    decide,
    commit,
  };
}
