import { useEffect, useId, useRef, useState } from 'react';
import type { SeizureStatus } from '../../../../shared/api/seizureMethods';
import type { PanohError } from '../../../../shared/errors';
import type { ApplicantSummary } from '../../../../shared/records/applicantSummary';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { formatDay } from '../../i18n/recordText';

type Outcome =
  | { kind: 'started'; fileName: string; removed: number }
  | { kind: 'ended'; restored: number }
  | { kind: 'failed'; error: PanohError }
  | { kind: 'chooseOne' };

/** Up to this many applicants are offered; a trip takes a handful. */
const OFFERED = 500;

function fullName(applicant: ApplicantSummary): string {
  return [applicant.familyName, applicant.givenName, applicant.patronymic].filter(Boolean).join(' ');
}

/**
 * Travel mode: before a trip, the applicants to take along are ticked and the shell asks where the
 * backup goes; during the trip the section says so and offers the two ways back (the backup, a
 * colleague's full bundle). The core does the work; the page learns names of files, never folders.
 */
export function TravelModeSection({ status, onChanged }: { status: SeizureStatus; onChanged(): void }) {
  const t = useT();
  const titleId = useId();
  const listId = useId();
  const [applicants, setApplicants] = useState<ApplicantSummary[] | undefined>(undefined);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const travelling = status.travel;

  useEffect(() => {
    if (travelling) return;
    let current = true;
    call('applicants.list', { limit: OFFERED }).then(
      (page) => {
        if (current) setApplicants(page.rows);
      },
      (error: unknown) => {
        if (current) setOutcome({ kind: 'failed', error: asPanohError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [travelling]);

  const run = async (work: () => Promise<Outcome | undefined>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setOutcome(undefined);
    try {
      const next = await work();
      setOutcome(next);
      if (next?.kind === 'started' || next?.kind === 'ended') onChanged();
    } catch (error) {
      setOutcome({ kind: 'failed', error: asPanohError(error) });
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const start = () =>
    run(async () => {
      if (chosen.size === 0) return { kind: 'chooseOne' };
      const result = await call('travel.start', { keep: [...chosen] });
      return result.outcome === 'cancelled' ? undefined : { kind: 'started', ...result };
    });
  const end = (from: 'backup' | 'bundle') =>
    run(async () => {
      const result = await call('travel.end', { from });
      return result.outcome === 'cancelled' ? undefined : { kind: 'ended', restored: result.restored };
    });

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section className="seizure-part" aria-labelledby={titleId} aria-busy={busy}>
      <h3 className="seizure-subtitle" id={titleId}>
        {t('seizure.travel.title')}
      </h3>
      <p className="seizure-text">{t('seizure.travel.intro')}</p>
      {outcome?.kind === 'started' ? (
        <p className="success" role="status">
          {t('seizure.travel.started', { file: outcome.fileName, removed: outcome.removed })}
        </p>
      ) : null}
      {outcome?.kind === 'ended' ? (
        <p className="success" role="status">
          {t('seizure.travel.ended', { restored: outcome.restored })}
        </p>
      ) : null}
      <FormAlert
        message={
          outcome?.kind === 'failed'
            ? errorMessage(t, outcome.error)
            : outcome?.kind === 'chooseOne'
              ? t('seizure.travel.chooseOne')
              : undefined
        }
      />
      {travelling ? (
        <>
          <p className="seizure-state travel-active">
            {t('seizure.travel.active', {
              date: formatDay(travelling.startedAt),
              kept: travelling.kept,
              removed: travelling.removed,
              file: travelling.backupFile,
            })}
          </p>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={() => void end('backup')}>
              {t('seizure.travel.endFromBackup')}
            </button>
            <button type="button" className="button" onClick={() => void end('bundle')}>
              {t('seizure.travel.endFromBundle')}
            </button>
          </div>
        </>
      ) : (
        <>
          <fieldset className="travel-choice" aria-describedby={listId}>
            <legend className="field-label">{t('seizure.travel.choose')}</legend>
            {applicants?.length === 0 ? <p id={listId}>{t('seizure.travel.none')}</p> : null}
            <ul className="travel-list">
              {(applicants ?? []).map((applicant) => (
                <li key={applicant.id} className="checkbox-field">
                  <input
                    id={`travel-${applicant.id}`}
                    type="checkbox"
                    className="checkbox"
                    checked={chosen.has(applicant.id)}
                    onChange={(event) => toggle(applicant.id, event.target.checked)}
                  />
                  <label htmlFor={`travel-${applicant.id}`}>{fullName(applicant)}</label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={() => void start()}>
              {t('seizure.travel.start')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
