import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { SelectOption } from './SelectField';

/** Several choices at once (an incident's kinds, a person's vulnerabilities), as one fieldset. */
export function CheckboxGroup({
  legend,
  registration,
  options,
  error,
  hint,
  required = false,
  hideLegend = false,
}: {
  legend: string;
  registration: UseFormRegisterReturn;
  options: readonly SelectOption[];
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  /** The section's own heading already says it. */
  hideLegend?: boolean;
}) {
  const id = useId();
  const described = [...(hint ? [`${id}-hint`] : []), ...(error ? [`${id}-error`] : [])];
  return (
    <fieldset
      className={error ? 'check-group field-invalid' : 'check-group'}
      aria-describedby={described.length > 0 ? described.join(' ') : undefined}
    >
      <legend className={hideLegend ? 'visually-hidden' : 'field-label'}>{required ? `${legend} *` : legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="check-option">
          <input type="checkbox" className="checkbox" value={option.value} {...registration} />
          <span>{option.label}</span>
        </label>
      ))}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
