import { PanohError } from '../../shared/errors';
import { foldKey } from '../../shared/import/fold';
import { PREVIEW_ROWS, REPORT_LIST_MAX, VALUE_TABLE_MAX } from '../../shared/import/importLimits';
import type {
  CellProblem,
  ColumnMapping,
  DryRunReport,
  DuplicateDecision,
  DuplicateRow,
  ImportPreview,
  ImportProgress,
  SpreadsheetImportResult,
  TwoDigitYears,
  ValueTableUse,
} from '../../shared/import/spreadsheetImport';
import { mergedFields } from '../records/mergeApplicants';
import { applicantSpec, type EventDoc, eventSpec } from '../records/specs';
import type { Workspace } from '../records/workspace';
import { possibleDuplicates } from '../search/searchQuery';
import { cellText } from './cellValues';
import {
  type ConvertedRow,
  convertRows,
  type ImportApplicant,
  mappedColumns,
  previewOf,
  tableValue,
} from './convertRows';
import type { SheetTable } from './sheetGrid';

export type Progress = (progress: ImportProgress) => void;

/**
 * The distinct written forms of a column (up to what a value table offers), found once per reading
 * of the file: the preview asks again at every change of the mapping.
 */
const formsByTable = new WeakMap<SheetTable, Map<number, string[]>>();

function writtenForms(table: SheetTable, index: number): string[] {
  let byColumn = formsByTable.get(table);
  if (!byColumn) {
    byColumn = new Map();
    formsByTable.set(table, byColumn);
  }
  const known = byColumn.get(index);
  if (known) return known;
  const written = new Map<string, string>();
  for (const row of table.rows) {
    const text = cellText(row.cells[index]);
    if (!text) continue;
    const key = foldKey(text);
    if (!written.has(key)) written.set(key, text.slice(0, 100));
    if (written.size >= VALUE_TABLE_MAX) break;
  }
  const forms = [...written.values()];
  byColumn.set(index, forms);
  return forms;
}

/** The first rows as Panoh will store them, and the written forms found in value-table columns. */
export function previewImport(table: SheetTable, mapping: ColumnMapping): ImportPreview {
  const rows = convertRows(table, mapping, { limit: PREVIEW_ROWS }).map(previewOf);
  const valueTables: ValueTableUse[] = mappedColumns(table, mapping).flatMap((column) => {
    const tableId = column.target.table;
    if (column.target.kind !== 'value' || !tableId) return [];
    const values = writtenForms(table, column.index).map((form) => {
      const value = tableValue(mapping, tableId, form);
      return value ? { written: form, value } : { written: form };
    });
    return [{ table: tableId, header: column.header, values }];
  });
  return { rows, valueTables };
}

function every(progress: Progress | undefined, phase: ImportProgress['phase']) {
  return (done: number, total: number) => {
    if (done % 500 === 0) progress?.({ phase, done, total });
  };
}

function duplicatesOf(workspace: Workspace, converted: readonly ConvertedRow[]): DuplicateRow[] {
  return converted.flatMap(({ row, record }) => {
    if (!record) return [];
    // Exact and other-spelling matches only: a row with a probable duplicate is skipped unless the
    // lawyer decides, and a name one letter off (Marat / Murat) is too often someone else to skip.
    const candidates = possibleDuplicates(
      workspace.db,
      { familyName: record.familyName ?? '', givenName: record.givenName, birthDate: record.birthDate },
      { approximate: false },
    );
    if (candidates.length === 0) return [];
    return [
      {
        row,
        ...(record.familyName ? { familyName: record.familyName } : {}),
        ...(record.givenName ? { givenName: record.givenName } : {}),
        ...(record.birthDate ? { birthDate: record.birthDate } : {}),
        candidates,
      },
    ];
  });
}

export interface Checked {
  converted: ConvertedRow[];
  problems: CellProblem[];
  duplicates: DuplicateRow[];
}

/**
 * Remembers a check under a key, so that the import after a dry run does not check every row and
 * look for every row's duplicates again. The key holds everything the check depends on.
 */
export type RememberCheck = (key: string, compute: () => Checked) => Checked;

