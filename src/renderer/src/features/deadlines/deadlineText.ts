import type { DeadlineItem, DeadlineRule } from '../../../../shared/deadlines/deadlineRules';
import { isMessageKey, type Language } from '../../../../shared/i18n';
import type { Translate } from '../../i18n/I18nProvider';

/** Whole days from one ISO day to another (negative when `to` is earlier), free of time zones. */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * The catalog form for a count: Russian has one (1, 21), few (2–4, 22–24) and many (5–20, 25…);
 * English and Kazakh use "one" and the rest, which the catalogs write under "many".
 */
function pluralForm(language: Language, count: number): 'one' | 'few' | 'many' {
  const category = new Intl.PluralRules(language).select(count);
  return category === 'one' || category === 'few' ? category : 'many';
}

export function daysLate(t: Translate, language: Language, days: number): string {
  return t(`deadlines.late.${pluralForm(language, days)}`, { count: days });
}

export function daysAhead(t: Translate, language: Language, days: number): string {
  return t(`deadlines.in.${pluralForm(language, days)}`, { count: days });
}

/** A rule's name in the interface language; an unknown rule (from a newer version) by its id. */
export function ruleName(t: Translate, ruleId: string): string {
  const key = `deadline.rule.${ruleId}`;
  return isMessageKey(key) ? t(key) : ruleId;
}

/** A rule's legal source: the shipped text in the interface language where the catalogs have it. */
export function ruleSource(t: Translate, rule: DeadlineRule): string {
  const key = `deadline.source.${rule.id}`;
  return isMessageKey(key) ? t(key) : rule.source;
}

/** What is to be done: the rule's name, or the task's title. */
export function itemWhat(t: Translate, item: Pick<DeadlineItem, 'kind' | 'ruleId' | 'title'>): string {
  if (item.kind === 'rule' && item.ruleId) return ruleName(t, item.ruleId);
  return item.title ?? t('deadlines.item.untitled');
}

/** "Counted from 19.08.2026: notification of the refusal…", for computed deadlines. */
export function triggerText(t: Translate, rule: DeadlineRule | undefined): string | undefined {
  return rule ? t(`deadline.trigger.${rule.trigger}`) : undefined;
}
