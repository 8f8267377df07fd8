import { type RefObject, useEffect, useState } from 'react';
import type { DoneMark } from '../../../../shared/deadlines/deadlineRules';
import { call } from '../../api/client';
import { useConfirm } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { DoneNotice } from '../deadlines/DoneNotice';
import { useMarkDone } from '../deadlines/useMarkDone';
import { useNavigation } from '../shell/navigation';
import { deadlineTitle, dueText, isOverdue } from './deadlineText';
import { showDate } from './format';
import type { DeadlinesState } from './useApplicantDeadlines';

/** The marks of this person's deadlines, to take one back (asked again after every change). */
function useDoneMarks(applicantId: string, version: unknown): DoneMark[] {
  const [marks, setMarks] = useState<DoneMark[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a fresh load
  useEffect(() => {
    let active = true;
    call('deadlines.doneForApplicant', { applicantId }).then(
      (next) => {
        if (active) setMarks(next);
      },
      () => {},
    );
    return () => {
      active = false;
    };
  }, [applicantId, version]);
  return marks;
}

/**
 * The open deadlines and tasks of this person, soonest first (the dates of the timeline too: a
 * hearing, a custody term's end): the last day, what it is for, how far off or how late it is, and
 * whether the rule behind it is still unconfirmed. Each can be marked done here, and a mark taken
 * back. Shown when there is something to show (or when it could not be loaded, which must not pass
 * for "nothing due").
 */
export function ApplicantDeadlines({
  applicantId,
  state,
  today,
  titleId,
  headingRef,
  onChanged,
}: {
  applicantId: string;
  state: DeadlinesState;
  today: string;
  titleId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChanged(): void;
}) {
  const { t, language } = useI18n();
  const { navigate } = useNavigation();
  const { ask, dialog } = useConfirm();
  const done = useMarkDone({ ask, onChanged });
  const marks = useDoneMarks(applicantId, state);
  if (state.status === 'loading') return null;
  if (state.status === 'loaded' && state.items.length === 0 && marks.length === 0 && !done.last) return null;

  return (
    <section className="card deadlines-card" aria-labelledby={titleId}>
      <h2 className="card-title" id={titleId} tabIndex={-1} ref={headingRef}>
        {t('applicants.deadlines.title')}
      </h2>
      <DoneNotice mark={done.last} onUndo={() => void done.undo()} />
      <FormAlert message={done.failure ? errorMessage(t, done.failure) : undefined} />
      {state.status === 'failed' ? (
        <FormAlert message={t('applicants.deadlines.failed')} />
      ) : (
        <ul className="file-deadline-list">
          {state.items.map((item) => {
            const overdue = isOverdue(item, today);
            const title = deadlineTitle(t, item);
            return (
              <li
                key={item.key}
                className={overdue ? 'file-deadline-item file-deadline-overdue' : 'file-deadline-item'}
              >
                <p className="file-deadline-due">
                  <time dateTime={item.dueOn}>{showDate(item.dueOn)}</time>
                </p>
                <div className="file-deadline-body">
                  <p className="file-deadline-title">{title}</p>
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
                <button
                  type="button"
                  className="button button-quiet button-small file-deadline-done"
                  aria-label={t('deadlines.done.nameAlone', { what: title, date: showDate(item.dueOn) })}
                  onClick={() => void done.markDone(item)}
                >
                  {t('deadlines.done')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {marks.length > 0 ? (
        <details className="file-deadline-done-list">
          <summary>{t('caseFile.deadlines.doneList', { count: String(marks.length) })}</summary>
          <ul>
            {marks.map((mark) => {
              const title = deadlineTitle(t, {
                key: mark.key,
                kind: 'rule',
                ruleId: mark.ruleId,
                dueOn: mark.dueOn,
                unconfirmed: false,
              });
              return (
                <li key={mark.key}>
                  <span>{`${showDate(mark.dueOn)} · ${title}`}</span>{' '}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('caseFile.deadlines.undoNamed', { what: title, date: showDate(mark.dueOn) })}
                    onClick={() => void done.undo({ key: mark.key, kind: 'rule' })}
                  >
                    {t('caseFile.deadlines.undo')}
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
      <p className="deadlines-more">
        <button type="button" className="link-button" onClick={() => void navigate({ area: 'deadlines' })}>
          {t('applicants.deadlines.showAll')}
        </button>
      </p>
      {dialog}
    </section>
  );
}
