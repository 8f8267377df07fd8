import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { type Language, type MessageKey, type MessageParams, translate } from '../../../shared/i18n';
import { usePrefs } from '../prefs/PrefsProvider';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18nContextValue {
  language: Language;
  t: Translate;
  /** Switches at once and remembers the choice through `prefs.set`. */
  setLanguage(language: Language): Promise<void>;
}

const I18nContext = createContext<I18nContextValue | undefined>(undefined);

/** Every word on screen comes from the shared catalogs, in the language kept in the preferences. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { prefs, updatePrefs } = usePrefs();
  const language = prefs.language;

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translate(language, 'app.name');
  }, [language]);

  const t = useCallback<Translate>((key, params) => translate(language, key, params), [language]);
  const setLanguage = useCallback(
    async (next: Language) => {
      await updatePrefs({ language: next });
    },
    [updatePrefs],
  );

  const value = useMemo(() => ({ language, t, setLanguage }), [language, t, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** The translate function for the current language. */
export function useT(): Translate {
  return useI18n().t;
}
