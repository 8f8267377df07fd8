import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { PanohError } from '../../../../shared/errors';
import { BUNDLE_EXTENSION, type ImportSummary, type SyncProgress } from '../../../../shared/sync/bundle';
import { asPanohError, call, onEvent } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { TitledSection } from '../../components/TitledSection';
import { useT } from '../../i18n/I18nProvider';
import { BundleProgress } from './BundleProgress';
import { type BundleOperation, bundleErrorMessage, phaseText, untrustedSender } from './bundleText';
import { Fingerprint } from './DeviceSections';

type Scope = 'lacking' | 'all';

/** What the last export or import came to; one at a time, the newest replaces the last. */
type Outcome =
  | { kind: 'exported'; fileName: string; changes: number }
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'cancelled'; operation: BundleOperation }
  /** The lawyer stopped an import while it ran: it was rolled back. */
  | { kind: 'stopped' }
  | { kind: 'expired' }
  | { kind: 'rejected' }
  | { kind: 'untrusted'; fingerprint: string; token: string; device?: string }
  | { kind: 'failed'; operation: BundleOperation; error: PanohError };

/** The operation running now: `retry` when no dialog is open (a trusted file read again). */
interface Running {
  operation: BundleOperation;
  retry: boolean;
  progress: SyncProgress | undefined;
  /** The lawyer asked to stop it; the core is rolling it back. */
  cancelling?: boolean;
}

interface BundleExchangeProps {
  office: boolean;
  /** Called after a bundle was read, to read the conflicts, devices and badge again. */
  onImported(): Promise<void>;
  /** Takes the lawyer to the conflicts inbox. */
  onShowConflicts(): void;
}

/**
 * Writing and reading bundles. The page only says "write" or "read": the folder or the file is
 * chosen in the desktop shell's own dialog and never comes back here (the export's answer is the
 * file's name). Progress arrives as `sync.progress` events while the core works; they are shown
 * as they come, phase by phase, and may come in bursts.
 */
