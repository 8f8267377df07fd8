import { fieldProblemOf } from '../../shared/errors';
import { type ColumnTarget, type ColumnTargetId, columnTargets, targetGroups } from '../../shared/import/columnTargets';
import { foldHeader, foldKey } from '../../shared/import/fold';
import type { CellProblem, ColumnMapping, PreviewRow } from '../../shared/import/spreadsheetImport';
import { defaultTableValue, type ValueTableId } from '../../shared/import/valueTables';
import { type ImportDocument, importApplicantSchema } from '../../shared/records/importFile';
import { cellText, countryOf, isStateless, languageOf, splitFullName, splitList } from './cellValues';
import { type Cell, isBlank, isFault, type SheetTable } from './sheetGrid';
import { readDateCell } from './writtenDates';

export type ImportApplicant = ImportDocument['applicants'][number];

/** A date read from a two-digit year: which column, what was written, what it became. */
export interface TwoDigitYearRead {
  header: string;
  written: string;
  date: string;
  from: number;
  to: number;
}

export interface ConvertedRow {
  row: number;
  twoDigitYears: TwoDigitYearRead[];
  /** The applicant as it will be stored, when the row has no problem. */
  record?: ImportApplicant;
  /** What the row gave, valid or not, for the preview. */
  draft: Record<string, unknown>;
  problems: CellProblem[];
}

interface Column {
  index: number;
  header: string;
  target: ColumnTarget;
  id: ColumnTargetId;
}

type Fields = Record<string, unknown>;

const IGNORED_HEADERS = new Set(columnTargets.ignore.headers.map(foldKey));
/** A notes column of its own goes in as written; any other column sent to the notes is labelled with its header. */
const NOTE_HEADERS = new Set(columnTargets.notes.headers.map(foldKey));

/** The columns of the table with where each goes; a header the mapping does not name is ignored. */
export function mappedColumns(table: SheetTable, mapping: ColumnMapping): Column[] {
  const byHeader = new Map(mapping.columns.map((c) => [c.header, c.target] as const));
  return table.headers.flatMap((header, index) => {
    if (header === '') return [];
    let id: ColumnTargetId = byHeader.get(header) ?? 'ignore';
    if (id === 'ignore' && mapping.unmappedToNotes && !IGNORED_HEADERS.has(foldKey(header))) id = 'notes';
    return [{ index, header, target: columnTargets[id], id }];
  });
}

/** The value a written form gets: the lawyer's correction for this file first, then the defaults. */
export function tableValue(mapping: ColumnMapping, table: ValueTableId, written: string): string | undefined {
  return mapping.values[table]?.[foldKey(written)] ?? defaultTableValue(table, written);
}

/** What converting a row needs besides the row: the mapping, and what the dates are read against. */
interface ReadContext {
  mapping: ColumnMapping;
  date1904: boolean;
  thisYear: number;
}

class RowBuilder {
  readonly groups = new Map<string, Fields>();
  readonly notes: string[] = [];
  readonly problems: CellProblem[] = [];
  readonly twoDigitYears: TwoDigitYearRead[] = [];
  /** Which column each stored path came from, to name the column of a schema problem. */
  readonly sources = new Map<string, Column>();
  stateless = false;

  constructor(
    readonly row: number,
    private readonly context: ReadContext,
  ) {}

  group(id: string): Fields {
    let fields = this.groups.get(id);
    if (!fields) {
      fields = {};
      this.groups.set(id, fields);
    }
    return fields;
  }

  problem(column: Column, cell: Cell, issue: string): void {
    this.problems.push({ row: this.row, header: column.header, value: cellText(cell).slice(0, 200), issue });
  }

  /**
   * Only a list (or a text that joins, such as phones) takes several columns; the mapping refuses two
   * columns on any other field, so nothing is overwritten here.
   */
  set(column: Column, field: string, value: unknown): void {
    const fields = this.group(column.target.group);
    const earlier = fields[field];
    if (Array.isArray(earlier) && Array.isArray(value)) fields[field] = [...new Set([...earlier, ...value])];
    else if (typeof earlier === 'string' && column.target.joins)
      fields[field] = `${earlier}${column.target.joins}${value}`;
    else fields[field] = value;
    if (earlier === undefined) this.sources.set(`${column.target.group}.${field}`, column);
  }

