import { type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { DeadlineItem, EffectiveRule } from '../../../../shared/deadlines/deadlineRules';
import { formatPartialDate } from '../../../../shared/records/partialDate';
import { useConfirm } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { type Translate, useT } from '../../i18n/I18nProvider';
import { requestRulesFocus } from '../settings/rulesFocus';
import { useNavigation } from '../shell/navigation';
import { DeadlineGroup, type GroupId } from './DeadlineGroup';
import { DoneNotice } from './DoneNotice';
import { ruleName } from './deadlineText';
import { rememberedLawyer, rememberLawyer } from './lawyerMemory';
import { TaskForm } from './TaskForm';
import { useDeadlines } from './useDeadlines';
import { useMarkDone } from './useMarkDone';
import './deadlines.css';

const GROUPS: readonly GroupId[] = ['overdue', 'dueToday', 'thisWeek', 'later'];

/**
 * What is due: overdue first (in red, with how late), then today, the next 7 days and later. Each
 * deadline can be marked done after a confirmation; the mark is a record, so it is audited and
 * travels with sync. A lawyer may narrow the page to their own cases and add tasks by hand.
 */
export function DeadlinesArea({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  const { navigate } = useNavigation();
  const filterId = useId();
  const filterHintId = useId();
  const [lawyer, setLawyer] = useState(rememberedLawyer);
  const { load, reload } = useDeadlines(lawyer);
  const [adding, setAdding] = useState(false);
  /** What just happened, said in the language on screen now (it may be switched meanwhile). */
  const [status, setStatus] = useState<((t: Translate) => string) | undefined>(undefined);
  const { ask, dialog } = useConfirm();
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const groupsRef = useRef<HTMLDivElement>(null);
  /** Where the focus goes once a deadline marked done has left the list. */
  const focusAfter = useRef<{ group: GroupId; index: number } | undefined>(undefined);
  /** The task form closed: the focus goes back to the button that opened it. */
  const returnFocus = useRef(false);

  useEffect(() => {
    if (adding || !returnFocus.current) return;
    returnFocus.current = false;
    addButtonRef.current?.focus();
  }, [adding]);

  const data = load.data;
  const rules = useMemo(
    () => new Map<string, EffectiveRule>((data?.rules ?? []).map((rule) => [rule.id, rule])),
    [data],
  );
  const unconfirmedRules = (data?.rules ?? []).filter((rule) => rule.enabled && rule.confirmation === 'unconfirmed');
  // Lawyers of the applicants, and those named only on tasks, as the dashboards so far have shown them.
  const seenLawyers = useRef(new Set<string>());
  const lawyerOptions = useMemo(() => {
    const names = seenLawyers.current;
    for (const name of data?.lawyers ?? []) names.add(name);
    for (const group of GROUPS)
      for (const item of data?.dashboard[group] ?? []) if (item.lawyer) names.add(item.lawyer);
    if (lawyer) names.add(lawyer);
    return [...names].sort((a, b) => a.localeCompare(b));
  }, [data, lawyer]);

  useEffect(() => {
    const target = focusAfter.current;
    if (!target || load.state !== 'ready') return;
    focusAfter.current = undefined;
    const group = groupsRef.current?.querySelector(`[data-group="${target.group}"]`);
    const buttons = [...(group?.querySelectorAll<HTMLButtonElement>('.deadline-done') ?? [])];
    const next = buttons[Math.min(target.index, buttons.length - 1)];
    if (next) next.focus();
    else group?.querySelector<HTMLElement>('.deadline-group-title')?.focus();
  }, [load]);

  const done = useMarkDone({ ask, onChanged: reload });
  const markDone = async (item: DeadlineItem, group: GroupId, index: number) => {
    setStatus(undefined);
    focusAfter.current = { group, index };
    if (!(await done.markDone(item))) focusAfter.current = undefined;
  };

  const chooseLawyer = (next: string) => {
    rememberLawyer(next);
    setLawyer(next);
    setStatus(undefined);
    done.forget();
  };

  const openRules = () => {
    requestRulesFocus();
    void navigate({ area: 'settings' });
  };

  const counts = data?.dashboard.counts;
  const nothingOpen = counts !== undefined && GROUPS.every((group) => counts[group] === 0);

  return (
    <div className="page deadlines">
      <div className="page-heading deadlines-heading">
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {t('deadlines.title')}
        </h1>
        {adding ? null : (
          <button
            ref={addButtonRef}
            type="button"
            className="button button-primary"
            onClick={() => {
              setStatus(undefined);
              done.forget();
              setAdding(true);
            }}
          >
            <svg className="deadlines-plus" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <path d="M10 4v12M4 10h12" />
            </svg>
            {t('deadlines.task.open')}
          </button>
        )}
      </div>
      {data ? (
        <p className="deadlines-intro">{t('deadlines.intro', { date: formatPartialDate(data.dashboard.today) })}</p>
      ) : null}

      <div className="deadlines-toolbar">
        <div className="deadlines-filter">
          <label className="field-label" htmlFor={filterId}>
            {t('deadlines.filter.lawyer')}
          </label>
          <select
            id={filterId}
            className="input deadlines-select"
            value={lawyer}
            aria-describedby={filterHintId}
            onChange={(event) => chooseLawyer(event.target.value)}
          >
            <option value="">{t('deadlines.filter.all')}</option>
            {lawyerOptions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <p className="field-hint" id={filterHintId}>
            {t('deadlines.filter.hint')}
          </p>
        </div>
      </div>

      {adding ? (
        <TaskForm
          lawyers={data?.lawyers ?? []}
          defaultLawyer={lawyer}
          onAdded={({ title, dueOn }) => {
            setAdding(false);
            setStatus(() => (tr: Translate) => tr('deadlines.task.added', { title, date: formatPartialDate(dueOn) }));
            returnFocus.current = true;
            void reload();
          }}
          onCancel={() => {
            setAdding(false);
            returnFocus.current = true;
          }}
        />
      ) : null}

      <div className="deadlines-messages">
        <p className={status ? 'success' : 'visually-hidden'} role="status">
          {status?.(t)}
        </p>
        <DoneNotice mark={done.last} onUndo={() => void done.undo()} />
        <FormAlert message={done.failure ? errorMessage(t, done.failure) : undefined} />
        {load.state === 'failed' ? <FormAlert message={errorMessage(t, load.error)} /> : null}
      </div>

      {unconfirmedRules.length > 0 ? (
        <div className="deadlines-notice">
          <svg className="deadlines-notice-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M10 2.5l8 14.5H2z" />
            <path d="M10 8v4.2M10 14.6v.2" />
          </svg>
          <div>
            {unconfirmedRules.map((rule) => (
              <p key={rule.id}>{t('deadlines.unconfirmedNotice', { rule: ruleName(t, rule.id) })}</p>
            ))}
            <button type="button" className="link-button" onClick={openRules}>
              {t('deadlines.unconfirmed.check')}
            </button>
          </div>
        </div>
      ) : null}

      {!data ? (
        load.state === 'loading' ? (
          <p className="deadlines-loading" role="status" aria-busy="true">
            {t('deadlines.loading')}
          </p>
        ) : null
      ) : (
        <div className="deadline-groups" ref={groupsRef} aria-busy={load.state === 'loading'}>
          {nothingOpen ? <p className="deadlines-all-clear">{t('deadlines.allClear')}</p> : null}
          {GROUPS.map((group) => (
            <DeadlineGroup
              key={group}
              id={group}
              items={data.dashboard[group]}
              count={data.dashboard.counts[group]}
              today={data.dashboard.today}
              rules={rules}
              onDone={(item, from, index) => void markDone(item, from, index)}
              onOpenRules={openRules}
            />
          ))}
        </div>
      )}
      {dialog}
    </div>
  );
}
