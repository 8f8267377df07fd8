import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Core } from '../../core';
import { IMPORT_MAX_CHARS } from '../../shared/api/recordsMethods';
import { PanohError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import {
  type ColumnMappingInput,
  csvEncodings,
  type DryRunReport,
  type SpreadsheetInfo,
} from '../../shared/import/spreadsheetImport';
import { formatPartialDate } from '../../shared/records/partialDate';
import { terminalSafe } from '../../shared/text/terminalSafe';
import { type CliContext, UsageError } from '../io';
import { printJson, withUnlockedCore } from '../openCore';

/** `import --in FILE.json`: the format of DESIGN.md section 7, all or nothing, as before. */
async function importJson(context: CliContext, path: string): Promise<number> {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError('cannot read the file given to --in');
  }
  if (content.length > IMPORT_MAX_CHARS) throw new UsageError('the import file is larger than 64 MB');
  if (context.dryRun) {
    const report = await withUnlockedCore(context, async (core) => {
      const opened = await core.invokeMainOnly('import.openFile', { path });
      return core.invoke('import.dryRun', { token: opened.token });
    });
    if (context.json) printJson(context, { report });
    else printReport(context, report);
    return 0;
  }
  const result = await withUnlockedCore(context, (core) => core.invoke('import.run', { format: 'json', content }));
  if (context.json) printJson(context, result);
  else {
    const { applicants, events, incidents } = result.imported;
    context.io.stdout(`Imported ${applicants} applicants, ${events} events, ${incidents} incidents.\n`);
  }
  return 0;
}

function readMapping(path: string | undefined): ColumnMappingInput | undefined {
  if (path === undefined) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { mapping?: ColumnMappingInput } & ColumnMappingInput;
    // A saved mapping as `import.mappings` lists it ({name, mapping}) or the mapping itself.
    return parsed.mapping ?? parsed;
  } catch {
    throw new UsageError('--mapping must name a readable JSON file');
  }
}

function readOptions(context: CliContext) {
  if (context.encoding !== undefined && !(csvEncodings as readonly string[]).includes(context.encoding)) {
    throw new UsageError(`--encoding must be one of ${csvEncodings.join(', ')}`);
  }
  return {
    ...(context.sheet !== undefined ? { sheet: context.sheet } : {}),
    ...(context.encoding !== undefined ? { encoding: context.encoding as (typeof csvEncodings)[number] } : {}),
  };
}

/** Text from the file or the vault, quoted on one line with nothing a terminal would act on. */
const quoted = (text: string) => `"${terminalSafe(text)}"`;

function printInfo(context: CliContext, info: SpreadsheetInfo, mapping: ColumnMappingInput, proposed: boolean): void {
  const out = context.io.stdout;
  const reading =
    info.format === 'xlsx'
      ? `sheet ${quoted(info.sheet ?? '')}`
      : `encoding ${info.encoding}, separator ${JSON.stringify(info.delimiter)}`;
  out(`Read: ${reading}; headers in row ${info.headerRows.join('-')}; ${info.rows} rows.\n`);
  out(`Mapping${proposed ? ' (proposed; pass --mapping FILE.json to change it)' : ''}:\n`);
  const targets = new Map((mapping.columns ?? []).map((c) => [c.header, c.target]));
  for (const column of info.columns)
    out(`  ${column.letter} ${quoted(column.header)} -> ${targets.get(column.header) ?? 'ignore'}\n`);
}

function printTwoDigitYears(context: CliContext, report: DryRunReport): void {
  if (report.twoDigitYears.length === 0) return;
  const out = context.io.stdout;
  out('Two-digit years (check them; write the year in full where one is wrong):\n');
  for (const y of report.twoDigitYears) {
    const example = `row ${y.example.row}: ${quoted(y.example.written)} is ${formatPartialDate(y.example.date)}`;
    out(`  ${quoted(y.header)}: ${y.count} dates read as years ${y.from}-${y.to} (${example})\n`);
  }
}

