import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract';
import { isMessageKey, type MessageKey } from '../../../../shared/i18n';
import { incidentKinds } from '../../../../shared/records/incident';
import { formatPartialDate } from '../../../../shared/records/partialDate';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { type Translate, useT } from '../../i18n/I18nProvider';
import { formatTimestamp } from '../../i18n/recordText';
import { kindLabel } from '../incidents/labels';
import { type PurgeDone, useDeleteForever } from '../protection/useDeleteForever';
import { PurgeRequests } from './PurgeRequests';
import { RowAction, TrashTableHead } from './TrashTable';
import '../incidents/ledger.css';
import '../../components/modal.css';

type TrashItem = MethodOutput<'trash.list'>[number];
type PurgeRequest = MethodOutput<'trash.purgeRequests'>[number];

/** The core labels items plainly ("eviction 2026-10-20", "decision"); this says it in words. */
export function itemLabel(t: Translate, item: Pick<TrashItem, 'kind' | 'label' | 'damaged'>): string {
  if (item.damaged) return t('trash.damaged');
  if (item.kind === 'incident') {
    const [kind, date] = item.label.split(' ');
    if (kind && (incidentKinds as readonly string[]).includes(kind)) {
      const name = kindLabel(t, kind as (typeof incidentKinds)[number]);
      return date ? `${name}, ${formatPartialDate(date)}` : name;
    }
  }
  if (item.kind === 'event') {
    const key = `event.type.${item.label}`;
    if (isMessageKey(key)) return t(key as MessageKey);
  }
  return item.label;
}

/**
 * Deleted records, newest first, each with Restore and "Delete forever" (which erases it, with
 * everything that belongs to it, here and on colleagues' computers).
 */
export function RecentlyDeletedPage({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  const [items, setItems] = useState<TrashItem[] | undefined>(undefined);
  const [requests, setRequests] = useState<PurgeRequest[]>([]);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [working, setWorking] = useState<string | undefined>(undefined);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const { deleteForever, dialog } = useDeleteForever();

  const load = useCallback(async () => {
    try {
      const [trash, asked] = await Promise.all([call('trash.list', {}), call('trash.purgeRequests', {})]);
      setItems(trash);
      setRequests(asked);
    } catch (error) {
      setFailure(errorMessage(t, asPanohError(error)));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  /**
   * Restores or deletes forever one item, or answers a colleague's request: its row goes, the
   * confirmation takes the focus (the button is gone with its row), a refusal is said in words.
   * `act` resolves false when the lawyer answered no.
   */
  const settle = async (
    item: Pick<TrashItem, 'kind' | 'id' | 'label' | 'damaged'>,
    act: (label: string) => Promise<PurgeDone | boolean>,
    done: MessageKey,
  ) => {
    if (working) return;
    setWorking(item.id);
    setFailure(undefined);
    const label = itemLabel(t, item);
    try {
      const outcome = await act(label);
      if (!outcome) return;
      setItems((current) => current?.filter((other) => other.id !== item.id));
      setRequests((current) => current.filter((other) => other.id !== item.id));
      const pending = typeof outcome === 'object' && outcome.flushPending;
      setStatus(pending ? `${t(done, { label })} ${t('trash.flushPending')}` : t(done, { label }));
      requestAnimationFrame(() => statusRef.current?.focus());
    } catch (error) {
      setStatus(undefined);
      setFailure(errorMessage(t, asPanohError(error)));
    } finally {
      setWorking(undefined);
    }
  };
  /** A core call that has no outcome of its own beyond succeeding. */
  const done = (work: () => Promise<unknown>) => async () => {
    await work();
    return true;
  };
  const restore = (item: TrashItem) =>
    settle(
      item,
      done(() => call('trash.restore', { kind: item.kind, id: item.id })),
      'trash.restored',
    );
  const purge = (item: TrashItem) =>
    settle(item, (label) => deleteForever({ from: 'trash', kind: item.kind, id: item.id, label }), 'trash.purged');
  const confirmRequest = (request: PurgeRequest) =>
    settle(
      request,
      (label) => deleteForever({ from: 'request', kind: request.kind, id: request.id, label }),
      'trash.requests.confirmed',
    );
  const keepRecord = (request: PurgeRequest) =>
    settle(
      request,
      done(() => call('trash.keepRecord', { kind: request.kind, id: request.id })),
      'trash.requests.kept',
    );

  /** One row's button; both act on the row and wait for each other. */
  const rowButton = (item: TrashItem, label: string, kind: 'restore' | 'purge') => (
    <RowAction
      text={t(kind === 'restore' ? 'trash.restore' : 'trash.purge')}
      name={t(kind === 'restore' ? 'trash.restoreNamed' : 'trash.purgeNamed', { label })}
      danger={kind === 'purge'}
      busy={working !== undefined}
      onClick={() => void (kind === 'restore' ? restore(item) : purge(item))}
    />
  );

  return (
    <div className="page">
      {dialog}
      <div className="page-heading">
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {t('trash.title')}
        </h1>
      </div>
      <p className="page-lead">
        {t('trash.intro')} {t('trash.introForever')}
      </p>
      <div role="status">
        {status ? (
          <p className="success page-flash" ref={statusRef} tabIndex={-1}>
            {status}
          </p>
        ) : null}
      </div>
      <FormAlert message={failure} />
      <PurgeRequests
        requests={requests}
        labelOf={(request) => itemLabel(t, request)}
        working={working !== undefined}
        onConfirm={(request) => void confirmRequest(request)}
        onKeep={(request) => void keepRecord(request)}
      />
      {items && items.length === 0 ? (
        <div className="ledger-empty">
          <p>{t('trash.empty')}</p>
        </div>
      ) : null}
      {items && items.length > 0 ? (
        <div className="ledger-frame">
          <table className="ledger">
            <TrashTableHead caption={t('trash.caption')} dateColumn={t('trash.column.deletedAt')} />
            <tbody>
              {items.map((item) => {
                const label = itemLabel(t, item);
                return (
                  <tr key={`${item.kind}-${item.id}`}>
                    <td className="ledger-muted">{t(`trash.kind.${item.kind}`)}</td>
                    <td>{label}</td>
                    <td className="ledger-date">{formatTimestamp(item.deletedAt)}</td>
                    <td>
                      <div className="ledger-actions">
                        {item.damaged ? null : rowButton(item, label, 'restore')}
                        {rowButton(item, label, 'purge')}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
