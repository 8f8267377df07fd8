import { formatPartialDate, fullDate } from '../../shared/records/partialDate';
import { type CliContext, UsageError } from '../io';
import { printJson, withUnlockedCore } from '../openCore';

/** `deadlines [--due-before DATE]`: open deadlines and tasks, overdue first. */
export async function deadlinesCommand(context: CliContext): Promise<number> {
  const dueBefore = context.dueBefore;
  if (dueBefore !== undefined && !fullDate.safeParse(dueBefore).success) {
    throw new UsageError('--due-before takes a day as YYYY-MM-DD');
  }
  const board = await withUnlockedCore(context, (core) => core.invoke('deadlines.dashboard', {}));
  const items = [...board.overdue, ...board.dueToday, ...board.thisWeek, ...board.later].filter(
    (item) => dueBefore === undefined || item.dueOn < dueBefore,
  );
  if (context.json) printJson(context, { today: board.today, counts: board.counts, items });
  else {
    for (const item of items) {
      const flag = item.dueOn < board.today ? 'OVERDUE ' : '';
      const what = item.title ?? item.ruleId ?? '';
      const unconfirmed = item.unconfirmed ? ' (unconfirmed rule)' : '';
      context.io.stdout(
        `${flag}${formatPartialDate(item.dueOn)}  ${item.applicantName ?? '-'}  ${what}${unconfirmed}\n`,
      );
    }
    context.io.stdout(`${items.length} open\n`);
  }
  return 0;
}
