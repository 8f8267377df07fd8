import { isMessageKey, type Language, translate } from '../i18n';
import { countryName } from '../records/codes';
import { formatPartialDate } from '../records/partialDate';
import type { StatisticsTable } from './statistics';

/** A catalog text when the key exists, the code itself otherwise (a label is never lost). */
export function labelOr(language: Language, key: string, fallback: string): string {
  return isMessageKey(key) ? translate(language, key) : fallback;
}

/** The text of a statistics row label (a country, an outcome, a kind, a month) in the report's language. */
export function rowLabel(language: Language, table: StatisticsTable['id'], code: string): string {
  switch (table) {
    case 'applicantsByCitizenship':
    case 'extraditionsByState':
      return code === 'unknown' ? labelOr(language, 'report.value.unknown', code) : countryName(code, language);
    case 'incidentsByKind':
      return labelOr(language, `incident.kind.${code}`, code);
    case 'incidentsByPerpetrator':
      return labelOr(language, `incident.perpetrator.${code}`, code);
    case 'byMonth':
      return code === 'undated' ? labelOr(language, 'report.value.undated', code) : formatPartialDate(code);
    default:
      return labelOr(language, `report.value.${code}`, code);
  }
}

export function columnLabel(language: Language, code: string): string {
  return labelOr(language, `report.column.${code}`, labelOr(language, `report.value.${code}`, code));
}
