import type { MessageKey } from '../../../../shared/i18n';
import { isMessageKey } from '../../../../shared/i18n';
import type { IncidentFields } from '../../../../shared/records/incident';
import type { Translate } from '../../i18n/I18nProvider';

export function kindLabel(t: Translate, kind: IncidentFields['kind']): string {
  return t(`incident.kind.${kind}`);
}

export function perpetratorLabel(t: Translate, perpetrator: IncidentFields['perpetrator']): string {
  return t(`incident.perpetrator.${perpetrator}`);
}

/**
 * The label of a record's field (`applicant.field.familyName`, `event.field.filedOn`,
 * `incident.field.place`), or the field's own name where the catalogs have no label for it.
 */
export function fieldLabel(t: Translate, recordKind: string, field: string): string {
  const key = `${recordKind}.field.${field}`;
  return isMessageKey(key) ? t(key as MessageKey) : field;
}
