import { formatPartialDate } from '../../shared/records/partialDate';
import { type CliContext, UsageError } from '../io';
import { printJson, withUnlockedCore } from '../openCore';

/** `search TEXT`: applicants found by any spelling, best first; then those one letter off, marked approximate. */
export async function searchCommand(context: CliContext): Promise<number> {
  const text = context.args.join(' ').trim();
  if (!text) throw new UsageError('search needs the text to look for');
  const result = await withUnlockedCore(context, (core) => core.invoke('search.query', { text, limit: 50 }));
  const rows = result.applicants.map((hit) => ({
    ...hit.applicant,
    matches: hit.matches,
    approximate: hit.approximate,
    explanations: hit.explanations,
  }));
  if (context.json) printJson(context, rows);
  else {
    for (const row of rows) {
      const name = [row.familyName, row.givenName, row.patronymic].filter(Boolean).join(' ');
      // One letter off: say so, and which letters met, so a script's reader can judge the hit.
      const near = row.approximate
        ? `  (approximate: ${row.explanations
            .filter((e) => e.approximate)
            .map((e) => `${e.typed} ~ ${e.found}`)
            .join(', ')})`
        : '';
      context.io.stdout(`${row.id}  ${name}  ${row.birthDate ? formatPartialDate(row.birthDate) : '-'}${near}\n`);
    }
    context.io.stdout(`${rows.length} found\n`);
  }
  return 0;
}
