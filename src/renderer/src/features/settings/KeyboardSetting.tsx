import { enterKeyChoices } from '../../../../shared/api/contract';
import { useT } from '../../i18n/I18nProvider';
import { usePrefs } from '../../prefs/PrefsProvider';

/** What Enter does in a record form's one-line field: the next field (Ctrl+Enter saves), or save. */
export function KeyboardSetting() {
  const t = useT();
  const { prefs, updatePrefs } = usePrefs();
  return (
    <section className="settings-section">
      <fieldset className="radio-group">
        <legend className="section-title">{t('caseFile.keyboard.title')}</legend>
        {enterKeyChoices.map((choice) => (
          <label className="radio-option" key={choice}>
            <input
              type="radio"
              name="enterKey"
              value={choice}
              checked={prefs.enterKey === choice}
              onChange={() => {
                updatePrefs({ enterKey: choice }).catch(() => {});
              }}
            />
            <span>{t(`caseFile.keyboard.${choice}`)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
