import type { caseStatuses, sexes } from '../../../../shared/records/applicant';
import { bySex } from '../../../../shared/records/eventText';
import { type Translate, useT } from '../../i18n/I18nProvider';

type CaseStatus = (typeof caseStatuses)[number];

const tones: Record<CaseStatus, string> = {
  intake: 'neutral',
  asylum_pending: 'info',
  refused: 'danger',
  appeal: 'warning',
  extradition_risk: 'danger',
  recognized: 'success',
  unhcr_mandate: 'success',
  left_country: 'muted',
  extradited: 'grave',
  closed: 'muted',
};

/** The status in words; in Russian «Экстрадирована», «Признан беженцем» agree with a known sex. */
export function statusLabel(t: Translate, status: CaseStatus, sex?: (typeof sexes)[number]): string {
  return bySex(t, `applicant.status.${status}`, sex);
}

/** The case status as a coloured badge; the colour only repeats what the words say. */
export function StatusBadge({ status, sex }: { status: CaseStatus; sex?: (typeof sexes)[number] }) {
  const t = useT();
  return <span className={`status-badge status-${tones[status]}`}>{statusLabel(t, status, sex)}</span>;
}
