import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { PanohError } from '../../../../shared/errors';
import { type ApplicantSummary, applicantSummarySchema } from '../../../../shared/records/applicantSummary';
import type { AuditEntry } from '../../../../shared/records/audit';
import { asPanohError, call } from '../../api/client';
import { ApplicantPicker } from '../../components/ApplicantPicker';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { applicantName, formatTimestamp } from '../../i18n/recordText';
import { useNavigation } from '../shell/navigation';
import '../incidents/ledger.css';
import './audit.css';
import { actionText, fieldsText } from './auditText';

const PAGE_SIZE = 50;

/** Names of the applicants entries refer to; null once known to be deleted. */
type Names = Map<string, string | null>;

/**
 * The audit log, newest first: who did what to which record, and which fields an edit touched
 * (never their values). It can be narrowed to one applicant. The log itself is append-only and
 * hash-chained in the vault; this page only reads it.
 */
export function AuditLogPage({
  applicantId,
  headingRef,
}: {
  applicantId?: string | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const t = useT();
  const { navigate } = useNavigation();
  const [filter, setFilter] = useState<ApplicantSummary[]>([]);
  const [ready, setReady] = useState(applicantId === undefined);
  const [entries, setEntries] = useState<AuditEntry[] | undefined>(undefined);
  const [more, setMore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [names, setNames] = useState<Names>(new Map());
  const namesRef = useRef<Names>(names);
  const requested = useRef(0);

  // Opened for one applicant (from their page): start filtered to them.
  useEffect(() => {
    if (!applicantId) return;
    let active = true;
    call('applicants.get', { id: applicantId })
      .then(({ applicant }) => {
        if (active) setFilter([applicantSummarySchema.parse(applicant)]);
      })
      .catch(() => {})
      .finally(() => {
        if (active) setReady(true);
      });
    return () => {
      active = false;
    };
  }, [applicantId]);

  const resolveNames = useCallback(async (batch: AuditEntry[]) => {
    const unknown = [...new Set(batch.flatMap((entry) => (entry.applicantId ? [entry.applicantId] : [])))].filter(
      (id) => !namesRef.current.has(id),
    );
    if (unknown.length === 0) return;
    const found = await Promise.all(
      unknown.map((id) =>
        call('applicants.get', { id }).then(
          ({ applicant }) => [id, applicantName(applicant)] as const,
          () => [id, null] as const,
        ),
      ),
    );
    const next = new Map(namesRef.current);
    for (const [id, name] of found) next.set(id, name);
    namesRef.current = next;
    setNames(next);
  }, []);

  const filterId = filter[0]?.id;
  const load = useCallback(
    async (beforeSeq?: number) => {
      const current = ++requested.current;
      setBusy(true);
      setFailure(undefined);
      try {
        const batch = await call('audit.list', {
          limit: PAGE_SIZE,
          ...(filterId ? { applicantId: filterId } : {}),
          ...(beforeSeq !== undefined ? { beforeSeq } : {}),
        });
        if (current !== requested.current) return;
        setEntries((previous) => (beforeSeq === undefined ? batch : [...(previous ?? []), ...batch]));
        setMore(batch.length === PAGE_SIZE);
        await resolveNames(batch);
      } catch (error) {
        if (current === requested.current) setFailure(asPanohError(error));
      } finally {
        if (current === requested.current) setBusy(false);
      }
    },
    [filterId, resolveNames],
  );

  useEffect(() => {
    if (ready) void load();
  }, [ready, load]);

  const record = (entry: AuditEntry) => {
    const kind = entry.targetKind ? t(`audit.target.${entry.targetKind}`) : '';
    if (entry.applicantId) {
      const name = names.get(entry.applicantId);
      const applicant = entry.applicantId;
      return (
        <>
          <span className="audit-kind">{kind}</span>{' '}
          {name ? (
            <button
              type="button"
              className="link-button audit-link"
              onClick={() => void navigate({ area: 'applicants', applicantId: applicant })}
            >
              {name}
            </button>
          ) : name === null ? (
            <span className="ledger-muted">{t('audit.deletedApplicant')}</span>
          ) : null}
        </>
      );
    }
    if (entry.targetKind === 'incident' && entry.targetId && entry.action !== 'delete') {
      const incident = entry.targetId;
      return (
        <button
          type="button"
          className="link-button audit-link"
          onClick={() => void navigate({ area: 'incidents', incidentId: incident })}
        >
          {kind}
        </button>
      );
    }
    return <span className="audit-kind">{kind}</span>;
  };

  return (
    <div className="page">
      <div className="page-heading">
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {t('audit.title')}
        </h1>
      </div>
      <p className="page-lead">{t('audit.intro')}</p>
      <p className="audit-chain">
        <svg className="audit-chain-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-1 1" />
          <path d="M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l1-1" />
        </svg>
        <span>{t('audit.chain')}</span>
      </p>

      <div className="audit-filter">
        <div className="audit-filter-picker">
          <ApplicantPicker label={t('audit.filter')} value={filter} onChange={setFilter} />
        </div>
        {filter.length > 0 ? (
          <button type="button" className="button button-outline" onClick={() => setFilter([])}>
            {t('audit.clear')}
          </button>
        ) : null}
      </div>

      <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
      {entries && entries.length === 0 ? (
        <div className="ledger-empty">
          <p>{t('audit.empty')}</p>
        </div>
      ) : null}
      {entries && entries.length > 0 ? (
        <div className="ledger-frame">
          <table className="ledger audit-table" aria-busy={busy}>
            <caption className="visually-hidden">{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.column.when')}</th>
                <th scope="col">{t('audit.column.who')}</th>
                <th scope="col">{t('audit.column.what')}</th>
                <th scope="col">{t('audit.column.record')}</th>
                <th scope="col">{t('audit.column.fields')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.seq}>
                  <td className="ledger-date">{formatTimestamp(entry.at)}</td>
                  <td className="audit-actor">{entry.actor}</td>
                  <td className={`audit-action audit-action-${entry.action}`}>{actionText(t, entry)}</td>
                  <td>{record(entry)}</td>
                  <td className="audit-fields">{fieldsText(t, entry)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {entries && entries.length > 0 ? (
        <div className="ledger-footer">
          {more ? (
            <button
              type="button"
              className="button button-outline"
              aria-disabled={busy || undefined}
              onClick={() => {
                const last = entries.at(-1);
                if (!busy && last) void load(last.seq);
              }}
            >
              {busy ? t('incidents.loading') : t('audit.loadMore')}
            </button>
          ) : (
            <p className="ledger-count">{t('audit.allShown')}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