/** Rises with every row this connection writes, so a check made before any change is still true. */
function writesSoFar(workspace: Workspace): number {
  return (workspace.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

function check(
  workspace: Workspace,
  table: SheetTable,
  mapping: ColumnMapping,
  remember: RememberCheck = (_key, compute) => compute(),
  progress?: Progress,
): Checked {
  const key = JSON.stringify([mapping, writesSoFar(workspace)]);
  return remember(key, () => {
    const converted = convertRows(table, mapping, { onRow: every(progress, 'checking') });
    const problems = converted.flatMap((row) => row.problems);
    return { converted, problems, duplicates: duplicatesOf(workspace, converted) };
  });
}

/** Per column, the dates read from two-digit years: how many, within which years, and the first one. */
function twoDigitYearsOf(converted: readonly ConvertedRow[]): TwoDigitYears[] {
  const byHeader = new Map<string, TwoDigitYears>();
  for (const { row, twoDigitYears } of converted) {
    for (const read of twoDigitYears) {
      const known = byHeader.get(read.header);
      if (known) known.count += 1;
      else
        byHeader.set(read.header, {
          header: read.header,
          count: 1,
          from: read.from,
          to: read.to,
          example: { row, written: read.written.slice(0, 100), date: read.date },
        });
    }
  }
  return [...byHeader.values()];
}

/** Everything the import would do; writes nothing. */
export function dryRunImport(
  workspace: Workspace,
  table: SheetTable,
  mapping: ColumnMapping,
  remember?: RememberCheck,
): DryRunReport {
  const { converted, problems, duplicates } = check(workspace, table, mapping, remember);
  const ready = converted.filter((row) => row.record);
  return {
    rows: converted.length,
    ready: ready.length,
    events: ready.reduce((n, row) => n + (row.record?.events.length ?? 0), 0),
    refusedRows: converted.length - ready.length,
    problems: problems.slice(0, REPORT_LIST_MAX),
    problemCount: problems.length,
    duplicates: duplicates.slice(0, REPORT_LIST_MAX),
    duplicateCount: duplicates.length,
    twoDigitYears: twoDigitYearsOf(converted),
  };
}

function refusal(problems: readonly CellProblem[]): PanohError {
  return new PanohError(
    'IMPORT_INVALID',
    { errors: problems.length },
    problems.slice(0, 50).map((p) => ({ path: `row.${p.row}.${p.header}`.slice(0, 200), issue: p.issue })),
  );
}

type Plan = { kind: 'new'; record: ImportApplicant } | { kind: 'merge'; record: ImportApplicant; into: string };

/**
 * Each row's fate: new unless it has probable duplicates, then what the lawyer chose, and for a row
 * without a choice (the dry run lists only the first duplicates) the default: skip, or new (CLI).
 */
function plan(
  checked: Checked,
  decisions: readonly DuplicateDecision[],
  defaultAction: 'skip' | 'new',
): { plans: Plan[]; skipped: number } {
  const chosen = new Map(decisions.map((d) => [d.row, d]));
  const duplicates = new Map(checked.duplicates.map((d) => [d.row, d]));
  const plans: Plan[] = [];
  let skipped = 0;
  for (const { row, record } of checked.converted) {
    if (!record) continue;
    const duplicate = duplicates.get(row);
    const decision: DuplicateDecision = chosen.get(row) ?? { row, action: defaultAction };
    if (!duplicate) {
      plans.push({ kind: 'new', record });
    } else if (decision.action === 'new') {
      plans.push({ kind: 'new', record });
    } else if (decision.action === 'merge' && decision.into) {
      if (!duplicate.candidates.some((c) => c.applicant.id === decision.into)) {
        throw new PanohError('INVALID_INPUT', undefined, [{ path: `decisions.${row}.into`, issue: 'invalid' }]);
      }
      plans.push({ kind: 'merge', record, into: decision.into });
    } else {
      skipped += 1;
    }
  }
  return { plans, skipped };
}

/**
 * All or nothing: a refused row refuses the file, and the writing is one transaction. New people go
 * to the store in bulk; a merge completes the person already in the vault (mergeApplicants'
 * rules: empty fields filled, lists joined, the other spelling kept as an alias) and adds the
 * row's events to their timeline.
 */
export function commitImport(
  workspace: Workspace,
  table: SheetTable,
  request: {
    mapping: ColumnMapping;
    decisions: readonly DuplicateDecision[];
    defaultAction?: 'skip' | 'new';
    format: 'xlsx' | 'csv';
  },
  progress?: Progress,
  remember?: RememberCheck,
): SpreadsheetImportResult {
  const checked = check(workspace, table, request.mapping, remember, progress);
  if (checked.problems.length > 0) throw refusal(checked.problems);
  const { plans, skipped } = plan(checked, request.decisions, request.defaultAction ?? 'skip');
  const { store } = workspace;
  progress?.({ phase: 'writing', done: 0, total: plans.length });
  const result = store.transaction(() => {
    const fresh = plans.filter((p) => p.kind === 'new');
    const ids = store.createMany(
      applicantSpec,
      fresh.map(({ record: { ref: _ref, events: _events, ...fields } }) => fields),
    );
    const events: EventDoc[] = [];
    const refs: Record<string, string> = {};
    fresh.forEach(({ record }, index) => {
      const applicantId = ids[index] ?? '';
      if (record.ref) refs[record.ref] = applicantId;
      for (const event of record.events) events.push({ ...event, applicantId });
    });
    let merged = 0;
    for (const p of plans) {
      if (p.kind !== 'merge') continue;
      const { ref: _ref, events: timeline, ...fields } = p.record;
      const existing = store.require(applicantSpec, p.into);
      store.update(applicantSpec, p.into, mergedFields(existing.doc, fields));
      for (const event of timeline) events.push({ ...event, applicantId: p.into });
      merged += 1;
    }
    store.createMany(eventSpec, events);
    const imported = { applicants: fresh.length, events: events.length, incidents: 0 };
    workspace.audit.append({
      action: 'import',
      targetKind: 'file',
      detail: { format: request.format, ...imported, merged, skipped },
    });
    return { imported, merged, skipped, ids: refs };
  });
  progress?.({ phase: 'writing', done: plans.length, total: plans.length });
  return result;
}
