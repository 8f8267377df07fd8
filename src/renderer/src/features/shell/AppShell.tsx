import { type RefObject, useEffect, useRef } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { LockEmblem } from '../../components/LockEmblem';
import { OfflineNote } from '../../components/OfflineNote';
import { useT } from '../../i18n/I18nProvider';
import { usePrefs } from '../../prefs/PrefsProvider';
import { ApplicantsArea } from '../applicants/ApplicantsArea';
import { AuditLogPage } from '../audit/AuditLogPage';
import { DeadlinesArea } from '../deadlines/DeadlinesArea';
import { ImportPage } from '../import/ImportPage';
import { IncidentsArea } from '../incidents/IncidentsArea';
import { KeyStatusNotice } from '../protection/KeyStatusNotice';
import { ReportsArea } from '../reports/ReportsArea';
import { GlobalSearchBox } from '../search/GlobalSearchBox';
import { SearchResultsPage } from '../search/SearchResultsPage';
import { TravelNotice } from '../seizure/TravelNotice';
import { SettingsPage } from '../settings/SettingsPage';
import { SyncArea } from '../sync/SyncArea';
import { useOpenConflicts } from '../sync/useOpenConflicts';
import { RecentlyDeletedPage } from '../trash/RecentlyDeletedPage';
import { AreaIcon } from './AreaIcon';
import { navGroups, navLabel } from './areas';
import { NavigationProvider, type Route, useNavigation } from './navigation';
import { useLockShortcut } from './useLockShortcut';

/** The open vault: header with the lock, a quiet navigation on the left, one section at a time. */
export function AppShell({ onLock }: { onLock: () => void }) {
  return (
    <NavigationProvider initial={{ area: 'applicants' }}>
      <ShellFrame onLock={onLock} />
    </NavigationProvider>
  );
}

function AreaPage({ route, headingRef }: { route: Route; headingRef: RefObject<HTMLHeadingElement | null> }) {
  switch (route.area) {
    case 'applicants':
      return <ApplicantsArea applicantId={route.applicantId} headingRef={headingRef} />;
    case 'incidents':
      return <IncidentsArea incidentId={route.incidentId} headingRef={headingRef} />;
    case 'import':
      return <ImportPage headingRef={headingRef} />;
    case 'audit':
      return <AuditLogPage applicantId={route.applicantId} headingRef={headingRef} />;
    case 'trash':
      return <RecentlyDeletedPage headingRef={headingRef} />;
    case 'search':
      return <SearchResultsPage query={route.query} headingRef={headingRef} />;
    case 'deadlines':
      return <DeadlinesArea headingRef={headingRef} />;
    case 'reports':
      return <ReportsArea headingRef={headingRef} />;
    case 'sync':
      return <SyncArea headingRef={headingRef} />;
    case 'settings':
      return <SettingsPage headingRef={headingRef} />;
  }
}

function ShellFrame({ onLock }: { onLock: () => void }) {
  const t = useT();
  const { prefs } = usePrefs();
  const { route, navigate } = useNavigation();
  const openConflicts = useOpenConflicts();
  const area = route.area;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useLockShortcut(onLock);

  // Moving to a section moves the focus to its title, so a screen reader announces where one is;
  // so does opening the vault (the first section's title, not the page's first button).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of section
  useEffect(() => {
    headingRef.current?.focus();
  }, [route]);

  return (
    <div className="shell">
      <header className="shell-header">
        <div className="shell-brand">
          <LockEmblem className="lock-emblem lock-emblem-small" />
          <span className="shell-brand-name">{t('app.name')}</span>
        </div>
        <GlobalSearchBox />
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
            {navGroups.map((group) => (
              <ul key={group.join()} className="nav-list">
                {group.map((id) => (
                  <li key={id} className="nav-item">
                    <button
                      type="button"
                      className="nav-link"
                      aria-current={id === area ? 'page' : undefined}
                      onClick={() => void navigate({ area: id } as Route)}
                    >
                      <AreaIcon area={id} />
                      <span>{t(navLabel[id])}</span>
                      {id === 'sync' && openConflicts > 0 ? (
                        <span className="nav-badge">{t('shell.nav.conflictsBadge', { count: openConflicts })}</span>
                      ) : null}
                    </button>
                  </li>
                ))}
              </ul>
            ))}
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
          <KeyStatusNotice />
          <TravelNotice />
          <AreaPage route={route} headingRef={headingRef} />
        </main>
      </div>
    </div>
  );
}
