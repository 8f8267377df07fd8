import { useId } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { EraseShortcutSetting } from './EraseShortcutSetting';
import { TravelModeSection } from './TravelModeSection';
import { travelChanged } from './TravelNotice';
import { useSeizureStatus } from './useSeizureStatus';
import { WipeSetting } from './WipeSetting';
import './seizure.css';

/** Settings → "If the laptop is taken": the erase shortcut, wipe after wrong passphrases, travel mode. */
export function SeizureSettings() {
  const t = useT();
  const titleId = useId();
  const { status, failure, setStatus, reload } = useSeizureStatus();
  return (
    <section className="settings-section seizure-settings" aria-labelledby={titleId}>
      <h2 className="section-title" id={titleId}>
        {t('seizure.title')}
      </h2>
      <p className="seizure-text">{t('seizure.intro')}</p>
      <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
      {status ? (
        <>
          {status.backupExists ? null : <p className="seizure-warning">{t('seizure.backupFirst')}</p>}
          <EraseShortcutSetting status={status} onChanged={setStatus} />
          <WipeSetting status={status} onChanged={setStatus} />
          <TravelModeSection
            status={status}
            onChanged={() => {
              reload();
              travelChanged();
            }}
          />
        </>
      ) : null}
    </section>
  );
}
