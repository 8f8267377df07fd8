import { mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { PanohError } from '../../shared/errors';
import type { Language } from '../../shared/i18n';
import type { CaseSummarySection } from '../../shared/reports/caseSummary';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../shared/reports/statistics';
import { writeFirstFreeFileAtomic, writeNewFileAtomic } from '../fs/atomicWrite';
import { classifyStorageError } from '../fs/fsErrors';
import { readOfficeDetails, writeOfficeName } from '../office/officeDetails';
import { applicantSpec } from '../records/specs';
import type { Workspace } from '../records/workspace';
import { caseSummaryPdf } from './caseSummaryPdf';
import { computeStatistics } from './statistics';
import { statisticsCsv } from './statisticsCsv';
import { statisticsPdf } from './statisticsPdf';

export interface ExportTarget {
  /** The exact file (CLI --out), or a folder where a name is chosen (the app's exports folder). */
  outPath?: string | undefined;
  exportsDir?: string | undefined;
  /** Fixed creation time, for byte-for-byte comparable output (tests, reproducible reports). */
  generatedAt?: Date | undefined;
}

export function officeName(workspace: Workspace): string {
  return readOfficeDetails(workspace).name;
}

export function setOfficeName(workspace: Workspace, name: string): void {
  writeOfficeName(workspace, name);
}

export function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
}

const isExisting = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'EEXIST';

/** Enough for a lawyer's busiest minute; past it something is wrong, and saying so beats looping. */
const MAX_SAME_MINUTE = 100;

/**
 * Writes an export where it was asked to go, never over an earlier file: in the exports folder a
 * taken name gets "-2", "-3", …; an exact file (the CLI's --out) that exists is refused. File names
 * carry no client name: a file name shows in folder listings and "recent files" even when the PDF
 * itself has a password.
 */
export function writeExport(target: ExportTarget, defaultName: string, bytes: Buffer | string): string {
  try {
    if (target.outPath) {
      try {
        writeNewFileAtomic(target.outPath, bytes);
      } catch (error) {
        throw isExisting(error) ? new PanohError('EXPORT_FILE_EXISTS') : error;
      }
      return target.outPath;
    }
    // The app's exports folder is made on the first export, not at start-up: where Documents is
    // closed to Panoh (a refused macOS privacy prompt, Windows Controlled Folder Access) only the
    // export fails, with a sentence saying why, and the vault still opens.
    const folder = target.exportsDir ?? '.';
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const extension = extname(defaultName);
    const stem = defaultName.slice(0, defaultName.length - extension.length);
    const names = Array.from({ length: MAX_SAME_MINUTE }, (_, i) =>
      join(folder, i === 0 ? defaultName : `${stem}-${i + 1}${extension}`),
    );
    // Written once; each taken name costs only a link that fails.
    const path = writeFirstFreeFileAtomic(names, bytes);
    if (path === undefined) throw new PanohError('EXPORT_FILE_EXISTS');
    return path;
  } catch (error) {
    throw exportStorageError(error);
  }
}

/** A refused folder is the export's problem, not the vault's: say so, rather than "vault folder". */
function exportStorageError(error: unknown): unknown {
  const classified = classifyStorageError(error);
  return classified instanceof PanohError && classified.code === 'VAULT_FOLDER_READONLY'
    ? new PanohError('EXPORT_FOLDER_DENIED')
    : classified;
}

export async function exportCaseSummary(
  workspace: Workspace,
  request: { applicantId: string; language: Language; sections: CaseSummarySection[]; password?: string | undefined },
  target: ExportTarget,
): Promise<{ path: string }> {
  const record = workspace.applicants.get(request.applicantId);
  const relatives = Object.fromEntries(
    record.doc.familyLinks.flatMap((link) => {
      const relative = workspace.store.get(applicantSpec, link.applicantId);
      return relative
        ? [[link.applicantId, [relative.doc.familyName, relative.doc.givenName].filter(Boolean).join(' ')]]
        : [];
    }),
  );
  const generatedAt = target.generatedAt ?? new Date();
  const bytes = await caseSummaryPdf(
    {
      applicant: { ...record.doc, id: record.id },
      events: workspace.events.forApplicant(record.id),
      deadlines: workspace.deadlines.forApplicant(record.id),
      incidents: workspace.incidents.list({ applicantId: record.id, offset: 0, limit: 500 }).rows,
      relatives,
    },
    { ...request, officeName: officeName(workspace), generatedAt },
  );
  const path = writeExport(target, `case-summary-${record.id.slice(0, 8)}-${stamp(generatedAt)}.pdf`, bytes);
  workspace.audit.append({
    action: 'export',
    targetKind: 'applicant',
    targetId: record.id,
    applicantId: record.id,
    fields: [...request.sections],
    detail: { report: 'caseSummary', format: 'pdf', language: request.language, encrypted: request.password ? 1 : 0 },
  });
  return { path };
}

export async function exportStatistics(
  workspace: Workspace,
  request: {
    from: string;
    to: string;
    threshold?: number | undefined;
    format: 'pdf' | 'csv';
    language: Language;
    password?: string | undefined;
  },
  target: ExportTarget,
): Promise<{ path: string }> {
  const threshold = request.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const stats = computeStatistics(workspace.db, request.from, request.to, threshold);
  const generatedAt = target.generatedAt ?? new Date();
  const bytes =
    request.format === 'csv'
      ? statisticsCsv(stats, request.language)
      : await statisticsPdf(stats, {
          language: request.language,
          officeName: officeName(workspace),
          generatedAt,
          password: request.password,
        });
  const path = writeExport(target, `statistics-${request.from}-${request.to}.${request.format}`, bytes);
  workspace.audit.append({
    action: 'export',
    targetKind: 'file',
    detail: {
      report: 'statistics',
      format: request.format,
      from: request.from,
      to: request.to,
      threshold,
      encrypted: request.password ? 1 : 0,
    },
  });
  return { path };
}
