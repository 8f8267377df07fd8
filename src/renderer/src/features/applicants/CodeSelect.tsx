import { type KeyboardEvent, type Ref, useId, useMemo, useState } from 'react';
import { FormField } from '../../components/FormField';
import { useT } from '../../i18n/I18nProvider';
import { type CodeOption, matchOptions } from './codeOptions';

const SHOWN = 60;

/**
 * Countries or languages chosen by typing their name in the UI language ("Узб" finds Uzbekistan;
 * Latin and codes work too) and stored as ISO codes. Arrow keys move in the list, Enter takes the
 * highlighted one, Backspace in the empty box removes the last choice, Esc closes the list.
 */
export function CodeSelect({
  label,
  hint,
  options,
  frequent,
  value,
  onChange,
  onBlur,
  error,
  inputRef,
  max,
}: {
  label: string;
  hint?: string;
  options: CodeOption[];
  frequent: readonly string[];
  value: string[];
  onChange(next: string[]): void;
  onBlur?(): void;
  error: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  max: number;
}) {
  const t = useT();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const byCode = useMemo(() => new Map(options.map((o) => [o.code, o])), [options]);
  const matches = useMemo(
    () =>
      matchOptions(options, query, frequent)
        .filter((o) => !value.includes(o.code))
        .slice(0, SHOWN),
    [options, query, frequent, value],
  );
  const full = value.length >= max;
  const expanded = open && !full && matches.length > 0;
  const activeOption = expanded ? matches[Math.min(active, matches.length - 1)] : undefined;

  const choose = (option: CodeOption) => {
    onChange([...value, option.code]);
    setQuery('');
    setActive(0);
    setOpen(false);
  };
  const remove = (code: string) => onChange(value.filter((c) => c !== code));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((i) => Math.min(i + 1, matches.length - 1));
        return;
      case 'ArrowUp':
        event.preventDefault();
        setActive((i) => Math.max(i - 1, 0));
        return;
      case 'Enter':
        if (activeOption && (query.trim() || open)) {
          event.preventDefault();
          choose(activeOption);
        }
        return;
      case 'Escape':
        if (expanded || query) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setQuery('');
        }
        return;
      case 'Backspace': {
        const last = value[value.length - 1];
        if (!query && last) remove(last);
        return;
      }
    }
  };

  return (
    <FormField label={label} hint={hint} error={error}>
      {(field) => (
        <div className="code-select">
          {value.length > 0 ? (
            <ul className="chips" aria-label={t('applicants.codeSelect.chosen', { label })}>
              {value.map((code) => {
                const name = byCode.get(code)?.name ?? code;
                return (
                  <li key={code} className="chip">
                    <span>{name}</span>
                    <button
                      type="button"
                      className="chip-remove"
                      aria-label={t('applicants.codeSelect.remove', { name })}
                      onClick={() => remove(code)}
                    >
                      <svg viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                        <path d="M3 3l6 6M9 3l-6 6" />
                      </svg>
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : null}
          <div className="code-select-box">
            <input
              {...field}
              ref={inputRef}
              className="input"
              type="text"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={activeOption ? `${listId}-${activeOption.code}` : undefined}
              autoComplete="off"
              spellCheck={false}
              value={query}
              readOnly={full}
              placeholder={full ? t('applicants.codeSelect.full') : t('applicants.codeSelect.placeholder')}
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(0);
                setOpen(true);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => {
                setOpen(false);
                onBlur?.();
              }}
            />
            <div className="code-select-popup" hidden={!expanded}>
              <div className="code-select-list" id={listId} role="listbox" aria-label={label}>
                {expanded
                  ? matches.map((option, index) => (
                      <div
                        key={option.code}
                        tabIndex={-1}
                        id={`${listId}-${option.code}`}
                        role="option"
                        aria-selected={option === activeOption}
                        className="code-select-option"
                        onMouseDown={(event) => {
                          event.preventDefault();
                          choose(option);
                        }}
                        onMouseMove={() => setActive(index)}
                      >
                        <span>{option.name}</span>
                        <span className="code-select-code">{option.code}</span>
                      </div>
                    ))
                  : null}
              </div>
            </div>
          </div>
        </div>
      )}
    </FormField>
  );
}
