import { type RefObject, useRef } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { TemplatesSettings } from '../documents/TemplatesSettings';
import { keyStatusChanged } from '../protection/KeyStatusNotice';
import { type ReplaceKeyHandle, ReplaceKeySection } from '../protection/ReplaceKeySection';
import { SeizureSettings } from '../seizure/SeizureSettings';
import { AutoLockForm } from './AutoLockForm';
import { BackupSettings } from './BackupSettings';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { DeadlineRulesSettings } from './DeadlineRulesSettings';
import { KeyboardSetting } from './KeyboardSetting';
import { LanguageSetting } from './LanguageSetting';
import { NameSettingForm } from './NameSettingForm';
import { OfficeDetailsForm } from './OfficeDetailsForm';
import './settings.css';

/**
 * Settings: the vault's protection and language first (passphrase, re-encryption, recovery key),
 * then who is working and for which office, backups, and the office's deadline rules.
 */
export function SettingsPage({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  const rekeyRef = useRef<ReplaceKeyHandle>(null);
  return (
    <div className="page">
      <div className="page-heading">
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {t('settings.title')}
        </h1>
      </div>
      <div className="settings-grid">
        <ChangePassphraseForm onOfferRekey={() => rekeyRef.current?.focus()} />
        <div className="settings-column">
          <AutoLockForm />
          <LanguageSetting />
          <KeyboardSetting />
        </div>
      </div>
      <div className="settings-grid settings-more">
        <ReplaceKeySection kind="rekey" handle={rekeyRef} onReplaced={keyStatusChanged} />
        <ReplaceKeySection kind="recovery" onReplaced={keyStatusChanged} />
      </div>
      <div className="settings-grid settings-more">
        <div className="settings-column">
          <NameSettingForm which="profile" autoComplete="name" />
        </div>
        <BackupSettings />
      </div>
      <SeizureSettings />
      <DeadlineRulesSettings />
      <div className="settings-grid settings-more">
        <OfficeDetailsForm />
        <TemplatesSettings />
      </div>
    </div>
  );
}
