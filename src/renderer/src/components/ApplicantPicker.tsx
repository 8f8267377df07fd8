import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ApplicantSummary } from '../../../shared/records/applicantSummary';
import { formatPartialDate } from '../../../shared/records/partialDate';
import { call } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { applicantLine, applicantName, countryLabel } from '../i18n/recordText';
import { FormField } from './FormField';
import './ApplicantPicker.css';

export interface ApplicantPickerProps {
  /** The visible label of the search box. */
  label: string;
  /** The chosen people (one at most when `multiple` is false). */
  value: ApplicantSummary[];
  onChange(next: ApplicantSummary[]): void;
  multiple?: boolean;
  /** People who may not be chosen (the applicant whose family is being edited, say). */
  excludeIds?: string[];
  /** A translated sentence shown under the field. */
  error?: string | undefined;
  /** A translated hint shown under the field (how to search, say). */
  hint?: string | undefined;
}

/** How many people a search shows; more letters narrow it down. */
const SHOWN = 20;
/** Typing pauses this long before the vault is asked. */
const DEBOUNCE_MS = 180;

type Search =
  | { state: 'idle' }
  | { state: 'searching'; rows: ApplicantSummary[]; more: boolean }
  | { state: 'done'; rows: ApplicantSummary[]; more: boolean };

/**
 * Finds applicants as the global search does (any spelling, any script, a document or phone
 * number) and picks them: an ARIA 1.2 combobox
 * (a text box with a list box), driven entirely by the keyboard: arrows move, Enter chooses, Esc
 * closes. Chosen people are shown as chips, each with its own remove button.
 */
export function ApplicantPicker({
  label,
  value,
  onChange,
  multiple = false,
  excludeIds = [],
  error,
  hint,
}: ApplicantPickerProps) {
  const { t, language } = useI18n();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  const [active, setActive] = useState(-1);
  const sequence = useRef(0);

  const hiddenKey = [...excludeIds, ...value.map((person) => person.id)].join(',');
  const hidden = useMemo(() => new Set(hiddenKey ? hiddenKey.split(',') : []), [hiddenKey]);
  const prefix = text.trim().slice(0, 100);

  useEffect(() => {
    const current = ++sequence.current;
    if (!prefix) {
      setSearch({ state: 'idle' });
      setActive(-1);
      return;
    }
    // The previous answer stays on screen while the next one comes, so the list does not flicker.
    setSearch((previous) =>
      previous.state === 'idle' ? { state: 'searching', rows: [], more: false } : { ...previous, state: 'searching' },
    );
    const timer = setTimeout(() => {
      // The global search: any spelling, Cyrillic or Latin, a document or phone number.
      const limit = Math.min(100, SHOWN + hidden.size + 1);
      call('search.query', { text: prefix, limit }).then(
        ({ applicants }) => {
          if (current !== sequence.current) return;
          const visible = applicants.map((hit) => hit.applicant).filter((person) => !hidden.has(person.id));
          setSearch({
            state: 'done',
            rows: visible.slice(0, SHOWN),
            more: visible.length > SHOWN || applicants.length >= limit,
          });
          setActive(visible.length > 0 ? 0 : -1);
        },
        () => {
          if (current === sequence.current) setSearch({ state: 'done', rows: [], more: false });
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [prefix, hidden]);

  const rows = search.state === 'idle' ? [] : search.rows;
  const expanded = open && prefix !== '' && rows.length > 0;
  const activeId = expanded && active >= 0 ? `${listId}-option-${active}` : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const choose = (person: ApplicantSummary) => {
    onChange(multiple ? [...value, person] : [person]);
    setText('');
    setOpen(false);
    inputRef.current?.focus();
  };

  const remove = (person: ApplicantSummary) => {
    onChange(value.filter((chosen) => chosen.id !== person.id));
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) setOpen(true);
        else setActive((index) => Math.min(index + 1, rows.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (expanded) setActive((index) => Math.max(index - 1, 0));
        break;
      case 'Enter': {
        // While the answer for the latest letters is on its way, the list shown may be stale.
        const person = expanded && active >= 0 && search.state === 'done' ? rows[active] : undefined;
        if (person) {
          event.preventDefault();
          choose(person);
        } else if (prefix !== '') {
          // Half-typed names are not submitted with the form: choose someone, or clear the box.
          event.preventDefault();
          setOpen(true);
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (text !== '') {
          event.preventDefault();
          event.stopPropagation();
          setText('');
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  let note: string | undefined;
  if (open && prefix !== '') {
    if (search.state === 'searching' && rows.length === 0) note = t('picker.searching');
    else if (search.state === 'done' && rows.length === 0) note = t('picker.none');
    else if (search.state !== 'idle' && search.more) note = t('picker.more', { count: rows.length });
  }
  const announcement =
    open && search.state === 'done' && prefix !== ''
      ? rows.length > 0
        ? t('picker.count', { count: rows.length })
        : t('picker.none')
      : '';

  return (
    <FormField label={label} hint={hint} error={error}>
      {(field) => (
        <div className="picker">
          {value.length > 0 ? (
            <ul className="picker-chips" aria-label={t('picker.chosen')}>
              {value.map((person) => (
                <li key={person.id} className="picker-chip">
                  <span className="picker-chip-text">{applicantLine(person, language)}</span>
                  <button
                    type="button"
                    className="picker-chip-remove"
                    aria-label={t('picker.remove', { name: applicantName(person) })}
                    onClick={() => remove(person)}
                  >
                    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                      <path d="M4 4l8 8M12 4l-8 8" />
                    </svg>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="picker-box">
            <svg className="picker-search-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <circle cx="8.5" cy="8.5" r="5.5" />
              <path d="M13 13l4.5 4.5" />
            </svg>
            <input
              {...field}
              ref={inputRef}
              className="input picker-input"
              type="text"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={activeId}
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setOpen(true);
              }}
              onKeyDown={onKeyDown}
              onFocus={() => setOpen(true)}
              onBlur={() => setOpen(false)}
            />
            <div className="picker-popup" hidden={!(open && prefix !== '' && (expanded || note !== undefined))}>
              <div
                className="picker-list"
                id={listId}
                role="listbox"
                aria-label={label}
                aria-busy={search.state === 'searching'}
              >
                {expanded
                  ? rows.map((person, index) => (
                      // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard chooses through the combobox (aria-activedescendant)
                      <div
                        key={person.id}
                        tabIndex={-1}
                        id={`${listId}-option-${index}`}
                        role="option"
                        aria-selected={index === active}
                        className={index === active ? 'picker-option picker-option-active' : 'picker-option'}
                        onMouseDown={(event) => event.preventDefault()}
                        onMouseMove={() => setActive(index)}
                        onClick={() => choose(person)}
                      >
                        <span className="picker-option-name">{applicantName(person)}</span>{' '}
                        <span className="picker-option-details">
                          {[
                            person.birthDate ? formatPartialDate(person.birthDate) : undefined,
                            person.citizenship.map((code) => countryLabel(code, language)).join(' / ') || undefined,
                          ]
                            .filter(Boolean)
                            .join(', ')}
                        </span>
                      </div>
                    ))
                  : null}
              </div>
              {note ? <p className="picker-note">{note}</p> : null}
            </div>
            <p className="visually-hidden" role="status">
              {announcement}
            </p>
          </div>
        </div>
      )}
    </FormField>
  );
}
