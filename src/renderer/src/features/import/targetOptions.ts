import type { MessageKey } from '../../../../shared/i18n';
import {
  type ColumnTargetId,
  columnTargetIds,
  columnTargets,
  targetGroups,
} from '../../../../shared/import/columnTargets';
import { type ValueTableId, valueTables } from '../../../../shared/import/valueTables';
import type { Translate } from '../../i18n/I18nProvider';

type GroupLabel = 'none' | 'applicant' | 'documents' | 'events';

function labelGroup(id: ColumnTargetId): GroupLabel {
  const group = targetGroups[columnTargets[id].group];
  if (group.kind === 'none') return 'none';
  if (group.kind === 'applicant') return 'applicant';
  return group.kind === 'document' ? 'documents' : 'events';
}

/** The targets a column can take, grouped as the select shows them (not imported, applicant, documents, events). */
export function targetGroupsFor(t: Translate): { label: string; options: { id: ColumnTargetId; label: string }[] }[] {
  const order: GroupLabel[] = ['none', 'applicant', 'documents', 'events'];
  return order.map((group) => ({
    label: t(`import.group.${group}`),
    options: columnTargetIds
      .filter((id) => labelGroup(id) === group)
      .map((id) => ({ id, label: t(`import.target.${id}`) })),
  }));
}

const valueKeys: { [T in ValueTableId]: (value: (typeof valueTables)[T][number]) => MessageKey } = {
  sex: (v) => `applicant.sex.${v}`,
  caseStatus: (v) => `applicant.status.${v}`,
  appealOutcome: (v) => `event.appealOutcome.${v}`,
  extraditionOutcome: (v) => `event.extraditionOutcome.${v}`,
};

/** The values a value table offers, in the lawyer's words. */
export function tableValueOptions(t: Translate, table: ValueTableId): { value: string; label: string }[] {
  const key = valueKeys[table] as (value: string) => MessageKey;
  return (valueTables[table] as readonly string[]).map((value) => ({ value, label: t(key(value)) }));
}
