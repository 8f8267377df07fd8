import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { Language } from '../../../../shared/i18n';
import { formatPartialDate } from '../../../../shared/records/partialDate';
import type { ApplicantHit, SearchResult } from '../../../../shared/search/searchResult';
import { errorMessage } from '../../forms/formMessages';
import { type Translate, useI18n } from '../../i18n/I18nProvider';
import { useNavigation } from '../shell/navigation';
import { HitName, hitDetails, MatchExplanationLine, MatchedField, otherMatches } from './searchHit';
import { MAX_QUERY, useSearch } from './useSearch';
import './search.css';

/** How many people and incidents the drop-down shows; the results page shows the rest. */
const SHOWN_APPLICANTS = 6;
const SHOWN_INCIDENTS = 3;
/** Typing pauses this long before the vault is asked. */
const DEBOUNCE_MS = 150;

type Option =
  | { kind: 'applicant'; hit: ApplicantHit }
  | { kind: 'incident'; incident: SearchResult['incidents'][number] }
  | { kind: 'all' };

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/**
 * The search box in the header: any spelling of a name (Cyrillic or Latin), a document or phone
 * number. An ARIA 1.2 combobox: the first results appear as one types, arrows move, Enter opens
 * the chosen person (or, with nothing chosen, the full results page), Esc closes. Ctrl+K (Cmd+K)
 * brings the focus here from anywhere, whatever the keyboard layout.
 */
export function GlobalSearchBox() {
  const { t, language } = useI18n();
  const { navigate } = useNavigation();
  const inputId = useId();
  const labelId = useId();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const query = text.trim().slice(0, MAX_QUERY);
  const search = useSearch(query, SHOWN_APPLICANTS, DEBOUNCE_MS);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.code !== 'KeyK' && event.key.toLowerCase() !== 'k') return;
      // A modal question keeps the focus until it is answered.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  const result = search.status === 'done' ? search.result : search.status === 'searching' ? search.previous : undefined;
  const found = result ? result.applicants.length + result.incidents.length : 0;
  // "All results" closes the list whenever something was found; with nothing found the note says so.
  const options: Option[] =
    query === '' || !result || found === 0
      ? []
      : [
          ...result.applicants.slice(0, SHOWN_APPLICANTS).map((hit): Option => ({ kind: 'applicant', hit })),
          ...result.incidents.slice(0, SHOWN_INCIDENTS).map((incident): Option => ({ kind: 'incident', incident })),
          { kind: 'all' },
        ];
  const showPopup = open && query !== '';
  const expanded = showPopup && options.length > 0;
  const activeId = expanded && active >= 0 && active < options.length ? `${listId}-${active}` : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const choose = (option: Option | undefined) => {
    if (option?.kind === 'applicant') {
      setText('');
      setOpen(false);
      void navigate({ area: 'applicants', applicantId: option.hit.applicant.id });
    } else if (option?.kind === 'incident') {
      setText('');
      setOpen(false);
      void navigate({ area: 'incidents', incidentId: option.incident.id });
    } else if (query !== '') {
      setOpen(false);
      void navigate({ area: 'search', query });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (options.length > 0) setActive((index) => (index + 1 >= options.length ? 0 : index + 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (options.length > 0) setActive((index) => (index <= 0 ? options.length - 1 : index - 1));
        break;
      case 'Enter':
        event.preventDefault();
        // Only a choice made in an answer to the letters now in the box opens a person directly.
        choose(expanded && search.status === 'done' && active >= 0 ? options[active] : undefined);
        break;
      case 'Escape':
        if (showPopup) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text !== '') {
          event.preventDefault();
          setText('');
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  let note: { text: string; hint?: string } | undefined;
  if (showPopup) {
    if (search.status === 'failed') note = { text: errorMessage(t, search.error) };
    else if (search.status === 'searching' && !result) note = { text: t('search.searching') };
    else if (search.status === 'done' && found === 0)
      note = { text: t('search.nobody', { query }), hint: t('search.nobodyHint') };
  }
  const announcement =
    showPopup && search.status === 'done'
      ? found > 0
        ? t('search.found', { count: options.length - 1 })
        : t('search.nobody', { query })
      : '';
  const shortcut = isMac ? t('search.macShortcut') : t('search.openShortcut');

  return (
    <search className="global-search" aria-labelledby={labelId}>
      <label className="visually-hidden" id={labelId} htmlFor={inputId}>
        {t('search.label')}
      </label>
      <div className="global-search-box">
        <svg className="global-search-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M13 13l4.5 4.5" />
        </svg>
        <input
          ref={inputRef}
          id={inputId}
          className="input global-search-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-keyshortcuts="Control+K Meta+K"
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(-1);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        {text === '' ? (
          <span className="global-search-shortcut" aria-hidden="true">
            {shortcut}
          </span>
        ) : null}
        <div className="global-search-popup" hidden={!(showPopup && (expanded || note))}>
          <div
            className="global-search-list"
            id={listId}
            role="listbox"
            aria-label={t('search.label')}
            aria-busy={search.status === 'searching'}
          >
            {expanded
              ? options.map((option, index) => (
                  // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard chooses through the combobox (aria-activedescendant)
                  <div
                    key={optionKey(option)}
                    id={`${listId}-${index}`}
                    role="option"
                    tabIndex={-1}
                    aria-selected={index === active}
                    className={[
                      'global-search-option',
                      `global-search-option-${option.kind}`,
                      index === active ? 'global-search-option-active' : '',
                    ].join(' ')}
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => setActive(index)}
                    onClick={() => choose(option)}
                  >
                    <OptionContent option={option} query={query} t={t} language={language} />
                  </div>
                ))
              : null}
          </div>
          {note ? (
            <div className="global-search-note">
              <p>{note.text}</p>
              {note.hint ? <p className="global-search-note-hint">{note.hint}</p> : null}
            </div>
          ) : null}
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </search>
  );
}

function OptionContent({
  option,
  query,
  t,
  language,
}: {
  option: Option;
  query: string;
  t: Translate;
  language: Language;
}) {
  if (option.kind === 'all') {
    return <span className="global-search-all">{t('search.allResults', { query: query })}</span>;
  }
  if (option.kind === 'incident') {
    const { incident } = option;
    return (
      <>
        <span className="global-search-option-title">
          {formatPartialDate(incident.occurredOn)} · {t(`incident.kind.${incident.kind}`)}
        </span>
        <span className="global-search-option-details">
          {[t('search.incidents'), incident.place].filter(Boolean).join(' · ')}
        </span>
      </>
    );
  }
  const { hit } = option;
  const extra = otherMatches(hit)[0];
  const details = hitDetails(hit, t, language);
  return (
    <>
      <span className="global-search-option-title">
        <HitName hit={hit} />
      </span>
      {details.length > 0 || extra ? (
        <span className="global-search-option-details">
          {details.join(' · ')}
          {details.length > 0 && extra ? ' · ' : null}
          {extra ? <MatchedField match={extra} t={t} /> : null}
        </span>
      ) : null}
      <MatchExplanationLine
        explanations={hit.explanations}
        approximate={hit.approximate}
        t={t}
        className="global-search-option-explain"
      />
    </>
  );
}

function optionKey(option: Option): string {
  if (option.kind === 'applicant') return `a:${option.hit.applicant.id}`;
  if (option.kind === 'incident') return `i:${option.incident.id}`;
  return 'all';
}
