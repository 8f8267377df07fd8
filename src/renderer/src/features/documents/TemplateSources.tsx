import type { TemplateSummary } from '../../../../shared/documents/templates';
import { useI18n } from '../../i18n/I18nProvider';

/** What the lawyer must still check, and the legal sources the wording relies on. */
export function TemplateSources({ template }: { template: TemplateSummary }) {
  const { t } = useI18n();
  if (!template.note && !template.sources?.length) return null;
  return (
    <details className="documents-sources" open>
      <summary>{t('documents.dialog.note')}</summary>
      {template.note ? <p>{template.note}</p> : null}
      {template.sources?.length ? (
        <>
          <p className="field-label">{t('documents.dialog.sources')}</p>
          <ul className="documents-list">
            {template.sources.map((source) => (
              <li key={source.text}>
                {source.text}
                {source.confirmed ? null : <strong> — {t('documents.dialog.unconfirmed')}</strong>}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
