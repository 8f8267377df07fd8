import { useEffect, useState } from 'react';
import type { PanohError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useT } from '../../i18n/I18nProvider';

/**
 * Wipe after wrong passphrases: once fewer than three attempts are left, the unlock and recovery
 * screens say how many, from the vault's status when they open and from each refusal after.
 */
export function AttemptsLeft({ failure }: { failure: PanohError | undefined }) {
  const t = useT();
  const [left, setLeft] = useState<number | undefined>(undefined);
  useEffect(() => {
    let current = true;
    call('vault.status', {}).then(
      (status) => {
        if (current) setLeft(status.attemptsLeft);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, []);
  useEffect(() => {
    if (!failure) return;
    const fromFailure = failure.params?.attemptsLeft;
    setLeft(typeof fromFailure === 'number' ? fromFailure : undefined);
  }, [failure]);
  if (left === undefined) return null;
  return (
    <p className="alert alert-error attempts-left" role="alert">
      {t('unlock.attemptsLeft', { attempts: left })}
    </p>
  );
}
