import ExcelJS from 'exceljs';
import { type Language, translate } from '../../shared/i18n';
import type { ApplicantListQuery, ApplicantSummary } from '../../shared/records/applicantSummary';
import { countryName } from '../../shared/records/codes';
import { formatPartialDate } from '../../shared/records/partialDate';
import type { Workspace } from '../records/workspace';
import { type ExportTarget, stamp, writeExport } from '../reports/reportService';

const PAGE = 500;

/** The list's own columns, in its order, as the lawyer sees them on screen. */
function columns(language: Language): { header: string; width: number; value(row: ApplicantSummary): string }[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const day = (iso: string) => formatPartialDate(iso.slice(0, 10));
  return [
    {
      header: t('applicants.column.name'),
      width: 36,
      value: (r) => [r.familyName, r.givenName, r.patronymic].filter(Boolean).join(' '),
    },
    {
      header: t('applicant.field.birthDate'),
      width: 14,
      value: (r) => (r.birthDate ? formatPartialDate(r.birthDate) : ''),
    },
    {
      header: t('applicant.field.citizenship'),
      width: 22,
      value: (r) => r.citizenship.map((code) => countryName(code, language)).join(', '),
    },
    { header: t('applicant.field.caseStatus'), width: 22, value: (r) => t(`applicant.status.${r.caseStatus}`) },
    { header: t('applicant.field.assignedLawyer'), width: 22, value: (r) => r.assignedLawyer ?? '' },
    { header: t('applicants.column.updated'), width: 14, value: (r) => day(r.updatedAt) },
  ];
}

function* allRows(
  workspace: Workspace,
  query: Omit<ApplicantListQuery, 'offset' | 'limit'>,
): Generator<ApplicantSummary> {
  for (let offset = 0; ; offset += PAGE) {
    const { rows } = workspace.applicants.list({ ...query, offset, limit: PAGE });
    yield* rows;
    if (rows.length < PAGE) return;
  }
}

/**
 * The applicant list, with the filters the lawyer set, to an .xlsx in the exports folder. Every
 * cell is written as text, so a name that begins with «=» stays a name and never becomes a
 * formula. The audit entry counts rows and names which filters were on, never their values (a
 * name prefix is a piece of a client's name).
 */
export async function exportApplicantList(
  workspace: Workspace,
  request: { query: Omit<ApplicantListQuery, 'offset' | 'limit'>; language: Language },
  target: ExportTarget,
): Promise<{ path: string; rows: number }> {
  const generatedAt = target.generatedAt ?? new Date();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Panoh';
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  const sheet = workbook.addWorksheet(translate(request.language, 'applicants.title').slice(0, 31));
  const shown = columns(request.language);
  sheet.columns = shown.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  let count = 0;
  for (const row of allRows(workspace, request.query)) {
    sheet.addRow(shown.map((column) => column.value(row)));
    count += 1;
  }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const path = writeExport(target, `applicants-${stamp(generatedAt)}.xlsx`, bytes);
  const { namePrefix, status, citizenship, lawyer } = request.query;
  workspace.audit.append({
    action: 'export',
    targetKind: 'file',
    fields: Object.entries({ namePrefix, status, citizenship, lawyer })
      .filter(([, value]) => value)
      .map(([key]) => `filter.${key}`),
    detail: { report: 'applicantList', format: 'xlsx', rows: count, language: request.language },
  });
  return { path, rows: count };
}
