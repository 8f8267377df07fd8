import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { LIMITS } from '../../../shared/records/text';
import { FormField } from './FormField';

/**
 * A labelled text box registered with a form: one line, or several (`rows`) for free text. The
 * label gets " *" when the field is required; the limit is the shared schema's.
 */
export function TextField({
  label,
  registration,
  error,
  hint,
  required = false,
  rows,
  type = 'text',
  maxLength,
  spellCheck,
  autoComplete = 'off',
  readOnly,
  describedBy,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  error: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  /** Several lines: a textarea (Ctrl+Enter saves from it; Enter is a new line). */
  rows?: number;
  type?: 'text' | 'tel' | 'number';
  maxLength?: number;
  spellCheck?: boolean;
  autoComplete?: string;
  readOnly?: boolean;
  describedBy?: string[];
}) {
  return (
    <FormField label={required ? `${label} *` : label} hint={hint} error={error} describedBy={describedBy}>
      {(field) =>
        rows ? (
          <textarea
            {...field}
            {...registration}
            className="input textarea"
            rows={rows}
            maxLength={maxLength ?? LIMITS.long}
            readOnly={readOnly}
            aria-keyshortcuts="Control+Enter"
          />
        ) : (
          <input
            {...field}
            {...registration}
            className="input"
            type={type}
            inputMode={type === 'number' ? 'numeric' : undefined}
            autoComplete={autoComplete}
            spellCheck={spellCheck}
            maxLength={type === 'number' ? undefined : (maxLength ?? LIMITS.short)}
            readOnly={readOnly}
            aria-required={required || undefined}
          />
        )
      }
    </FormField>
  );
}