export function BundleExchange({ office, onImported, onShowConflicts }: BundleExchangeProps) {
  const t = useT();
  const [scope, setScope] = useState<Scope>('lacking');
  const [running, setRunning] = useState<Running | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const importButtonRef = useRef<HTMLButtonElement>(null);
  const busy = running !== undefined;
  /** Set at once (state lags a render behind), so a double press starts one operation. */
  const inFlight = useRef(false);

  // Progress belongs to the operation running now: the page listens from the moment it asks until
  // the answer comes, so nothing is missed at the start and nothing stale is shown after the end.
  const stopListening = useRef<(() => void) | undefined>(undefined);
  useEffect(() => () => stopListening.current?.(), []);

  const start = (operation: BundleOperation, retry: boolean): boolean => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setOutcome(undefined);
    setRunning({ operation, retry, progress: undefined });
    stopListening.current?.();
    stopListening.current = onEvent('sync.progress', (progress) =>
      setRunning((current) => (current ? { ...current, progress } : current)),
    );
    return true;
  };

  const finish = () => {
    inFlight.current = false;
    stopListening.current?.();
    stopListening.current = undefined;
    setRunning(undefined);
  };

  const runExport = async () => {
    if (!start('export', false)) return;
    try {
      const result = await call('sync.exportBundle', { all: scope === 'all' });
      setOutcome(
        result.outcome === 'cancelled'
          ? { kind: 'cancelled', operation: 'export' }
          : { kind: 'exported', fileName: result.fileName, changes: result.changes },
      );
    } catch (error) {
      setOutcome({ kind: 'failed', operation: 'export', error: asPanohError(error) });
    } finally {
      finish();
    }
  };

  const runImport = async (retry?: { token: string; trustFingerprint: string }) => {
    if (inFlight.current) return;
    // The question goes away with its buttons; the focus waits on "Read a bundle" meanwhile.
    if (retry) importButtonRef.current?.focus();
    if (!start('import', retry !== undefined)) return;
    try {
      const result = await call('sync.importBundle', retry ? { retry } : {});
      if (result.outcome === 'imported') {
        const { outcome: _imported, ...summary } = result;
        setOutcome({ kind: 'imported', summary });
        finish();
        // The conflicts, the devices and the badge are read again: the bundle may have changed all three.
        await onImported();
      } else {
        setOutcome(result.outcome === 'cancelled' ? { kind: 'cancelled', operation: 'import' } : { kind: 'expired' });
      }
    } catch (error) {
      const failed = asPanohError(error);
      const sender = untrustedSender(failed);
      if (failed.code === 'BUNDLE_IMPORT_CANCELLED') setOutcome({ kind: 'stopped' });
      else
        setOutcome(sender ? { kind: 'untrusted', ...sender } : { kind: 'failed', operation: 'import', error: failed });
    } finally {
      finish();
    }
  };

  /** Stops the import that runs now; its own answer (BUNDLE_IMPORT_CANCELLED) says when it is undone. */
  const cancelImport = async () => {
    setRunning((current) => (current ? { ...current, cancelling: true } : current));
    // The Cancel button goes away with the progress: the focus waits on "Read a bundle".
    importButtonRef.current?.focus();
    try {
      await call('sync.cancelImport', {});
    } catch (error) {
      setOutcome({ kind: 'failed', operation: 'import', error: asPanohError(error) });
    }
  };

  const onExportSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void runExport();
  };

  return (
    <TitledSection title={t('sync.bundles.title')} className="sync-card bundles">
      <p className="sync-lead">{t('sync.bundles.text')}</p>
      {office ? (
        <>
          <div className="bundle-actions">
            <form className="bundle-action" onSubmit={onExportSubmit} noValidate>
              <h3 className="bundle-action-title">{t('sync.bundles.exportTitle')}</h3>
              <p className="bundle-action-text">{t('sync.bundles.exportText')}</p>
              <fieldset className="radio-group bundle-scope">
                <legend className="field-label">{t('sync.bundles.scope')}</legend>
                <ScopeOption
                  value="lacking"
                  checked={scope === 'lacking'}
                  label={t('sync.bundles.scopeLacking')}
                  hint={t('sync.bundles.scopeLackingHint')}
                  onChoose={setScope}
                />
                <ScopeOption
                  value="all"
                  checked={scope === 'all'}
                  label={t('sync.bundles.scopeAll')}
                  hint={t('sync.bundles.scopeAllHint')}
                  onChoose={setScope}
                />
              </fieldset>
              <div className="form-actions">
                <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
                  {t('sync.bundles.exportSubmit')}
                </button>
              </div>
            </form>
            <div className="bundle-action">
              <h3 className="bundle-action-title">{t('sync.bundles.importTitle')}</h3>
              <p className="bundle-action-text">{t('sync.bundles.importText', { extension: BUNDLE_EXTENSION })}</p>
              <div className="form-actions">
                <button
                  type="button"
                  ref={importButtonRef}
                  className="button button-primary"
                  aria-disabled={busy || undefined}
                  onClick={() => void runImport()}
                >
                  {t('sync.bundles.importSubmit')}
                </button>
              </div>
            </div>
          </div>
          <div className="bundle-status" role="status">
            {running ? (
              <RunningText running={running} />
            ) : (
              <OutcomeText outcome={outcome} onShowConflicts={onShowConflicts} />
            )}
          </div>
          {running?.progress ? <BundleProgress operation={running.operation} progress={running.progress} /> : null}
          {running?.operation === 'import' && running.progress && !running.cancelling ? (
            <div className="form-actions bundle-cancel">
              <button type="button" className="button" onClick={() => void cancelImport()}>
                {t('sync.bundles.cancelImport')}
              </button>
            </div>
          ) : null}
          <FormAlert
            message={outcome?.kind === 'failed' ? bundleErrorMessage(t, outcome.operation, outcome.error) : undefined}
          />
          {outcome?.kind === 'untrusted' ? (
            <TrustPrompt
              fingerprint={outcome.fingerprint}
              device={outcome.device}
              onConfirm={() => void runImport({ token: outcome.token, trustFingerprint: outcome.fingerprint })}
              onReject={() => {
                setOutcome({ kind: 'rejected' });
                importButtonRef.current?.focus();
              }}
            />
          ) : null}
        </>
      ) : (
        <p className="notice">{t('sync.bundles.needOffice')}</p>
      )}
      <p className="field-note">{t('sync.bundles.safe')}</p>
      <p className="field-note">{t('sync.bundles.cli')}</p>
    </TitledSection>
  );
}

function ScopeOption({
  value,
  checked,
  label,
  hint,
  onChoose,
}: {
  value: Scope;
  checked: boolean;
  label: string;
  hint: string;
  onChoose(scope: Scope): void;
}) {
  const hintId = useId();
  return (
    <label className="radio-option bundle-scope-option">
      <input
        type="radio"
        name="bundle-scope"
        value={value}
        checked={checked}
        aria-describedby={hintId}
        onChange={() => onChoose(value)}
      />
      <span className="bundle-scope-text">
        <span>{label}</span>
        <span className="field-note" id={hintId}>
          {hint}
        </span>
      </span>
    </label>
  );
}

