import { useEffect, useRef } from 'react';
import { formatRecoveryKey, normalizeRecoveryKey } from '../../../shared/vault';
import { useT } from '../i18n/I18nProvider';

/**
 * A recovery key in groups of four that are easy to copy by hand, focused when it appears. It is
 * never put in the clipboard, never logged, and forgotten as soon as it leaves the screen.
 */
export function RecoveryKeyFigure({ recoveryKey }: { recoveryKey: string }) {
  const t = useT();
  const keyRef = useRef<HTMLElement>(null);
  const groups = formatRecoveryKey(normalizeRecoveryKey(recoveryKey)).split('-');

  useEffect(() => keyRef.current?.focus(), []);

  return (
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
  );
}
