import type { RefObject } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigation } from '../shell/navigation';
import { deadlineTitle, dueText, isOverdue } from './deadlineText';
import { showDate } from './format';
import type { DeadlinesState } from './useApplicantDeadlines';

/**
 * The open deadlines and tasks of this person, soonest first: the last day, what it is for, how
 * far off or how late it is, and whether the rule behind it is still unconfirmed by the office.
 * Shown when there is something to show (or when it could not be loaded, which must not pass
 * for "nothing due").
 */
export function ApplicantDeadlines({
  state,
  today,
  titleId,
  headingRef,
}: {
  state: DeadlinesState;
  today: string;
  titleId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, language } = useI18n();
  const { navigate } = useNavigation();
  if (state.status === 'loading' || (state.status === 'loaded' && state.items.length === 0)) return null;

  return (
    <section className="card deadlines-card" aria-labelledby={titleId}>
      <h2 className="card-title" id={titleId} tabIndex={-1} ref={headingRef}>
        {t('applicants.deadlines.title')}
      </h2>
      {state.status === 'failed' ? (
        <FormAlert message={t('applicants.deadlines.failed')} />
      ) : (
        <ul className="file-deadline-list">
          {state.items.map((item) => {
            const overdue = isOverdue(item, today);
            return (
              <li
                key={item.key}
                className={overdue ? 'file-deadline-item file-deadline-overdue' : 'file-deadline-item'}
              >
                <p className="file-deadline-due">
                  <time dateTime={item.dueOn}>{showDate(item.dueOn)}</time>
                </p>
                <div className="file-deadline-body">
                  <p className="file-deadline-title">{deadlineTitle(t, item)}</p>
                  <p className="file-deadline-when">
                    <span className="file-deadline-left">{dueText(t, language, item, today)}</span>
                    {item.triggerOn && item.triggerOn !== item.dueOn ? (
                      <span className="file-deadline-from">
                        {` · ${t('applicants.deadlines.from', { date: showDate(item.triggerOn) })}`}
                      </span>
                    ) : null}
                  </p>
                  {item.unconfirmed ? (
                    <p className="file-deadline-unconfirmed">
                      <svg
                        className="file-deadline-unconfirmed-icon"
                        viewBox="0 0 20 20"
                        aria-hidden="true"
                        focusable="false"
                      >
                        <path d="M10 2.5l8 14.5H2z" />
                        <path d="M10 8v4.2M10 14.4v.2" />
                      </svg>
                      <span>{t('deadline.unconfirmed')}</span>
                    </p>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p className="deadlines-more">
        <button type="button" className="link-button" onClick={() => void navigate({ area: 'deadlines' })}>
          {t('applicants.deadlines.showAll')}
        </button>
      </p>
    </section>
  );
}
