import { isMessageKey, type MessageKey } from '../../../../shared/i18n';
import type { AuditEntry } from '../../../../shared/records/audit';
import type { Translate } from '../../i18n/I18nProvider';
import { fieldLabel } from '../incidents/labels';

/** Reasons the core gives an entry beyond its action ('deadlineDone'), each with its own words. */
const REASONS = ['deadlineDone', 'deadlineReopened', 'conflictResolved', 'ruleConfirmed'] as const;

/**
 * What happened, in the user's language: "Deadline marked done" rather than "Created — task", the
 * kind of report an export wrote.
 */
export function actionText(t: Translate, entry: AuditEntry): string {
  const reason = entry.detail.reason;
  if (typeof reason === 'string' && (REASONS as readonly string[]).includes(reason)) {
    return t(`audit.reason.${reason as (typeof REASONS)[number]}`);
  }
  const report = entry.detail.report;
  const reportKey = `audit.report.${String(report)}`;
  if ((entry.action === 'export' || entry.action === 'import') && isMessageKey(reportKey)) {
    return `${t(`audit.action.${entry.action}`)}: ${t(reportKey as MessageKey)}`;
  }
  return t(`audit.action.${entry.action}`);
}

/** The fields an edit touched, by their labels on the forms (never the raw names), or the import's counts. */
export function fieldsText(t: Translate, entry: AuditEntry): string {
  const { applicants, events, incidents, received, conflicts } = entry.detail;
  if (entry.action === 'import' && applicants !== undefined) {
    return t('audit.importDetail', { applicants, events: events ?? 0, incidents: incidents ?? 0 });
  }
  if (entry.action === 'import' && received !== undefined) {
    return t('audit.bundleDetail', { received, conflicts: conflicts ?? 0 });
  }
  // Marking a deadline done writes a whole task record: its fields say nothing more than the action.
  if (entry.detail.reason === 'deadlineDone' || entry.detail.reason === 'deadlineReopened') return '';
  const kind = entry.targetKind;
  return entry.fields.map((name) => (kind ? fieldLabel(t, kind, name) : name)).join(', ');
}
