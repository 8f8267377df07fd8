import { useId } from 'react';
import type { DeadlineItem, EffectiveRule } from '../../../../shared/deadlines/deadlineRules';
import { useT } from '../../i18n/I18nProvider';
import { DeadlineRow } from './DeadlineRow';

export type GroupId = 'overdue' | 'dueToday' | 'thisWeek' | 'later';

interface DeadlineGroupProps {
  id: GroupId;
  items: DeadlineItem[];
  /** How many there are in all; the core sends at most a few hundred of them. */
  count: number;
  today: string;
  rules: ReadonlyMap<string, EffectiveRule>;
  onDone(item: DeadlineItem, group: GroupId, index: number): void;
  onOpenRules(): void;
}

/** One group of the dashboard: a heading with its count, and its deadlines in order of due date. */
export function DeadlineGroup({ id, items, count, today, rules, onDone, onOpenRules }: DeadlineGroupProps) {
  const t = useT();
  const titleId = useId();
  return (
    <section
      className={`deadline-group deadline-group-${id}${count === 0 ? ' deadline-group-empty' : ''}`}
      aria-labelledby={titleId}
      data-group={id}
    >
      <h2 className="deadline-group-title" tabIndex={-1}>
        <span id={titleId}>{t(`deadlines.group.${id}`)}</span>
        <span className="deadline-count">{count}</span>
      </h2>
      {items.length === 0 ? (
        <p className="deadline-empty">{t(`deadlines.empty.${id}`)}</p>
      ) : (
        <ol className="deadline-list">
          {items.map((item, index) => (
            <DeadlineRow
              key={item.key}
              item={item}
              group={id}
              today={today}
              rule={item.ruleId ? rules.get(item.ruleId) : undefined}
              onDone={() => onDone(item, id, index)}
              onOpenRules={onOpenRules}
            />
          ))}
        </ol>
      )}
      {count > items.length ? (
        <p className="deadline-partial">{t('deadlines.partial', { shown: items.length, count })}</p>
      ) : null}
    </section>
  );
}
