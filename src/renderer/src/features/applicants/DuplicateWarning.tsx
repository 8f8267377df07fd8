import { useId, useLayoutEffect, useRef } from 'react';
import type { DuplicateCandidate } from '../../../../shared/search/searchResult';
import { type Translate, useI18n } from '../../i18n/I18nProvider';
import { explanationPairs } from '../search/explainMatch';
import { countryLabel } from './codeOptions';
import { fullName, showDate } from './format';
import { StatusBadge } from './StatusBadge';
import type { DuplicateLookup, DuplicateState } from './useDuplicateCandidates';

const sameText = (a: string | undefined, b: string | undefined) =>
  (a ?? '').trim().toLocaleLowerCase() === (b ?? '').trim().toLocaleLowerCase();

/** The typed names that met this field only one letter off («Yusupva ≈ Yusupova»), or ''. */
function nearPairs(candidate: DuplicateCandidate, field: DuplicateCandidate['explanations'][number]['field']): string {
  return explanationPairs(candidate.explanations.filter((e) => e.approximate && e.field === field));
}

/** Why the vault thinks it may be the same person, in words ("same family name in another spelling (Yusupova)"). */
function reasonsText(t: Translate, candidate: DuplicateCandidate, lookup: DuplicateLookup): string {
  const person = candidate.applicant;
  return candidate.reasons
    .map((reason) => {
      if (reason !== 'birthDate') {
        const near = nearPairs(candidate, reason);
        if (near) return t(`applicants.duplicates.reason.${reason}Near`, { pairs: near });
      }
      switch (reason) {
        case 'familyName':
          return sameText(person.familyName, lookup.familyName)
            ? t('applicants.duplicates.reason.familyName')
            : t('applicants.duplicates.reason.familyNameSpelled', { spelling: person.familyName ?? '' });
        case 'givenName':
          return !person.givenName || sameText(person.givenName, lookup.givenName)
            ? t('applicants.duplicates.reason.givenName')
            : t('applicants.duplicates.reason.givenNameSpelled', { spelling: person.givenName });
        case 'patronymic':
          return t('applicants.duplicates.reason.patronymic');
        case 'alias':
          return t('applicants.duplicates.reason.alias');
        case 'birthDate':
          return person.birthDate === lookup.birthDate
            ? t('applicants.duplicates.reason.birthDate')
            : t('applicants.duplicates.reason.birthDateFits');
      }
      return '';
    })
    .filter(Boolean)
    .join('; ');
}

/** The nearest ancestor that scrolls (the shell's main area). */
function scrollerOf(element: HTMLElement): HTMLElement | undefined {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return undefined;
}

/**
 * The panel grows and shrinks above fields the lawyer may be typing in (the birth date): when it
 * has pushed the focused field down behind the form's sticky footer or out of the window, the
 * page scrolls just enough to bring it back.
 */
function keepFocusedFieldInView(panel: HTMLElement | null): void {
  const active = document.activeElement;
  if (!panel || !(active instanceof HTMLElement)) return;
  const form = panel.closest('form');
  if (!form?.contains(active) || !(panel.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)) return;
  const scroller = scrollerOf(panel);
  if (!scroller) return;
  const footer = form.querySelector('.record-form-footer')?.getBoundingClientRect();
  const limit = Math.min(scroller.getBoundingClientRect().bottom, footer?.top ?? Number.POSITIVE_INFINITY) - 12;
  const field = (active.closest('.field') ?? active).getBoundingClientRect();
  if (field.bottom > limit) scroller.scrollTop += field.bottom - limit;
}

/**
 * Under the name fields of a new applicant: people already recorded who may be this one, each
 * with why and a way to open their file. A polite live region, so a screen reader hears it after
 * the typing without the focus moving; it never blocks saving, since two people can share a name.
 */
export function DuplicateWarning({ state, onOpen }: { state: DuplicateState; onOpen(id: string): void }) {
  const { t, language } = useI18n();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const { lookup, candidates } = state;

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each new answer has been laid out
  useLayoutEffect(() => keepFocusedFieldInView(ref.current), [state]);

  return (
    <div ref={ref} className="duplicate-live" aria-live="polite">
      {lookup && candidates.length > 0 ? (
        <section className="duplicate-panel" aria-labelledby={titleId}>
          <h3 className="duplicate-title" id={titleId}>
            <svg className="duplicate-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <circle cx="7" cy="7" r="3.2" />
              <path d="M1.8 17c.6-3.2 2.6-5 5.2-5s4.6 1.8 5.2 5" />
              <circle cx="13.5" cy="6" r="2.6" />
              <path d="M13.3 10.2c2.5 0 4.3 1.6 4.9 4.6" />
            </svg>
            {t('applicants.duplicates.title')}
          </h3>
          <ul className="duplicate-list">
            {candidates.map((candidate) => {
              const person = candidate.applicant;
              const name = fullName(person);
              const details = [
                person.birthDate
                  ? t('applicants.page.born', { date: showDate(person.birthDate) })
                  : t('applicants.duplicates.noBirthDate'),
                person.citizenship.map((code) => countryLabel(code, language)).join(', '),
              ]
                .filter(Boolean)
                .join(' · ');
              return (
                <li key={person.id} className="duplicate-item">
                  <div className="duplicate-person">
                    <p className="duplicate-name">
                      <span className="duplicate-name-text">{name}</span>
                      <StatusBadge status={person.caseStatus} sex={person.sex} />
                    </p>
                    <p className="duplicate-details">{details}</p>
                    <p className="duplicate-why">
                      {t('applicants.duplicates.why', { reasons: reasonsText(t, candidate, lookup) })}
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button button-secondary button-small duplicate-open"
                    aria-label={t('applicants.duplicates.openLabel', { name })}
                    onClick={() => onOpen(person.id)}
                  >
                    {t('applicants.duplicates.open')}
                  </button>
                </li>
              );
            })}
          </ul>
          <p className="duplicate-hint">{t('applicants.duplicates.hint')}</p>
        </section>
      ) : null}
    </div>
  );
}
