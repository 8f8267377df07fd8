import type { caseStatuses } from '../../../../shared/records/applicant';
import { useT } from '../../i18n/I18nProvider';

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

/** The case status as a coloured badge; the colour only repeats what the words say. */
export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useT();
  return <span className={`status-badge status-${tones[status]}`}>{t(`applicant.status.${status}`)}</span>;
}
