import type { Language } from '../../../../shared/i18n';
import { countryName } from '../../../../shared/records/codes';
import { formatPartialDate, isValidPartialDate } from '../../../../shared/records/partialDate';
import { type NameParts, personName as sharedPersonName } from '../../../../shared/records/personName';
import { labelOr } from '../../../../shared/reports/labels';
import type { Conflict } from '../../../../shared/sync/bundle';
import { formatDate } from '../../i18n/formatDate';
import type { Translate } from '../../i18n/I18nProvider';

/** The name of a record's kind in catalog keys ('applicant.field.address', 'event.field.outcome'). */
const recordKind: Record<Conflict['tbl'], string> = {
  applicants: 'applicant',
  events: 'event',
  incidents: 'incident',
  attachments: 'attachment',
  tasks: 'task',
  office_templates: 'template',
  office_details: 'office',
};

/** The field that tombstones travel in; a conflict on it is "deleted on one computer, edited on another". */
const DELETED_FIELD = '_deleted';

/** Fields whose values are codes with a catalog text of their own. */
const codeKeys: Record<string, string> = {
  'applicants.caseStatus': 'applicant.status',
  'applicants.sex': 'applicant.sex',
  'events.outcome': 'report.value',
  'incidents.kind': 'incident.kind',
  'incidents.perpetrator': 'incident.perpetrator',
};

const countryFields = new Set(['applicants.citizenship', 'events.requestingState']);

/** "Address", "Outcome": the field's label where the forms have one, its name otherwise. */
export function fieldLabel(t: Translate, language: Language, conflict: Pick<Conflict, 'tbl' | 'field'>): string {
  if (conflict.field === DELETED_FIELD) return t('sync.conflicts.deletedField');
  return labelOr(language, `${recordKind[conflict.tbl]}.field.${conflict.field}`, conflict.field);
}

function scalarText(language: Language, key: string, value: unknown): string {
  if (typeof value === 'string') {
    const codes = codeKeys[key];
    if (codes) return labelOr(language, `${codes}.${value}`, value);
    if (countryFields.has(key) && /^[A-Z]{2}$/.test(value)) return countryName(value, language);
    if (/^\d{4}(-\d{2}){0,2}$/.test(value) && isValidPartialDate(value)) return formatPartialDate(value);
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** One side of a conflict as a lawyer reads it: dates as dd.mm.yyyy, codes in words, "(empty)". */
export function valueText(t: Translate, language: Language, conflict: Conflict, value: unknown): string {
  if (conflict.field === DELETED_FIELD)
    return value === true ? t('sync.conflicts.deleted') : t('sync.conflicts.notDeleted');
  const key = `${conflict.tbl}.${conflict.field}`;
  if (value === null || value === undefined || value === '') return t('sync.conflicts.empty');
  if (Array.isArray(value)) {
    return value.length === 0
      ? t('sync.conflicts.empty')
      : value.map((item) => scalarText(language, key, item)).join(', ');
  }
  return scalarText(language, key, value);
}

/** An ISO timestamp as local dd.mm.yyyy HH:MM. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hours = String(date.getHours()).padStart(2, '0');
  const minutes = String(date.getMinutes()).padStart(2, '0');
  return `${formatDate(date)} ${hours}:${minutes}`;
}

/** An ISO timestamp as local dd.mm.yyyy. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDate(date);
}

/** "FAMILY Given", as on Kazakh and Russian case papers. */
export function personName(person: NameParts): string {
  return sharedPersonName(person, { patronymic: false });
}

/** Fingerprint groups (ABCD-EF01-…), to be read aloud one at a time. */
export function fingerprintGroups(fingerprint: string): string[] {
  return fingerprint.split('-');
}

/**
 * The words as typed or copied from paper: numbers ("1." "2)"), commas and line breaks are dropped,
 * letters lowered, so "1. Abandon, 2. ability" reads as "abandon ability".
 */
export function officeWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[,;]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !/^\d+[.)]?$/.test(word));
}
