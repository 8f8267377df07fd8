import { formatPartialDate } from '../../shared/records/partialDate';
import { type CliContext, UsageError } from '../io';
import { printJson, withUnlockedCore } from '../openCore';

/** `search TEXT`: applicants found by any spelling, best first. */
export async function searchCommand(context: CliContext): Promise<number> {
  const text = context.args.join(' ').trim();
  if (!text) throw new UsageError('search needs the text to look for');
  const result = await withUnlockedCore(context, (core) => core.invoke('search.query', { text, limit: 50 }));
  const rows = result.applicants.map((hit) => ({ ...hit.applicant, matches: hit.matches }));
  if (context.json) printJson(context, rows);
  else {
    for (const row of rows) {
      const name = [row.familyName, row.givenName, row.patronymic].filter(Boolean).join(' ');
      context.io.stdout(`${row.id}  ${name}  ${row.birthDate ? formatPartialDate(row.birthDate) : '-'}\n`);
    }
    context.io.stdout(`${rows.length} found\n`);
  }
  return 0;
}
