import type { DeadlineItem } from '../../../../shared/deadlines/deadlineRules';
import type { Language } from '../../../../shared/i18n';
import { isMessageKey } from '../../../../shared/i18n';
import type { Translate } from '../../i18n/I18nProvider';
import { countIn, daysBetween } from './format';

/** What the deadline is for: the rule's name from the catalog, or the task's own title. */
export function deadlineTitle(t: Translate, item: DeadlineItem): string {
  const key = `deadline.rule.${item.ruleId ?? ''}`;
  if (item.kind === 'rule' && isMessageKey(key)) return t(key);
  return item.title || (item.kind === 'task' ? t('applicants.deadlines.task') : (item.ruleId ?? ''));
}

/** Whether the last day has passed (due today is not overdue yet). `today` is the local ISO day. */
export function isOverdue(item: DeadlineItem, today: string): boolean {
  return item.dueOn < today;
}

/** "overdue by 70 days", "due today", "3 days left". */
export function dueText(t: Translate, language: Language, item: DeadlineItem, today: string): string {
  const days = daysBetween(today, item.dueOn);
  if (days < 0) return countIn(t, language, 'applicants.deadlines.overdueBy', -days);
  if (days === 0) return t('applicants.deadlines.dueToday');
  return countIn(t, language, 'applicants.deadlines.dueIn', days);
}
