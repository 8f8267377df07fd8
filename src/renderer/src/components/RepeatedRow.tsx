import type { ReactNode } from 'react';

/**
 * One row of a list of like records inside a form (a court order, a third party): its number as a
 * legend, its fields in a grid, its own remove button.
 */
export function RepeatedRow({
  legend,
  removeLabel,
  onRemove,
  columns = 4,
  children,
}: {
  legend: string;
  removeLabel: string;
  onRemove(): void;
  columns?: 2 | 3 | 4;
  children: ReactNode;
}) {
  return (
    <fieldset className="document-row">
      <legend className="document-legend">{legend}</legend>
      <div className={`form-grid form-grid-${columns}`}>{children}</div>
      <button type="button" className="button button-quiet" onClick={onRemove}>
        {removeLabel}
      </button>
    </fieldset>
  );
}

/** "Add …" under a list of rows, while there is room for another. */
export function AddRowButton({ label, onAdd, hidden = false }: { label: string; onAdd(): void; hidden?: boolean }) {
  if (hidden) return null;
  return (
    <div>
      <button type="button" className="button button-secondary button-small" onClick={onAdd}>
        {label}
      </button>
    </div>
  );
}
