import type { Language } from '../../../shared/i18n';
import { useT } from '../i18n/I18nProvider';

/** A labelled choice among document languages, each named in the interface's language. */
export function LanguageSelect({
  id,
  label,
  value,
  languages,
  onChange,
}: {
  id: string;
  label: string;
  value: Language;
  languages: readonly Language[];
  onChange(language: Language): void;
}) {
  const t = useT();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as Language)}
      >
        {languages.map((code) => (
          <option key={code} value={code}>
            {t(`lang.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
