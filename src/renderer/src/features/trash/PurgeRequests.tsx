import type { MethodOutput } from '../../../../shared/api/contract';
import { useT } from '../../i18n/I18nProvider';
import { formatTimestamp } from '../../i18n/recordText';
import { RowAction, TrashTableHead } from './TrashTable';

type PurgeRequest = MethodOutput<'trash.purgeRequests'>[number];

/**
 * Records a colleague deleted forever that are still here: nothing goes on a colleague's word
 * alone (a stolen laptop could send such a bundle), so a lawyer confirms each or keeps it.
 */
export function PurgeRequests({
  requests,
  labelOf,
  working,
  onConfirm,
  onKeep,
}: {
  requests: readonly PurgeRequest[];
  labelOf(request: PurgeRequest): string;
  working: boolean;
  onConfirm(request: PurgeRequest): void;
  onKeep(request: PurgeRequest): void;
}) {
  const t = useT();
  if (requests.length === 0) return null;
  return (
    <section className="purge-requests" aria-labelledby="purge-requests-title">
      <h2 className="section-title" id="purge-requests-title">
        {t('trash.requests.title')}
      </h2>
      <p className="page-lead">{t('trash.requests.intro')}</p>
      <div className="ledger-frame">
        <table className="ledger">
          <TrashTableHead caption={t('trash.requests.caption')} dateColumn={t('trash.requests.column.requestedAt')} />
          <tbody>
            {requests.map((request) => {
              const label = labelOf(request);
              return (
                <tr key={`${request.kind}-${request.id}`}>
                  <td className="ledger-muted">{t(`trash.kind.${request.kind}`)}</td>
                  <td>{label}</td>
                  <td className="ledger-date">{formatTimestamp(request.requestedAt)}</td>
                  <td>
                    <div className="ledger-actions">
                      <RowAction
                        text={t('trash.requests.keep')}
                        name={t('trash.requests.keepNamed', { label })}
                        busy={working}
                        onClick={() => onKeep(request)}
                      />
                      <RowAction
                        text={t('trash.requests.confirm')}
                        name={t('trash.requests.confirmNamed', { label })}
                        danger
                        busy={working}
                        onClick={() => onConfirm(request)}
                      />
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
