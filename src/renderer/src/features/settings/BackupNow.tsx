import { useRef, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract';
import type { PanohError } from '../../../../shared/errors';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { useT } from '../../i18n/I18nProvider';
import { backupErrorMessage } from './backupText';

type BackupStatus = MethodOutput<'backup.status'>;

type Outcome =
  | { kind: 'running' }
  | { kind: 'cancelled' }
  | { kind: 'saved'; fileName: string; keyFileName: string }
  | { kind: 'failed'; error: PanohError };

/**
 * "Back up now": the page only asks. The desktop shell shows its own save dialog and the core
 * writes and checks the backup there; what comes back is the file's name (never its folder) and
 * the reminder as it now stands, which the section shows at once.
 */
export function BackupNow({ onSaved }: { onSaved(status: BackupStatus): void }) {
  const t = useT();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  /** Set at once (state lags a render behind), so a double press opens one dialog. */
  const inFlight = useRef(false);
  const busy = outcome?.kind === 'running';

  const backUp = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setOutcome({ kind: 'running' });
    try {
      const result = await call('backup.saveCopy', {});
      if (result.outcome === 'cancelled') {
        setOutcome({ kind: 'cancelled' });
      } else {
        setOutcome({ kind: 'saved', fileName: result.fileName, keyFileName: result.keyFileName });
        onSaved(result.status);
      }
    } catch (error) {
      setOutcome({ kind: 'failed', error: asPanohError(error) });
    } finally {
      inFlight.current = false;
    }
  };

  return (
    <div className="backup-now">
      <h3 className="backup-now-title">{t('backup.save.title')}</h3>
      <p>{t('backup.save.text')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={busy || undefined}
          onClick={() => void backUp()}
        >
          {t('backup.save.submit')}
        </button>
      </div>
      {/* A live region without role="status": the reminder form below has its own status line. */}
      <div className="backup-now-status" aria-live="polite" aria-atomic="true">
        {outcome?.kind === 'running' ? <p>{t('backup.save.running')}</p> : null}
        {outcome?.kind === 'cancelled' ? <p>{t('backup.save.cancelled')}</p> : null}
        {outcome?.kind === 'saved' ? (
          <p className="success">
            {t('backup.save.saved', { fileName: outcome.fileName, keyFileName: outcome.keyFileName })}
          </p>
        ) : null}
      </div>
      <FormAlert message={outcome?.kind === 'failed' ? backupErrorMessage(t, outcome.error) : undefined} />
    </div>
  );
}
