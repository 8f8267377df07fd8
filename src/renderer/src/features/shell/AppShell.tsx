import { useEffect, useRef, useState } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { LockEmblem } from '../../components/LockEmblem';
import { OfflineNote } from '../../components/OfflineNote';
import { useT } from '../../i18n/I18nProvider';
import { usePrefs } from '../../prefs/PrefsProvider';
import { SettingsPage } from '../settings/SettingsPage';
import { AreaIcon } from './AreaIcon';
import { type AreaId, areaIds, navLabel } from './areas';
import { PlannedAreaPage } from './PlannedAreaPage';
import { useLockShortcut } from './useLockShortcut';

/** The open vault: header with the lock, a quiet navigation on the left, one section at a time. */
export function AppShell({ onLock }: { onLock: () => void }) {
  const t = useT();
  const { prefs } = usePrefs();
  const [area, setArea] = useState<AreaId>('applicants');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useLockShortcut(onLock);

  // Moving to a section moves the focus to its title, so a screen reader announces where one is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of section
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [area]);

  return (
    <div className="shell">
      <header className="shell-header">
        <div className="shell-brand">
          <LockEmblem className="lock-emblem lock-emblem-small" />
          <span className="shell-brand-name">{t('app.name')}</span>
        </div>
        <div className="shell-header-actions">
          <LanguageSwitch />
          <button type="button" className="button button-lock" onClick={onLock} aria-keyshortcuts="Control+L Meta+L">
            <LockEmblem className="button-icon" />
            <span>{t('shell.lock')}</span>
            <kbd className="shortcut">{t('shell.lockShortcut')}</kbd>
          </button>
        </div>
      </header>
      <div className="shell-body">
        <div className="shell-sidebar">
          <nav aria-label={t('shell.nav.label')}>
            <ul className="nav-list">
              {areaIds.map((id) => (
                <li key={id} className={id === 'settings' ? 'nav-item nav-item-settings' : 'nav-item'}>
                  <button
                    type="button"
                    className="nav-link"
                    aria-current={id === area ? 'page' : undefined}
                    onClick={() => setArea(id)}
                  >
                    <AreaIcon area={id} />
                    <span>{t(navLabel[id])}</span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <footer className="sidebar-status">
            <p className="vault-open-note">
              <span className="status-dot" aria-hidden="true" />
              <span>{t('shell.unlockedNotice', { minutes: prefs.autoLockMinutes })}</span>
            </p>
            <OfflineNote />
          </footer>
        </div>
        <main className="shell-main">
          {area === 'settings' ? (
            <SettingsPage headingRef={headingRef} />
          ) : (
            <PlannedAreaPage area={area} headingRef={headingRef} />
          )}
        </main>
      </div>
    </div>
  );
}
