import type { UseFormRegisterReturn } from 'react-hook-form';
import { languages, translate } from '../../../../shared/i18n';

/** The language an exported file is written in: each name in its own language, as on the switch. */
export function LanguageChoice({ legend, registration }: { legend: string; registration: UseFormRegisterReturn }) {
  return (
    <fieldset className="choice-group">
      <legend className="field-label">{legend}</legend>
      <div className="choice-options">
        {languages.map((option) => (
          <label className="choice-option" key={option} lang={option}>
            <input type="radio" value={option} {...registration} />
            <span>{translate(option, `lang.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
