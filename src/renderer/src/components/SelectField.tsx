import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from './FormField';

export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled choice registered with a form; `empty` is the first option's text when none is chosen yet. */
export function SelectField({
  label,
  registration,
  options,
  error,
  hint,
  empty,
  required = false,
  disabled,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  options: readonly SelectOption[];
  error: string | undefined;
  hint?: string;
  empty?: string;
  required?: boolean;
  disabled?: boolean;
}) {
  return (
    <FormField label={required ? `${label} *` : label} hint={hint} error={error}>
      {(field) => (
        <select {...field} {...registration} className="input select" disabled={disabled}>
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
