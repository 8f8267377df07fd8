import type { DeadlineItem } from '../../../../shared/deadlines/deadlineRules';
import { useI18n } from '../../i18n/I18nProvider';
import { isOverdue } from './deadlineText';
import { countIn } from './format';

/**
 * Beside the name in the file's header: how many deadlines are open and how many have passed,
 * red when any has. Pressing it goes to the Deadlines section of the page.
 */
export function DeadlineBadge({ items, today, onShow }: { items: DeadlineItem[]; today: string; onShow(): void }) {
  const { t, language } = useI18n();
  if (items.length === 0) return null;
  const overdue = items.filter((item) => isOverdue(item, today)).length;
  const text = [
    countIn(t, language, 'applicants.deadlines.count', items.length),
    overdue > 0 ? t('applicants.deadlines.overdueCount', { count: overdue.toLocaleString(language) }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <button
      type="button"
      className={overdue > 0 ? 'file-deadline-badge file-deadline-badge-overdue' : 'file-deadline-badge'}
      onClick={onShow}
    >
      <svg className="file-deadline-badge-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10.5" r="7" />
        <path d="M10 6.5v4.2l2.8 1.8" />
      </svg>
      {text}
    </button>
  );
}
