import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { PanohError } from '../../../../shared/errors';
import type { Incident } from '../../../../shared/records/incident';
import { kindsOf, perpetratorsOf } from '../../../../shared/records/incident';
import { formatPartialDate } from '../../../../shared/records/partialDate';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { useNavigation } from '../shell/navigation';
import { kindLabel, perpetratorLabel } from './labels';

/** Rows fetched at a time; "Show more" fetches the next page. */
const PAGE_SIZE = 50;

export function IncidentRegister({
  headingRef,
  flash,
  focusHeading,
  onNew,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  flash: string | undefined;
  focusHeading: boolean;
  onNew(): void;
}) {
  const t = useT();
  const { navigate } = useNavigation();
  const [rows, setRows] = useState<(Incident & { liveVictimCount: number })[]>([]);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [busy, setBusy] = useState(true);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const firstNewRow = useRef<number | undefined>(undefined);
  const tableRef = useRef<HTMLTableElement>(null);

  const load = useCallback(async (offset: number) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const page = await call('incidents.list', { offset, limit: PAGE_SIZE });
      setRows((current) => (offset === 0 ? page.rows : [...current, ...page.rows]));
      setTotal(page.total);
    } catch (error) {
      setFailure(asPanohError(error));
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void load(0);
  }, [load]);

  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading, headingRef]);

  // After "Show more", the focus goes to the first of the new rows, where reading continues.
  useEffect(() => {
    const index = firstNewRow.current;
    if (index === undefined || busy) return;
    firstNewRow.current = undefined;
    tableRef.current?.querySelectorAll<HTMLButtonElement>('tbody .ledger-row-link')[index]?.focus();
  }, [busy]);

  const more = total !== undefined && rows.length < total;

  return (
    <div className="page">
      <div className="page-heading page-heading-split">
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {t('incidents.title')}
        </h1>
        <button type="button" className="button button-primary" onClick={onNew}>
          <svg className="button-icon incident-plus" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M10 4v12M4 10h12" />
          </svg>
          <span>{t('incidents.new')}</span>
        </button>
      </div>
      <p className="page-lead">{t('incidents.intro')}</p>
      {flash ? (
        <p className="success page-flash" role="status">
          {flash}
        </p>
      ) : null}
      <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
      {total === 0 ? (
        <div className="ledger-empty">
          <p>{t('incidents.empty')}</p>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <div className="ledger-frame">
          <table className="ledger ledger-clickable" ref={tableRef}>
            <caption className="visually-hidden">{t('incidents.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="ledger-date">
                  {t('incidents.column.date')}
                </th>
                <th scope="col">{t('incidents.column.kind')}</th>
                <th scope="col">{t('incidents.column.perpetrator')}</th>
                <th scope="col">{t('incidents.column.place')}</th>
                <th scope="col" className="ledger-number">
                  {t('incidents.column.victims')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((incident) => (
                <tr key={incident.id}>
                  <td className="ledger-date">{formatPartialDate(incident.occurredOn)}</td>
                  <td>
                    <button
                      type="button"
                      className="ledger-row-link"
                      onClick={() => void navigate({ area: 'incidents', incidentId: incident.id })}
                    >
                      {kindsOf(incident)
                        .map((kind) => kindLabel(t, kind))
                        .join(', ')}
                    </button>
                  </td>
                  <td>
                    {perpetratorsOf(incident)
                      .map((who) => perpetratorLabel(t, who))
                      .join(', ')}
                  </td>
                  <td>{incident.place ?? '—'}</td>
                  {/* People still in the vault: one deleted is not counted, as the incident's page lists them. */}
                  <td className="ledger-number">{incident.liveVictimCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {rows.length > 0 && total !== undefined ? (
        <div className="ledger-footer">
          <p className="ledger-count">{t('incidents.shown', { shown: rows.length, total })}</p>
          {more ? (
            <button
              type="button"
              className="button button-outline"
              aria-disabled={busy || undefined}
              onClick={() => {
                if (busy) return;
                firstNewRow.current = rows.length;
                void load(rows.length);
              }}
            >
              {busy ? t('incidents.loading') : t('incidents.loadMore')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
