import { useT } from '../i18n/I18nProvider';

/** A standing reminder that the app works without a network and sends nothing anywhere. */
export function OfflineNote() {
  const t = useT();
  return (
    <p className="offline-note">
      <svg className="offline-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d="M3 7.5a10 10 0 0 1 14 0M5.5 10.5a6.5 6.5 0 0 1 9 0M8 13.5a3 3 0 0 1 4 0" />
        <path d="M3 3l14 14" />
      </svg>
      <span>{t('app.offline')}</span>
    </p>
  );
}
