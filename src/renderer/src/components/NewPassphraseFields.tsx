import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/vault';
import { useT } from '../i18n/I18nProvider';
import { PassphraseField } from './PassphraseField';
import { StrengthMeter } from './StrengthMeter';

interface NewPassphraseFieldsProps {
  labels: { passphrase: string; confirm: string };
  /**
   * `register('newPassphrase')` and `register('confirm')` of the form that holds them, called by
   * that form in its own order of fields: the first invalid one in that order takes the focus.
   */
  registrations: { passphrase: UseFormRegisterReturn; confirm: UseFormRegisterReturn };
  /** Translated sentences under each field. */
  errors: { passphrase: string | undefined; confirm: string | undefined };
  /** What is typed so far, for the strength meter. */
  passphrase: string;
  busy: boolean;
  visible: boolean;
  /** Shown on the new passphrase unless another field of the form already has the toggle. */
  onToggleVisible?: (() => void) | undefined;
}

/**
 * A new passphrase and its repetition, with the length hint and the strength meter: the same pair
 * on the create, recover and change-passphrase forms.
 */
export function NewPassphraseFields({
  labels,
  registrations,
  errors,
  passphrase,
  busy,
  visible,
  onToggleVisible,
}: NewPassphraseFieldsProps) {
  const t = useT();
  const strengthId = useId();
  return (
    <>
      <PassphraseField
        label={labels.passphrase}
        hint={t('create.passphraseHint', { min: PASSPHRASE_MIN_LENGTH })}
        error={errors.passphrase}
        describedBy={[strengthId]}
        below={<StrengthMeter id={strengthId} passphrase={passphrase} />}
        registration={registrations.passphrase}
        visible={visible}
        readOnly={busy}
        autoComplete="new-password"
        onToggleVisible={onToggleVisible}
      />
      <PassphraseField
        label={labels.confirm}
        error={errors.confirm}
        registration={registrations.confirm}
        visible={visible}
        readOnly={busy}
        autoComplete="new-password"
      />
    </>
  );
}
