import { languages, translate } from '../../../../shared/i18n';
import { useI18n } from '../../i18n/I18nProvider';

/** The language of the whole program, applied at once and remembered. */
export function LanguageSetting() {
  const { language, setLanguage, t } = useI18n();
  return (
    <section className="settings-section">
      <fieldset className="radio-group">
        <legend className="section-title">{t('settings.language.title')}</legend>
        {languages.map((option) => (
          <label className="radio-option" key={option} lang={option}>
            <input
              type="radio"
              name="language"
              value={option}
              checked={option === language}
              onChange={() => {
                setLanguage(option).catch(() => {});
              }}
            />
            <span>{translate(option, `lang.${option}`)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