  add(column: Column, cell: Cell): void {
    const { target } = column;
    if (target.kind === 'ignore') return;
    // A formula without its result, or #N/A: there is no value to take, and a blank would lie.
    if (isFault(cell)) {
      this.problem(column, cell, cell.fault);
      return;
    }
    const text = cellText(cell);
    switch (target.kind) {
      case 'notes':
        this.notes.push(NOTE_HEADERS.has(foldHeader(column.header)) ? text : `${column.header}: ${text}`);
        return;
      case 'fullName': {
        const parts = splitFullName(text);
        for (const [field, value] of Object.entries(parts)) this.set(column, field, value);
        if (!parts.familyName) this.problem(column, cell, 'required');
        return;
      }
      case 'name':
      case 'text':
      case 'longText':
        this.set(column, target.field, text);
        return;
      case 'names':
        this.set(column, target.field, splitList(text));
        return;
      case 'date':
        this.date(column, cell);
        return;
      case 'country': {
        const code = countryOf(text);
        if (code) this.set(column, target.field, code);
        else this.problem(column, cell, 'unknownCountry');
        return;
      }
      case 'countries':
        this.countries(column, cell, text);
        return;
      case 'languages': {
        const codes = splitList(text).map((part) => languageOf(part));
        if (codes.some((code) => code === undefined)) this.problem(column, cell, 'unknownLanguage');
        else this.set(column, target.field, [...new Set(codes)]);
        return;
      }
      case 'value': {
        const value = target.table ? tableValue(this.context.mapping, target.table, text) : undefined;
        if (value) this.set(column, target.field, value);
        else this.problem(column, cell, 'unknownValue');
        return;
      }
    }
  }

  private date(column: Column, cell: Cell): void {
    const { date1904, thisYear } = this.context;
    const reading = readDateCell(cell, column.target.dateRole ?? 'event', { date1904, thisYear });
    if ('problem' in reading) {
      this.problem(column, cell, reading.problem);
      return;
    }
    this.set(column, column.target.field, reading.iso);
    if (reading.twoDigitYear) {
      this.twoDigitYears.push({
        header: column.header,
        written: cellText(cell),
        date: reading.iso,
        ...reading.twoDigitYear,
      });
    }
  }

  private countries(column: Column, cell: Cell, text: string): void {
    if (isStateless(text)) {
      this.stateless = true;
      return;
    }
    const codes = splitList(text).map((part) => countryOf(part));
    if (codes.some((code) => code === undefined)) this.problem(column, cell, 'unknownCountry');
    else this.set(column, column.target.field, [...new Set(codes)]);
  }

  /** The applicant with its documents and events; a group without its date is a problem in each of its cells. */
  assemble(columns: readonly Column[], cells: readonly Cell[]): Fields {
    const applicant: Fields = { ...this.group('applicant') };
    const documents: Fields[] = [];
    const events: Fields[] = [];
    for (const [id, fields] of this.groups) {
      const group = targetGroups[id as keyof typeof targetGroups];
      if (group.kind === 'document') {
        documents.push({ kind: group.document, ...fields });
        this.renumber(id, `documents.${documents.length - 1}`);
      } else if (group.kind === 'event') {
        if (fields[group.date] === undefined) {
          for (const column of columns) {
            const cell = cells[column.index];
            if (column.target.group === id && !isBlank(cell)) this.problem(column, cell, 'eventNeedsDate');
          }
          continue;
        }
        events.push({ type: group.event, ...('fixed' in group ? group.fixed : {}), ...fields });
        this.renumber(id, `events.${events.length - 1}`);
      }
    }
    if (documents.length > 0) applicant.documents = documents;
    if (events.length > 0) applicant.events = events;
    if (this.stateless) applicant.vulnerabilities = ['stateless'];
    const notes = [applicant.notes, ...this.notes].filter((n) => typeof n === 'string' && n !== '');
    if (notes.length > 0) applicant.notes = notes.join('\n');
    return applicant;
  }

