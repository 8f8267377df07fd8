import { passphraseStrength } from '../../../shared/vault';
import { useT } from '../i18n/I18nProvider';

const levels = ['tooShort', 'weak', 'fair', 'strong'] as const;

/** A live, honest hint of how guessable the new passphrase is: a bar and a sentence. */
export function StrengthMeter({ id, passphrase }: { id: string; passphrase: string }) {
  const t = useT();
  const strength = passphraseStrength(passphrase);
  const level = levels.indexOf(strength);
  const filled = passphrase.length === 0 ? 0 : level + 1;
  return (
    <div className={`strength strength-${passphrase.length === 0 ? 'empty' : strength}`} id={id}>
      <div className="strength-bar" aria-hidden="true">
        {levels.map((name, index) => (
          <span key={name} className={index < filled ? 'strength-segment filled' : 'strength-segment'} />
        ))}
      </div>
      <p className="strength-text">
        <span aria-live="polite">
          <span className="strength-label">{t('strength.label')}:</span>{' '}
          <strong>{passphrase.length === 0 ? '—' : t(`strength.${strength}`)}</strong>
        </span>
        <span className="strength-note">{t('strength.note')}</span>
      </p>
    </div>
  );
}
