import { applicantPatchSchema } from '../../shared/records/applicant';
import type { ApplicantSummary } from '../../shared/records/applicantSummary';
import { csvListColumns } from '../../shared/records/importFile';
import { formatPartialDate } from '../../shared/records/partialDate';
import type { NameParts } from '../../shared/records/personName';
import { type CliContext, UsageError } from '../io';
import { printJson, withUnlockedCore } from '../openCore';

const PAGE = 500;

function displayName(a: NameParts): string {
  return [a.familyName, a.givenName, a.patronymic].filter(Boolean).join(' ');
}

/** `applicant list`: every applicant, sorted by family name. */
export async function applicantList(context: CliContext): Promise<number> {
  const rows = await withUnlockedCore(context, async (core) => {
    const all: ApplicantSummary[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await core.invoke('applicants.list', { offset, limit: PAGE });
      all.push(...page.rows);
      if (all.length >= page.total || page.rows.length === 0) return all;
    }
  });
  if (context.json) printJson(context, rows);
  else {
    for (const row of rows) {
      const birth = row.birthDate ? formatPartialDate(row.birthDate) : '-';
      context.io.stdout(
        `${row.id}  ${displayName(row)}  ${birth}  ${row.citizenship.join(',') || '-'}  ${row.caseStatus}\n`,
      );
    }
    context.io.stdout(`${rows.length} applicants\n`);
  }
  return 0;
}

function requireId(context: CliContext): string {
  if (!context.id) throw new UsageError('this command needs --id ID');
  return context.id;
}

/** `applicant show --id ID`: the applicant with its timeline. */
export async function applicantShow(context: CliContext): Promise<number> {
  const id = requireId(context);
  const page = await withUnlockedCore(context, (core) => core.invoke('applicants.get', { id }));
  const events = page.events.map((entry) => ({ id: entry.id, ...entry.event }));
  if (context.json) {
    printJson(context, { ...page.applicant, events, incidents: page.incidents.map((i) => i.id) });
  } else {
    const a = page.applicant;
    context.io.stdout(
      [
        `${displayName(a)}  (${a.id})`,
        `  born:        ${a.birthDate ? formatPartialDate(a.birthDate) : '-'}`,
        `  citizenship: ${a.citizenship.join(', ') || '-'}`,
        `  status:      ${a.caseStatus}`,
        '  timeline:',
        ...page.events.map(({ event }) => `    ${event.type}  ${JSON.stringify(event)}`),
        '',
      ].join('\n'),
    );
  }
  return 0;
}

/**
 * `applicant set --id ID FIELD=VALUE…`: edits as the form would. List fields take values separated
 * by semicolons; structured fields (documents, consent, familyLinks) take JSON; an empty value
 * clears an optional field.
 */
export function parseAssignments(args: string[]): Record<string, unknown> {
  if (args.length === 0) throw new UsageError('applicant set needs at least one FIELD=VALUE');
  const known = Object.keys(applicantPatchSchema.shape);
  const patch: Record<string, unknown> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new UsageError(`expected FIELD=VALUE, got "${arg.slice(0, 40)}"`);
    const field = arg.slice(0, eq);
    const raw = arg.slice(eq + 1);
    if (!known.includes(field)) throw new UsageError(`unknown field "${field.slice(0, 40)}"`);
    if ((csvListColumns as readonly string[]).includes(field)) {
      patch[field] = raw
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean);
    } else if (['documents', 'consent', 'familyLinks'].includes(field)) {
      try {
        patch[field] = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        throw new UsageError(`${field} takes JSON`);
      }
    } else {
      // null, not undefined: it survives JSON and means "clear this field" to the shared schema.
      patch[field] = raw === '' ? null : raw;
    }
  }
  return patch;
}

export async function applicantSet(context: CliContext): Promise<number> {
  const id = requireId(context);
  const fields = parseAssignments(context.args);
  const result = await withUnlockedCore(context, (core) => core.invoke('applicants.update', { id, fields }));
  if (context.json) printJson(context, result);
  else context.io.stdout(result.changed.length ? `Changed: ${result.changed.join(', ')}\n` : 'Nothing changed.\n');
  return 0;
}
