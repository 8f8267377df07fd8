import { useT } from '../../i18n/I18nProvider';

/** What to do when the list is empty: nobody yet (add or import), or nobody matches the filters. */
export function ListEmptyState({
  filtered,
  onNew,
  onImport,
  onClear,
}: {
  filtered: boolean;
  onNew(): void;
  onImport(): void;
  onClear(): void;
}) {
  const t = useT();
  if (filtered) {
    return (
      <div className="empty-state">
        <p className="empty-state-title">{t('applicants.empty.noMatchTitle')}</p>
        <p>{t('applicants.empty.noMatch')}</p>
        <div className="empty-state-actions">
          <button type="button" className="button button-secondary" onClick={onClear}>
            {t('applicants.filters.clear')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <svg className="empty-state-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <circle cx="24" cy="17" r="8" />
        <path d="M9 41c1.5-8.5 7.6-13 15-13s13.5 4.5 15 13" />
      </svg>
      <p className="empty-state-title">{t('applicants.empty.title')}</p>
      <p>{t('applicants.empty.text')}</p>
      <div className="empty-state-actions">
        <button type="button" className="button button-primary" onClick={onNew}>
          {t('applicants.list.new')}
        </button>
        <button type="button" className="button button-secondary" onClick={onImport}>
          {t('applicants.empty.import')}
        </button>
      </div>
    </div>
  );
}
