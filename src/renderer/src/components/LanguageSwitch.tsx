import { type Language, languages, translate } from '../../../shared/i18n';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Русский / Қазақша / English. Each name is written in its own language (and marked so for screen
 * readers), so a user who cannot read the current language still finds theirs.
 */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const choose = (next: Language) => {
    if (next !== language) setLanguage(next).catch(() => {});
  };
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('lang.label')}</legend>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-option"
          aria-pressed={option === language}
          onClick={() => choose(option)}
        >
          {translate(option, `lang.${option}`)}
        </button>
      ))}
    </fieldset>
  );
}
