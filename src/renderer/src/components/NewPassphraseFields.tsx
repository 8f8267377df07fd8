import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/vault';
import { formMessage } from '../forms/formMessages';
import { useT } from '../i18n/I18nProvider';
import { PassphraseField } from './PassphraseField';
import { StrengthMeter } from './StrengthMeter';

interface NewPassphraseFieldsProps {
  labels: { passphrase: string; confirm: string };
  /** The form that holds them, as its fields `newPassphrase` and `confirm`. */
  register(name: 'newPassphrase' | 'confirm'): UseFormRegisterReturn;
  /** That form's `formState.errors`: each said in words under its field. */
  errors: { newPassphrase?: { message?: string | undefined }; confirm?: { message?: string | undefined } };
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
  register,
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
        error={formMessage(t, errors.newPassphrase?.message)}
        describedBy={[strengthId]}
        below={<StrengthMeter id={strengthId} passphrase={passphrase} />}
        registration={register('newPassphrase')}
        visible={visible}
        readOnly={busy}
        autoComplete="new-password"
        onToggleVisible={onToggleVisible}
      />
      <PassphraseField
        label={labels.confirm}
        error={formMessage(t, errors.confirm?.message)}
        registration={register('confirm')}
        visible={visible}
        readOnly={busy}
        autoComplete="new-password"
      />
    </>
  );
}
