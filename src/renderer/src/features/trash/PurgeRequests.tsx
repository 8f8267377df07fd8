import type { MethodOutput } from '../../../../shared/api/contract';
import { useT } from '../../i18n/I18nProvider';
import { formatTimestamp } from '../../i18n/recordText';

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
          <caption className="visually-hidden">{t('trash.requests.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trash.column.kind')}</th>
              <th scope="col">{t('trash.column.label')}</th>
              <th scope="col">{t('trash.requests.column.requestedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('trash.column.actions')}</span>
              </th>
            </tr>
          </thead>
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
                      <button
                        type="button"
                        className="button button-outline button-small"
                        aria-label={t('trash.requests.keepNamed', { label })}
                        aria-disabled={working || undefined}
                        onClick={() => onKeep(request)}
                      >
                        {t('trash.requests.keep')}
                      </button>
                      <button
                        type="button"
                        className="button button-danger-quiet button-small"
                        aria-label={t('trash.requests.confirmNamed', { label })}
                        aria-disabled={working || undefined}
                        onClick={() => onConfirm(request)}
                      >
                        {t('trash.requests.confirm')}
                      </button>
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
