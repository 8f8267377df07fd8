import { type ReactNode, useId } from 'react';
import { useT } from '../i18n/I18nProvider';
import { LanguageSwitch } from './LanguageSwitch';
import { LockEmblem } from './LockEmblem';
import { OfflineNote } from './OfflineNote';

interface VaultScreenLayoutProps {
  title: string;
  intro?: ReactNode;
  /** A notice above the intro (why the vault locked, say). */
  notice?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}

/** The frame of every screen shown while the vault is closed: one calm card in the middle. */
export function VaultScreenLayout({ title, intro, notice, children, wide = false }: VaultScreenLayoutProps) {
  const t = useT();
  const titleId = useId();
  return (
    <div className="vault-page">
      <header className="vault-topbar">
        <LanguageSwitch />
      </header>
      <main className="vault-main">
        <section className={wide ? 'vault-card vault-card-wide' : 'vault-card'} aria-labelledby={titleId}>
          <div className="vault-brand">
            <LockEmblem />
            <div>
              <p className="vault-brand-name">{t('app.name')}</p>
              <p className="vault-brand-tagline">{t('app.tagline')}</p>
            </div>
          </div>
          <h1 className="vault-title" id={titleId}>
            {title}
          </h1>
          {notice}
          {intro ? <p className="vault-intro">{intro}</p> : null}
          {children}
        </section>
      </main>
      <footer className="vault-footer">
        <OfflineNote />
      </footer>
    </div>
  );
}
