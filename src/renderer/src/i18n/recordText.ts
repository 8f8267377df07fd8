import type { Language } from '../../../shared/i18n';
import type { ApplicantSummary } from '../../../shared/records/applicantSummary';
import { countryName } from '../../../shared/records/codes';
import { formatPartialDate } from '../../../shared/records/partialDate';
import { personName } from '../../../shared/records/personName';
import { formatDate } from './formatDate';

/**
 * How records are named on screen: "FAMILY Given", dates as dd.mm.yyyy, times as HH:MM, countries
 * in the interface language. Shared by the record screens; nothing here goes back to the core.
 */

/** The family name in capitals, as on Kazakh and Russian case papers, then the given name. */
export function applicantName(person: Pick<ApplicantSummary, 'familyName' | 'givenName'>): string {
  return personName(person, { patronymic: false });
}

/** "FAMILY Given, 14.05.1989, Uzbekistan": enough to tell two people with the same name apart. */
export function applicantLine(person: ApplicantSummary, language: Language): string {
  const parts = [applicantName(person)];
  if (person.birthDate) parts.push(formatPartialDate(person.birthDate));
  if (person.citizenship.length > 0) parts.push(person.citizenship.map((c) => countryLabel(c, language)).join(' / '));
  return parts.join(', ');
}

let kazakhRegionNames: boolean | undefined;

/**
 * A country's name in the interface language. Some Chromium builds claim Kazakh but carry no
 * Kazakh region names (they answer in English); Russian is then the better second language.
 */
export function countryLabel(code: string, language: Language): string {
  if (language === 'kk') {
    kazakhRegionNames ??= countryName('KZ', 'kk') !== countryName('KZ', 'en');
    if (!kazakhRegionNames) return countryName(code, 'ru');
  }
  return countryName(code, language);
}

/** An ISO timestamp as local dd.mm.yyyy. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDate(date);
}

/** An ISO timestamp as local dd.mm.yyyy HH:MM. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hours = String(date.getHours()).padStart(2, '0');
  const minutes = String(date.getMinutes()).padStart(2, '0');
  return `${formatDate(date)} ${hours}:${minutes}`;
}
