import { useEffect, useId, useRef, useState } from 'react';
import { formatRecoveryKey, normalizeRecoveryKey } from '../../../../shared/vault';
import { VaultScreenLayout } from '../../components/VaultScreenLayout';
import { useT } from '../../i18n/I18nProvider';

/**
 * The recovery key, shown once, in groups of four that are easy to copy by hand. It is never put
 * in the clipboard, never logged, and forgotten as soon as this screen goes.
 */
export function RecoveryKeyScreen({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const t = useT();
  const confirmId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const keyRef = useRef<HTMLElement>(null);
  const groups = formatRecoveryKey(normalizeRecoveryKey(recoveryKey)).split('-');

  useEffect(() => keyRef.current?.focus(), []);

  return (
    <VaultScreenLayout title={t('recovery.title')} intro={t('recovery.intro')} wide>
      <figure className="recovery-key-block" tabIndex={-1} ref={keyRef}>
        <figcaption className="field-label">{t('recovery.keyLabel')}</figcaption>
        <div className="recovery-key">
          {groups.map((group, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: groups are positions in one fixed key
            <span className="recovery-key-group" key={index}>
              {group}
              {index < groups.length - 1 ? (
                <span className="recovery-key-separator" aria-hidden="true">
                  -
                </span>
              ) : null}
            </span>
          ))}
        </div>
      </figure>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (confirmed) onDone();
        }}
      >
        <div className="checkbox-field">
          <input
            id={confirmId}
            type="checkbox"
            className="checkbox"
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
          />
          <label htmlFor={confirmId}>{t('recovery.confirm')}</label>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={!confirmed}>
            {t('recovery.continue')}
          </button>
        </div>
      </form>
    </VaultScreenLayout>
  );
}
