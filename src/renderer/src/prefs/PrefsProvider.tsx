import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { AUTO_LOCK_MINUTES, type Prefs } from '../../../shared/api/contract';
import { DEFAULT_LANGUAGE } from '../../../shared/i18n';
import { call, onEvent } from '../api/client';

interface PrefsContextValue {
  prefs: Prefs;
  /** Applies the change on screen at once, saves it through the core, and reverts if that fails. */
  updatePrefs(patch: Partial<Prefs>): Promise<Prefs>;
}

const FALLBACK_PREFS: Prefs = {
  language: DEFAULT_LANGUAGE,
  autoLockMinutes: AUTO_LOCK_MINUTES.default,
  enterKey: 'next',
};

const PrefsContext = createContext<PrefsContextValue | undefined>(undefined);

/**
 * Preferences live in the core (they are needed before the vault is unlocked); this keeps the
 * renderer's copy in step with them, including changes made elsewhere (the `prefs.changed` event).
 * Nothing is rendered until they are known, so the first screen already speaks the right language.
 */
export function PrefsProvider({ children }: { children: ReactNode }) {
  const [prefs, setPrefs] = useState<Prefs | undefined>(undefined);

  useEffect(() => {
    let active = true;
    const unsubscribe = onEvent('prefs.changed', (next) => {
      if (active) setPrefs(next);
    });
    call('prefs.get', {}).then(
      (loaded) => {
        if (active) setPrefs((current) => current ?? loaded);
      },
      () => {
        // Preferences are never worth a blank window: the start screen reports the real problem.
        if (active) setPrefs((current) => current ?? FALLBACK_PREFS);
      },
    );
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);

  const updatePrefs = useCallback(async (patch: Partial<Prefs>) => {
    let previous: Prefs | undefined;
    setPrefs((current) => {
      previous = current;
      return current ? { ...current, ...patch } : current;
    });
    try {
      const saved = await call('prefs.set', patch);
      setPrefs(saved);
      return saved;
    } catch (error) {
      if (previous) setPrefs(previous);
      throw error;
    }
  }, []);

  const value = useMemo(() => (prefs ? { prefs, updatePrefs } : undefined), [prefs, updatePrefs]);
  if (!value) return <div className="starting" aria-busy="true" />;
  return <PrefsContext.Provider value={value}>{children}</PrefsContext.Provider>;
}

export function usePrefs(): PrefsContextValue {
  const value = useContext(PrefsContext);
  if (!value) throw new Error('usePrefs outside PrefsProvider');
  return value;
}
