import { type ReactNode, useId } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

interface FormFieldProps {
  label: string;
  hint?: ReactNode;
  /** A translated sentence; shown under the field and announced. */
  error?: string | undefined;
  /** Ids of further elements that describe the control (a strength meter, say). */
  describedBy?: string[];
  children: (control: FieldControlProps) => ReactNode;
  /** Shown under the control, before the hint (a strength meter, say). */
  below?: ReactNode;
}

/** A label, the control, a hint and an error, wired together for screen readers. */
export function FormField({ label, hint, error, describedBy = [], children, below }: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [...(hint ? [hintId] : []), ...describedBy, ...(error ? [errorId] : [])];
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
        'aria-invalid': Boolean(error),
      })}
      {below}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
