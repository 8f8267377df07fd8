import { useCallback, useEffect, useState } from 'react';
import type { KeyStatus } from '../../../../shared/api/protectionMethods';
import { call } from '../../api/client';
import type { Translate } from '../../i18n/I18nProvider';
import { useT } from '../../i18n/I18nProvider';
import { useNavigation } from '../shell/navigation';
import './protection.css';

const listeners = new Set<() => void>();

/** Asks every notice to read the key status again (a recovery key or the data key was replaced). */
export function keyStatusChanged(): void {
  for (const listener of [...listeners]) listener();
}

/** What the lawyer must know about the vault's keys, in words; empty when all is well. */
export function keyStatusLines(t: Translate, status: KeyStatus): string[] {
  return [
    status.keyFile === 'altered' ? t('protection.status.altered') : undefined,
    status.keyFile === 'ok' && status.recoveryKey === 'unconfirmed' ? t('protection.status.unconfirmed') : undefined,
    status.auditAnchor === 'truncated' ? t('protection.status.truncated', { seq: status.auditAnchorSeq }) : undefined,
    status.interruptedRekey === 'completed' ? t('protection.status.completed') : undefined,
    status.interruptedRekey === 'undone' ? t('protection.status.undone') : undefined,
  ].filter((line): line is string => line !== undefined);
}

/**
 * Above every page while something about the keys needs the lawyer: a key file changed outside
 * Panoh, a recovery key nobody saw, an audit log cut short, an interrupted re-encryption.
 */
export function KeyStatusNotice() {
  const t = useT();
  const { route, navigate } = useNavigation();
  const [status, setStatus] = useState<KeyStatus | undefined>(undefined);

  const load = useCallback(() => {
    call('vault.keyStatus', {}).then(setStatus, () => setStatus(undefined));
  }, []);

  useEffect(() => {
    load();
    listeners.add(load);
    return () => {
      listeners.delete(load);
    };
  }, [load]);

  const lines = status ? keyStatusLines(t, status) : [];
  if (lines.length === 0) return null;
  return (
    <section className="key-status" role="alert" aria-label={t('protection.status.title')}>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {route.area !== 'settings' ? (
        <button
          type="button"
          className="button button-outline button-small"
          onClick={() => void navigate({ area: 'settings' })}
        >
          {t('protection.status.action')}
        </button>
      ) : null}
    </section>
  );
}
