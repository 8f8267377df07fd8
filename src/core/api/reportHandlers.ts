import type { z } from 'zod';
import type { reportMethods } from '../../shared/api/reportMethods';
import type { Workspace } from '../records/workspace';
import { type ExportTarget, exportCaseSummary, exportStatistics } from '../reports/reportService';
import { computeStatistics } from '../reports/statistics';

type ReportMethods = typeof reportMethods;
/** `office.get` and `office.set` are answered with the office's details (documentHandlers). */
export type ReportHandlers = {
  [M in Exclude<keyof ReportMethods, 'office.get' | 'office.set'>]: (
    input: z.output<ReportMethods[M]['input']>,
  ) => z.output<ReportMethods[M]['output']> | Promise<z.output<ReportMethods[M]['output']>>;
};

/** Exports go to the app's exports folder; the CLI writes to the exact file it was given instead. */
export function reportHandlers(ws: () => Workspace, target: () => ExportTarget): ReportHandlers {
  return {
    'reports.caseSummary': (request) => exportCaseSummary(ws(), request, target()),
    'reports.statisticsPreview': ({ from, to, threshold }) => computeStatistics(ws().db, from, to, threshold),
    'reports.statistics': (request) => exportStatistics(ws(), request, target()),
  };
}