function printReport(context: CliContext, report: DryRunReport): void {
  const out = context.io.stdout;
  out(`Check: ${report.rows} rows, ${report.ready} ready (${report.events} events), ${report.refusedRows} refused.\n`);
  for (const p of report.problems) {
    const sentence = translate(context.language, `form.${p.issue}` as Parameters<typeof translate>[1]);
    out(
      p.header
        ? `  row ${p.row}, ${quoted(p.header)}: ${quoted(p.value)}: ${sentence}\n`
        : `  row ${p.row}: ${sentence}\n`,
    );
  }
  if (report.problemCount > report.problems.length) out(`  (+${report.problemCount - report.problems.length} more)\n`);
  printTwoDigitYears(context, report);
  if (report.duplicateCount > 0) {
    out(`Probable duplicates of people in the vault (${report.duplicateCount}):\n`);
    const name = (p: { familyName?: string | undefined; givenName?: string | undefined }) =>
      terminalSafe([p.familyName, p.givenName].filter(Boolean).join(' '));
    for (const d of report.duplicates) {
      const names = d.candidates.map((c) => `${name(c.applicant)} (${c.applicant.id})`).join('; ');
      out(`  row ${d.row}: ${name(d)} ~ ${names}\n`);
    }
    if (report.duplicateCount > report.duplicates.length) {
      out(`  (+${report.duplicateCount - report.duplicates.length} more, treated as --duplicates says)\n`);
    }
  }
}

async function importSpreadsheet(context: CliContext, path: string, core: Core): Promise<number> {
  const given = readMapping(context.mappingPath);
  const read = readOptions(context);
  if (context.duplicates !== undefined && context.duplicates !== 'skip' && context.duplicates !== 'new') {
    throw new UsageError('--duplicates must be skip or new');
  }
  const opened = await core.invokeMainOnly('import.openFile', { path });
  if (opened.format === 'json') throw new UsageError('--in names a JSON file by its content; give it a .json name');
  const info = await core.invoke('import.describe', { token: opened.token, read });
  const mapping = given ?? info.proposed;
  const report = await core.invoke('import.dryRun', { token: opened.token, read, mapping });
  const failed = report.refusedRows > 0;
  if (context.dryRun || failed) {
    if (context.json) printJson(context, { mapping, report });
    else {
      printInfo(context, info, mapping, given === undefined);
      printReport(context, report);
    }
    if (failed) throw new PanohError('IMPORT_INVALID', { errors: report.problemCount });
    return 0;
  }
  // Every row with probable duplicates, listed in the dry run or not, goes the way --duplicates says.
  const defaultAction = context.duplicates === 'new' ? 'new' : 'skip';
  const result = await core.invoke('import.commit', { token: opened.token, read, mapping, defaultAction });
  if (context.json) printJson(context, { ...result, mapping });
  else {
    printInfo(context, info, mapping, given === undefined);
    const { applicants, events } = result.imported;
    context.io.stdout(
      `Imported ${applicants} applicants, ${events} events; ${result.merged} merged, ${result.skipped} skipped as probable duplicates.\n`,
    );
  }
  return 0;
}

/** `import --in FILE.json|.xlsx|.csv`: all or nothing, like the Import screen. */
export async function importFile(context: CliContext): Promise<number> {
  if (!context.inPath) throw new UsageError('import needs --in FILE.json, FILE.xlsx or FILE.csv');
  const inPath = context.inPath;
  const extension = extname(inPath).toLowerCase();
  if (extension === '.json') return importJson(context, inPath);
  if (!['.csv', '.xlsx', '.txt', '.tsv'].includes(extension)) {
    throw new UsageError('--in must name a .json, .xlsx or .csv file');
  }
  return withUnlockedCore(context, (core) => importSpreadsheet(context, inPath, core));
}
