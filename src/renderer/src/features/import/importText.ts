import type { MessageKey } from '../../../../shared/i18n';
import type { CellProblem } from '../../../../shared/import/spreadsheetImport';
import { formMessage } from '../../forms/formMessages';
import type { Translate } from '../../i18n/I18nProvider';

/** «Row 57, “Дата рождения”: “31.02.1990”. Not a date.» — the row as the spreadsheet counts it. */
export function problemText(t: Translate, problem: CellProblem): string {
  const sentence = formMessage(t, problem.issue) ?? '';
  return problem.header
    ? t('import.report.problem', { row: problem.row, header: problem.header, value: problem.value, problem: sentence })
    : t('import.report.rowProblem', { row: problem.row, problem: sentence });
}

const eventKeys: Record<string, MessageKey> = {
  detention: 'event.type.detention',
  asylumApplication: 'event.type.asylumApplication',
  decision: 'event.type.decision',
  appeal: 'event.type.appeal',
  extradition: 'event.type.extradition',
  unhcr: 'event.type.unhcr',
};
const documentKeys: Record<string, MessageKey> = {
  passport: 'applicant.document.passport',
  asylum_certificate: 'applicant.document.asylum_certificate',
  unhcr_certificate: 'applicant.document.unhcr_certificate',
};

export const eventLabel = (t: Translate, type: string) => (eventKeys[type] ? t(eventKeys[type]) : type);
export const documentLabel = (t: Translate, kind: string) => (documentKeys[kind] ? t(documentKeys[kind]) : kind);
