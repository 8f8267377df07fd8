import { useT } from '../i18n/I18nProvider';

/** Said next to passphrase fields while Caps Lock is on: the commonest cause of a wrong passphrase. */
export function CapsLockHint({ on }: { on: boolean }) {
  const t = useT();
  return (
    <p className="caps-lock-hint" aria-live="polite">
      {on ? t('common.capsLock') : ''}
    </p>
  );
}
