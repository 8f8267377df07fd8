import type { RefObject } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { LanguageSetting } from './LanguageSetting';

export function SettingsPage({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  return (
    <div className="page">
      <div className="page-heading">
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {t('settings.title')}
        </h1>
      </div>
      <div className="settings-grid">
        <ChangePassphraseForm />
        <div className="settings-column">
          <AutoLockForm />
          <LanguageSetting />
        </div>
      </div>
    </div>
  );
}
