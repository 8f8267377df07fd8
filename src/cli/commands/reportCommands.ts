import { extname, resolve } from 'node:path';
import {
  type CaseSummarySection,
  caseSummarySections,
  defaultCaseSummarySections,
  optInCaseSummarySections,
} from '../../shared/reports/caseSummary';
import { type CliContext, UsageError } from '../io';
import { printJson, withUnlockedCore } from '../openCore';

function outPath(context: CliContext, allowed: string[]): { path: string; format: string } {
  if (!context.outPath) throw new UsageError(`this report needs --out FILE (${allowed.join(' or ')})`);
  const format = extname(context.outPath).slice(1).toLowerCase();
  if (!allowed.includes(format)) throw new UsageError(`--out must end in ${allowed.map((a) => `.${a}`).join(' or ')}`);
  return { path: resolve(context.outPath), format };
}

/** An export password comes from PANOH_PDF_PASSWORD, never from an argument. */
function pdfPassword(context: CliContext): string | undefined {
  return context.io.env.PANOH_PDF_PASSWORD || undefined;
}

function createdAt(context: CliContext): Date | undefined {
  if (!context.createdAt) return undefined;
  const date = new Date(context.createdAt);
  if (Number.isNaN(date.getTime())) throw new UsageError('--created-at takes an ISO date and time');
  return date;
}

function report(context: CliContext, path: string): number {
  if (context.json) printJson(context, { path });
  else
    context.io.stdout(`Written: ${path}\nThis file is outside the vault's protection: store it safely or delete it.\n`);
  return 0;
}

function sectionList(value: string | undefined, allowed: readonly string[], flag: string): string[] {
  const named = (value ?? '').split(',').filter(Boolean);
  if (named.some((s) => !allowed.includes(s))) throw new UsageError(`${flag} takes ${allowed.join(', ')}`);
  return named;
}

/**
 * The sections of a case summary: every section but the working notes, less --omit, plus
 * --include (notes are printed only when asked: a court copy must not carry them by default).
 */
function caseSections(context: CliContext): CaseSummarySection[] {
  const omit = sectionList(context.omit, caseSummarySections, '--omit');
  const include = sectionList(context.include, optInCaseSummarySections, '--include');
  const sections = caseSummarySections.filter(
    (s) => (defaultCaseSummarySections.includes(s) || include.includes(s)) && !omit.includes(s),
  );
  if (sections.length === 0) throw new UsageError('--omit leaves no section to print');
  return sections;
}

/** `report case --id ID --out FILE.pdf [--lang ru|kk|en] [--omit contact,incidents] [--include notes]`. */
export async function reportCase(context: CliContext): Promise<number> {
  if (!context.id) throw new UsageError('report case needs --id ID');
  const { path } = outPath(context, ['pdf']);
  const sections = caseSections(context);
  const applicantId = context.id;
  const result = await withUnlockedCore(context, (core) => {
    core.setExportTarget({ outPath: path, generatedAt: createdAt(context) });
    return core.invoke('reports.caseSummary', {
      applicantId,
      language: context.language,
      sections,
      password: pdfPassword(context),
    });
  });
  return report(context, result.path);
}

/** `report stats --from DATE --to DATE --out FILE.pdf|FILE.csv [--threshold N]`. */
export async function reportStats(context: CliContext): Promise<number> {
  const { path, format } = outPath(context, ['pdf', 'csv']);
  if (!context.from || !context.to) throw new UsageError('report stats needs --from YYYY-MM-DD and --to YYYY-MM-DD');
  const threshold = context.threshold === undefined ? undefined : Number(context.threshold);
  if (threshold !== undefined && !Number.isInteger(threshold)) throw new UsageError('--threshold takes a whole number');
  const { from, to } = context;
  const result = await withUnlockedCore(context, (core) => {
    core.setExportTarget({ outPath: path, generatedAt: createdAt(context) });
    return core.invoke('reports.statistics', {
      from,
      to,
      threshold,
      format: format === 'csv' ? 'csv' : 'pdf',
      language: context.language,
      password: format === 'pdf' ? pdfPassword(context) : undefined,
    });
  });
  return report(context, result.path);
}
