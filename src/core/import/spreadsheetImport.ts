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

/** The first rows as Panoh will store them, and the written forms found in value-table columns. */
export function previewImport(table: SheetTable, mapping: ColumnMapping): ImportPreview {
  const rows = convertRows(table, mapping, { limit: PREVIEW_ROWS }).map(previewOf);
  const valueTables: ValueTableUse[] = mappedColumns(table, mapping).flatMap((column) => {
    const tableId = column.target.table;
    if (column.target.kind !== 'value' || !tableId) return [];
    const written = new Map<string, string>();
    for (const row of table.rows) {
      const text = cellText(row.cells[column.index]);
      if (text && !written.has(foldKey(text))) written.set(foldKey(text), text.slice(0, 100));
      if (written.size >= VALUE_TABLE_MAX) break;
    }
    const values = [...written.values()].map((form) => {
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
    const candidates = possibleDuplicates(workspace.db, {
      familyName: record.familyName ?? '',
      givenName: record.givenName,
      birthDate: record.birthDate,
    });
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

interface Checked {
  converted: ConvertedRow[];
  problems: CellProblem[];
  duplicates: DuplicateRow[];
}

function check(workspace: Workspace, table: SheetTable, mapping: ColumnMapping, progress?: Progress): Checked {
  const converted = convertRows(table, mapping, { onRow: every(progress, 'checking') });
  const problems = converted.flatMap((row) => row.problems);
  return { converted, problems, duplicates: duplicatesOf(workspace, converted) };
}

/** Everything the import would do; writes nothing. */
export function dryRunImport(workspace: Workspace, table: SheetTable, mapping: ColumnMapping): DryRunReport {
  const { converted, problems, duplicates } = check(workspace, table, mapping);
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

/** Each row's fate: new unless it has probable duplicates, then what the lawyer chose (skip if nothing). */
function plan(checked: Checked, decisions: readonly DuplicateDecision[]): { plans: Plan[]; skipped: number } {
  const chosen = new Map(decisions.map((d) => [d.row, d]));
  const duplicates = new Map(checked.duplicates.map((d) => [d.row, d]));
  const plans: Plan[] = [];
  let skipped = 0;
  for (const { row, record } of checked.converted) {
    if (!record) continue;
    const duplicate = duplicates.get(row);
    const decision = chosen.get(row);
    if (!duplicate) {
      plans.push({ kind: 'new', record });
    } else if (decision?.action === 'new') {
      plans.push({ kind: 'new', record });
    } else if (decision?.action === 'merge' && decision.into) {
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
  request: { mapping: ColumnMapping; decisions: readonly DuplicateDecision[]; format: 'xlsx' | 'csv' },
  progress?: Progress,
): SpreadsheetImportResult {
  const checked = check(workspace, table, request.mapping, progress);
  if (checked.problems.length > 0) throw refusal(checked.problems);
  const { plans, skipped } = plan(checked, request.decisions);
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