  private renumber(group: string, path: string): void {
    for (const [key, column] of [...this.sources]) {
      if (key.startsWith(`${group}.`)) this.sources.set(`${path}.${key.slice(group.length + 1)}`, column);
    }
  }
}

function convertRow(
  row: { row: number; cells: Cell[] },
  columns: readonly Column[],
  context: ReadContext,
  hasName: boolean,
): ConvertedRow {
  const builder = new RowBuilder(row.row, context);
  for (const column of columns) {
    const cell = row.cells[column.index];
    if (!isBlank(cell)) builder.add(column, cell);
  }
  const draft = builder.assemble(columns, row.cells);
  const { problems, twoDigitYears } = builder;
  if (!hasName) problems.push({ row: row.row, header: '', value: '', issue: 'noNameColumn' });
  if (problems.length > 0) return { row: row.row, draft, problems, twoDigitYears };
  const parsed = importApplicantSchema.safeParse(draft);
  if (parsed.success) return { row: row.row, record: parsed.data, draft, problems, twoDigitYears };
  const nameColumn = columns.find((c) => c.id === 'fullName' || c.id === 'familyName');
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    const source =
      builder.sources.get(`applicant.${path[0]}`) ??
      builder.sources.get(path.slice(0, 3).join('.')) ??
      builder.sources.get(path.slice(0, 2).join('.')) ??
      (path[0] === 'familyName' ? nameColumn : undefined);
    problems.push({
      row: row.row,
      header: source?.header ?? path.join('.'),
      value: source ? cellText(row.cells[source.index]).slice(0, 200) : '',
      issue: fieldProblemOf(issue),
    });
  }
  return { row: row.row, draft, problems, twoDigitYears };
}

/** Every data row turned into an applicant, or into the problems that keep it out. */
export function convertRows(
  table: SheetTable,
  mapping: ColumnMapping,
  options: { limit?: number; onRow?: (done: number, total: number) => void; today?: Date } = {},
): ConvertedRow[] {
  const columns = mappedColumns(table, mapping);
  const hasName = columns.some((c) => c.id === 'fullName' || c.id === 'familyName');
  const rows = options.limit === undefined ? table.rows : table.rows.slice(0, options.limit);
  const context = { mapping, date1904: table.date1904 === true, thisYear: (options.today ?? new Date()).getFullYear() };
  return rows.map((row, index) => {
    options.onRow?.(index, rows.length);
    return convertRow(row, columns, context, hasName);
  });
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** A converted row as the preview shows it. */
export function previewOf(converted: ConvertedRow): PreviewRow {
  const d = converted.record ?? converted.draft;
  const events = Array.isArray(d.events) ? (d.events as Fields[]) : [];
  const documents = Array.isArray(d.documents) ? (d.documents as Fields[]) : [];
  const dateOfEvent = (e: Fields) =>
    String(e.date ?? e.filedOn ?? e.decidedOn ?? e.receivedOn ?? e.recognizedOn ?? e.submittedOn ?? '');
  const optional = (key: string, value: unknown) => (text(value) ? { [key]: text(value) } : {});
  return {
    row: converted.row,
    ...optional('familyName', d.familyName),
    ...optional('givenName', d.givenName),
    ...optional('patronymic', d.patronymic),
    ...optional('sex', d.sex),
    ...optional('birthDate', d.birthDate),
    ...optional('caseStatus', d.caseStatus),
    ...optional('notes', d.notes),
    citizenship: strings(d.citizenship),
    languages: strings(d.languages),
    documents: documents.map((doc) => ({
      kind: String(doc.kind),
      ...optional('number', doc.number),
      ...optional('expiresOn', doc.expiresOn),
    })),
    events: events.map((e) => ({ type: String(e.type), date: dateOfEvent(e) })),
    problems: converted.problems,
  };
}
