import { useEffect, useId, useRef, useState } from 'react';
import type { FieldError, Merge } from 'react-hook-form';
import { formMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';

type ItemErrors = Merge<FieldError, (FieldError | undefined)[]> | undefined;

/**
 * A short list of one-line entries (other spellings of a name, hearing dates): each with its own
 * label and a remove button; "Add" puts the cursor in the new line.
 */
export function StringListField({
  legend,
  hint,
  itemLabel,
  addLabel,
  value,
  onChange,
  errors,
  placeholder,
  max,
}: {
  legend: string;
  hint?: string;
  itemLabel(index: number): string;
  addLabel: string;
  value: string[];
  onChange(next: string[]): void;
  errors: ItemErrors;
  placeholder?: string;
  max: number;
}) {
  const t = useT();
  const id = useId();
  const refs = useRef<(HTMLInputElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState<number | undefined>(undefined);

  useEffect(() => {
    if (focusIndex === undefined) return;
    refs.current[focusIndex]?.focus();
    setFocusIndex(undefined);
  }, [focusIndex]);

  const listError = formMessage(t, errors?.message);
  return (
    <fieldset className="list-field" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {value.length > 0 ? (
        <ol className="list-field-items">
          {value.map((item, index) => {
            const error = formMessage(t, (errors as (FieldError | undefined)[] | undefined)?.[index]?.message);
            const inputId = `${id}-${index}`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity but their place
              <li key={index} className={error ? 'list-field-item field-invalid' : 'list-field-item'}>
                <label className="visually-hidden" htmlFor={inputId}>
                  {itemLabel(index)}
                </label>
                <div className="list-field-row">
                  <input
                    ref={(element) => {
                      refs.current[index] = element;
                    }}
                    id={inputId}
                    className="input"
                    type="text"
                    value={item}
                    placeholder={placeholder}
                    autoComplete="off"
                    aria-invalid={Boolean(error)}
                    aria-describedby={error ? `${inputId}-error` : undefined}
                    onChange={(event) => onChange(value.map((v, i) => (i === index ? event.target.value : v)))}
                  />
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={t('applicants.list.removeItem', { item: itemLabel(index) })}
                    onClick={() => {
                      onChange(value.filter((_, i) => i !== index));
                      setFocusIndex(Math.max(0, Math.min(index, value.length - 2)));
                    }}
                  >
                    {t('applicants.action.remove')}
                  </button>
                </div>
                {error ? (
                  <p className="field-error" id={`${inputId}-error`} role="alert">
                    {error}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {listError && !Array.isArray(errors) ? (
        <p className="field-error" role="alert">
          {listError}
        </p>
      ) : null}
      {value.length < max ? (
        <div>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              onChange([...value, '']);
              setFocusIndex(value.length);
            }}
          >
            {addLabel}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
