import type { Language } from '../../../shared/i18n';
import { useT } from '../i18n/I18nProvider';
import { ChoiceSelect } from './ChoiceSelect';

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
  const options = languages.map((code) => ({ value: code, label: t(`lang.${code}`) }));
  return <ChoiceSelect id={id} label={label} value={value} options={options} onChange={onChange} />;
}
