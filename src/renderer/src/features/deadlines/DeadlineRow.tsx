import { useId } from 'react';
import type { DeadlineItem, EffectiveRule } from '../../../../shared/deadlines/deadlineRules';
import { formatPartialDate } from '../../../../shared/records/partialDate';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigation } from '../shell/navigation';
import type { GroupId } from './DeadlineGroup';
import { daysAhead, daysBetween, daysLate, itemWhat, triggerText } from './deadlineText';

interface DeadlineRowProps {
  item: DeadlineItem;
  group: GroupId;
  today: string;
  rule: EffectiveRule | undefined;
  onDone(): void;
  onOpenRules(): void;
}

/**
 * One deadline: when (and how late), what to do, for whom and which lawyer, whether its rule is
 * still unconfirmed, and the button that marks it done.
 */
export function DeadlineRow({ item, group, today, rule, onDone, onOpenRules }: DeadlineRowProps) {
  const { t, language } = useI18n();
  const { navigate } = useNavigation();
  const unconfirmedId = useId();
  const what = itemWhat(t, item);
  const due = formatPartialDate(item.dueOn);
  const distance = daysBetween(today, item.dueOn);
  const relative =
    distance < 0
      ? daysLate(t, language, -distance)
      : distance === 0
        ? t('deadlines.dueToday')
        : daysAhead(t, language, distance);
  // A day from the timeline (a hearing) is itself the trigger: "counted from" would repeat it.
  const trigger = item.kind === 'rule' && rule?.kind !== 'date' ? triggerText(t, rule) : undefined;
  const warned = item.warnFrom && item.warnFrom <= today && distance > 7;
  const doneName = item.applicantName
    ? t('deadlines.done.name', { what, person: item.applicantName, date: due })
    : t('deadlines.done.nameAlone', { what, date: due });

  return (
    <li className={item.unconfirmed ? 'deadline-item deadline-item-unconfirmed' : 'deadline-item'}>
      <div className="deadline-when">
        <span className="deadline-date">{due}</span>
        <span className={group === 'overdue' ? 'deadline-relative deadline-late' : 'deadline-relative'}>
          {relative}
        </span>
      </div>
      <div className="deadline-what">
        <p className="deadline-title">
          {item.kind === 'task' ? <span className="deadline-kind">{t('deadlines.item.task')}</span> : null}
          <span>{what}</span>
        </p>
        {trigger && item.triggerOn ? (
          <p className="deadline-trigger">
            {t('deadlines.item.countedFrom', { date: formatPartialDate(item.triggerOn), trigger })}
          </p>
        ) : null}
        {warned ? (
          <p className="deadline-warned">
            {t('caseFile.deadlines.warned', { date: formatPartialDate(item.warnFrom ?? '') })}
          </p>
        ) : null}
        {item.unconfirmed ? (
          <div className="deadline-unconfirmed" id={unconfirmedId}>
            <span className="deadline-unconfirmed-badge">
              <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <path d="M10 2.5l8 14.5H2z" />
                <path d="M10 8v4.2M10 14.6v.2" />
              </svg>
              {t('deadlines.unconfirmed.badge')}
            </span>
            <span className="deadline-unconfirmed-text">{t('deadlines.unconfirmed.explain')}</span>{' '}
            <button type="button" className="link-button deadline-unconfirmed-link" onClick={onOpenRules}>
              {t('deadlines.unconfirmed.check')}
            </button>
          </div>
        ) : null}
      </div>
      <div className="deadline-who">
        {item.applicantId && item.applicantName ? (
          <button
            type="button"
            className="deadline-person"
            onClick={() => void navigate({ area: 'applicants', applicantId: item.applicantId })}
          >
            {item.applicantName}
          </button>
        ) : (
          <span className="deadline-muted">{t('deadlines.item.noPerson')}</span>
        )}
        <span className={item.lawyer ? 'deadline-lawyer' : 'deadline-lawyer deadline-muted'}>
          {item.lawyer ? t('deadlines.item.lawyer', { name: item.lawyer }) : t('deadlines.item.noLawyer')}
        </span>
      </div>
      <div className="deadline-actions">
        <button type="button" className="button deadline-done" aria-label={doneName} onClick={onDone}>
          <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M4 10.5l4 4 8-9" />
          </svg>
          {t('deadlines.done')}
        </button>
      </div>
    </li>
  );
}
