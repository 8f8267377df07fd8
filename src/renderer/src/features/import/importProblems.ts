import type { PanohError } from '../../../../shared/errors';
import { formMessage } from '../../forms/formMessages';
import type { Translate } from '../../i18n/I18nProvider';
import { fieldLabel } from '../incidents/labels';

/**
 * One line per problem of a refused import, in the lawyer's words: which record (1-based, as
 * people count), which field (its label where the catalogs have one), and what is wrong.
 * Paths come from the core: `applicants.3.birthDate`, `applicants.0.events.1.filedOn`,
 * `incidents.1.victims.0`, `columns.4` (CSV header), or '' (the file as a whole).
 */
export interface ImportProblem {
  /** The record and the field, e.g. "Applicant 4, Birth date". */
  where: string;
  /** What is wrong, as a sentence. */
  problem: string;
}

export function importProblemLines(t: Translate, error: PanohError, format: 'json' | 'csv'): ImportProblem[] {
  return (error.fields ?? []).map(({ path, issue }) => {
    const problem = formMessage(t, issue) ?? '';
    const parts = path === '' ? [] : path.split('.');
    const index = (value: string | undefined) => Number(value) + 1;
    const isIndex = (value: string | undefined) => value !== undefined && /^\d+$/.test(value);

    let record = t('import.record.file');
    let kind: 'applicant' | 'event' | 'incident' | undefined;
    let rest: string[] = parts;
    if (parts[0] === 'columns' && isIndex(parts[1])) {
      return { where: t('import.record.column', { n: Number(parts[1]) }), problem };
    }
    if (parts[0] === 'applicants' && isIndex(parts[1])) {
      const n = index(parts[1]);
      if (parts[2] === 'events' && isIndex(parts[3])) {
        record = t('import.record.event', { event: index(parts[3]), n });
        kind = 'event';
        rest = parts.slice(4);
      } else {
        record =
          format === 'csv' ? t('import.record.applicantCsv', { n, line: n + 1 }) : t('import.record.applicant', { n });
        kind = 'applicant';
        rest = parts.slice(2);
      }
    } else if (parts[0] === 'incidents' && isIndex(parts[1])) {
      record = t('import.record.incident', { n: index(parts[1]) });
      kind = 'incident';
      rest = parts.slice(2);
    }

    const [name, ...inner] = rest;
    if (name === undefined || isIndex(name)) return { where: record, problem };
    let field = name === 'ref' ? t('import.field.ref') : kind ? fieldLabel(t, kind, name) : name;
    // A list's entry (the second citizenship, the first victim) is named by its number.
    if (isIndex(inner[0])) field = `${field}, ${t('import.item', { n: index(inner[0]) })}`;
    const deeper = inner.filter((part) => !isIndex(part));
    if (deeper.length > 0) field = `${field} (${deeper.join('.')})`;
    return { where: `${record}, ${field}`, problem };
  });
}
