import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { PanohError } from '../../../../shared/errors';

/**
 * Puts the core's INVALID_INPUT problems ("fields.birthDate: invalidDate") on the matching fields.
 * Returns the form path of the first one placed, for the focus; undefined when none matched.
 */
export function placeCoreErrors<V extends FieldValues>(
  error: PanohError,
  setError: UseFormSetError<V>,
  /** The input's wrapper property ('fields', 'event'), dropped from each path. */
  wrapper: string,
  known: readonly string[],
): Path<V> | undefined {
  if (error.code !== 'INVALID_INPUT' || !error.fields) return undefined;
  let first: Path<V> | undefined;
  for (const { path, issue } of error.fields) {
    const segments = path.split('.');
    if (segments[0] === wrapper) segments.shift();
    if (!segments[0] || !known.includes(segments[0])) continue;
    const formPath = segments.join('.') as Path<V>;
    setError(formPath, { type: issue, message: issue });
    first ??= formPath;
  }
  return first;
}

/** After a failed save: the focus goes to the first field with a problem, in reading order. */
export function focusFirstInvalid(): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('.record-form [aria-invalid="true"]')?.focus();
  });
}
