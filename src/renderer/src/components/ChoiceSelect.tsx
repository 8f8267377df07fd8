import { useId } from 'react';
import type { SelectOption } from './SelectField';

/** A labelled choice held by its screen's own state (SelectField is the one registered with a form). */
export function ChoiceSelect<V extends string>({
  id,
  label,
  value,
  options,
  disabled = false,
  onChange,
}: {
  /** For a label elsewhere on the screen to point at; one is made otherwise. */
  id?: string;
  label: string;
  value: V | undefined;
  options: readonly (SelectOption & { value: V })[];
  disabled?: boolean;
  onChange(value: V): void;
}) {
  const madeId = useId();
  const selectId = id ?? madeId;
  return (
    <div className="field">
      <label className="field-label" htmlFor={selectId}>
        {label}
      </label>
      <select
        id={selectId}
        className="input select"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as V)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
