import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../i18n/I18nProvider';
import type { FieldControlProps } from './FormField';

interface PassphraseInputProps {
  control: FieldControlProps;
  registration: UseFormRegisterReturn;
  visible: boolean;
  readOnly?: boolean;
  autoComplete: 'new-password' | 'current-password';
  /** Given on the first passphrase field of a form: the one button that shows or hides them all. */
  onToggleVisible?: (() => void) | undefined;
}

/**
 * A passphrase box, never spell-checked or auto-corrected, with an optional show/hide button.
 * Read-only (not disabled) while the core works, so the focus stays put.
 */
export function PassphraseInput({
  control,
  registration,
  visible,
  readOnly = false,
  autoComplete,
  onToggleVisible,
}: PassphraseInputProps) {
  const t = useT();
  return (
    <div className={onToggleVisible ? 'passphrase-input has-toggle' : 'passphrase-input'}>
      <input
        {...control}
        {...registration}
        className="input"
        type={visible ? 'text' : 'password'}
        readOnly={readOnly}
        autoComplete={autoComplete}
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
      />
      {onToggleVisible ? (
        <button type="button" className="reveal-button" onClick={onToggleVisible} aria-controls={control.id}>
          {visible ? t('common.hide') : t('common.show')}
        </button>
      ) : null}
    </div>
  );
}
