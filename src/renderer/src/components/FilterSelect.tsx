import { type ReactNode, useId } from 'react';

/** One narrowing choice of a filter row: its label, "any" (no filter), then the choices. */
export function FilterSelect({
  label,
  anyLabel,
  value,
  onChange,
  children,
}: {
  label: string;
  anyLabel: string;
  value: string | undefined;
  onChange(value: string | undefined): void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="filter">
      <label className="filter-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input select"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">{anyLabel}</option>
        {children}
      </select>
    </div>
  );
}

/** Plain choices: each value shown by its label. */
export function choiceOptions(choices: readonly { value: string; label: string }[]): ReactNode {
  return choices.map((choice) => (
    <option key={choice.value} value={choice.value}>
      {choice.label}
    </option>
  ));
}