/** While an operation runs: where it is (its phase), or that the dialog waits for a choice. */
function RunningText({ running }: { running: Running }) {
  const t = useT();
  let text: string;
  if (running.cancelling) text = t('sync.bundles.cancellingImport');
  else if (running.progress) text = phaseText(t, running.operation, running.progress.phase);
  else if (running.retry) text = t('common.working');
  else text = t(running.operation === 'export' ? 'sync.bundles.choosingFolder' : 'sync.bundles.choosingFile');
  return <p className="bundle-running">{text}</p>;
}

function OutcomeText({ outcome, onShowConflicts }: { outcome: Outcome | undefined; onShowConflicts(): void }) {
  const t = useT();
  switch (outcome?.kind) {
    case 'exported':
      return (
        <p className="success">
          {outcome.changes === 0
            ? t('sync.bundles.exportedEmpty', { file: outcome.fileName })
            : t('sync.bundles.exported', { file: outcome.fileName, count: outcome.changes })}
        </p>
      );
    case 'imported':
      return <ImportSummaryView summary={outcome.summary} onShowConflicts={onShowConflicts} />;
    case 'cancelled':
      return (
        <p className="bundle-note">
          {t(outcome.operation === 'export' ? 'sync.bundles.cancelledExport' : 'sync.bundles.cancelledImport')}
        </p>
      );
    case 'stopped':
      return <p className="bundle-note">{t('error.BUNDLE_IMPORT_CANCELLED')}</p>;
    case 'expired':
      return <p className="bundle-note">{t('sync.bundles.expired')}</p>;
    case 'rejected':
      return <p className="bundle-note">{t('sync.trust.rejected')}</p>;
    default:
      // Failures are an alert, and an unknown sender is a question, both outside the status line.
      return null;
  }
}

function ImportSummaryView({ summary, onShowConflicts }: { summary: ImportSummary; onShowConflicts(): void }) {
  const t = useT();
  const labelId = useId();
  const rows = [
    { key: 'received', label: t('sync.bundles.received'), value: summary.received },
    { key: 'known', label: t('sync.bundles.known'), value: summary.known },
    { key: 'conflicts', label: t('sync.bundles.conflicts'), value: summary.conflicts },
    { key: 'waiting', label: t('sync.bundles.waiting'), value: summary.waiting },
  ];
  const nothingNew = summary.received === 0 && summary.conflicts === 0 && summary.waiting === 0;
  return (
    <div className="bundle-summary">
      <p className="success" id={labelId}>
        {t('sync.bundles.imported', { device: summary.device })}
      </p>
      <dl className="bundle-counts" aria-labelledby={labelId}>
        {rows.map((row) => (
          <div className={row.value > 0 ? `bundle-count bundle-count-${row.key}` : 'bundle-count'} key={row.key}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {nothingNew ? <p className="bundle-note">{t('sync.bundles.nothingNew')}</p> : null}
      {summary.waiting > 0 ? <p className="bundle-note">{t('sync.bundles.waitingText')}</p> : null}
      {summary.purged > 0 ? <p className="bundle-note">{t('sync.import.purged', { count: summary.purged })}</p> : null}
      {summary.purgeRequests > 0 ? (
        <p className="bundle-note">{t('sync.import.purgeRequests', { count: summary.purgeRequests })}</p>
      ) : null}
      {summary.ignored > 0 ? (
        <p className="bundle-note">{t('sync.import.ignored', { count: summary.ignored })}</p>
      ) : null}
      {summary.senderAuditShortened ? <p className="notice">{t('sync.import.auditShortened')}</p> : null}
      {summary.conflicts > 0 ? (
        <button type="button" className="link-button" onClick={onShowConflicts}>
          {t('sync.bundles.goToConflicts')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * A first bundle from a computer this vault does not know: its fingerprint, large, to be compared
 * with the one the colleague reads from their own screen, before anything is read.
 */
function TrustPrompt({
  fingerprint,
  device,
  onConfirm,
  onReject,
}: {
  fingerprint: string;
  device: string | undefined;
  onConfirm(): void;
  onReject(): void;
}) {
  const t = useT();
  const titleId = useId();
  const figureId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="bundle-trust" aria-labelledby={titleId}>
      <h3 className="bundle-action-title" id={titleId} tabIndex={-1} ref={headingRef}>
        {t('sync.trust.title')}
      </h3>
      <p>{t('sync.trust.text')}</p>
      {device ? <p>{t('sync.trust.name', { device })}</p> : null}
      <figure className="bundle-trust-fingerprint" aria-labelledby={figureId}>
        <figcaption className="field-label" id={figureId}>
          {t('sync.trust.fingerprint')}
        </figcaption>
        <Fingerprint value={fingerprint} large />
      </figure>
      <p className="bundle-trust-warning">{t('sync.trust.warning')}</p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onConfirm}>
          {t('sync.trust.confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={onReject}>
          {t('sync.trust.reject')}
        </button>
      </div>
    </section>
  );
}
