import type { Translate } from '../i18n';
import { formatPartialDate } from './partialDate';

/** "about 35 years old (as stated on 01.12.2026)": the age a person gives when the birth year is unknown. */
export function approximateAgeText(
  t: Translate,
  person: { approximateAge?: number | undefined; approximateAgeOn?: string | undefined },
): string | undefined {
  if (person.approximateAge === undefined) return undefined;
  return person.approximateAgeOn
    ? t('caseFile.age.aboutOn', { age: person.approximateAge, date: formatPartialDate(person.approximateAgeOn) })
    : t('caseFile.age.about', { age: person.approximateAge });
}
