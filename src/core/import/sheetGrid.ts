import { PanohError } from '../../shared/errors';
import { SPREADSHEET_LIMITS } from '../../shared/import/importLimits';
import { hasHiddenCharacters } from '../../shared/text/terminalSafe';

/**
 * A cell with no value Panoh may take: a formula the file was saved without a result for, or an
 * error such as #N/A. `text` is what the spreadsheet shows (the formula, or the error).
 */
export interface CellFault {
  fault: 'formulaWithoutValue' | 'cellError';
  text: string;
}

/** What a spreadsheet cell can hold once read: text, a number, a date (xlsx), a fault (xlsx), or nothing. */
export type Cell = string | number | boolean | Date | CellFault | undefined;

export function isFault(cell: Cell): cell is CellFault {
  return typeof cell === 'object' && !(cell instanceof Date);
}

/** A rectangle of merged cells, 0-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet as read: row `i` is the spreadsheet's row `i + 1`. Merged cells hold their value in the top-left cell only. */
export interface SheetGrid {
  cells: Cell[][];
  merges: MergedRange[];
  /** The workbook counts its dates from 1904 (old Mac Excel): a bare serial number means another day. */
  date1904?: boolean;
}

/** A data row: its number as the spreadsheet counts it, and one cell per column. */
export interface DataRow {
  row: number;
  cells: Cell[];
}

export interface SheetTable {
  headerRows: number[];
  date1904?: boolean;
  /** One per column; '' for a column with neither header nor data (it is left out). */
  headers: string[];
  rows: DataRow[];
}

/** Joins a merged header and the sub-header under it: «Удостоверение / Срок действия». */
export const HEADER_LEVELS = ' / ';

/** A, B, … Z, AA, AB: how spreadsheets and lawyers name a column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function isBlank(cell: Cell): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function filled(row: Cell[] | undefined): number {
  return (row ?? []).filter((cell) => !isBlank(cell)).length;
}

/** Text of a header cell; a date or number there is written as the spreadsheet shows it. */
function headerText(cell: Cell): string {
  if (isBlank(cell) || isFault(cell)) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).replace(/\s+/g, ' ').trim();
}

/**
 * Skips a title above the table («Список заявителей на 01.05.2026», usually merged across the
 * page): a row with one filled cell, while a row below has several.
 */
function firstHeaderRow(cells: Cell[][]): number {
  let at = cells.findIndex((row) => filled(row) > 0);
  if (at < 0) throw new PanohError('IMPORT_HEADER_MISSING', { column: 'A' });
  while (filled(cells[at]) === 1) {
    const next = cells.findIndex((row, index) => index > at && filled(row) > 0);
    if (next < 0 || next - at > 10) break;
    if (!cells.slice(next, next + 10).some((row) => filled(row) >= 2)) break;
    at = next;
  }
  return at;
}

const isVerticallyMerged = (merges: readonly MergedRange[], at: number, column: number) =>
  merges.some((m) => m.top === at && m.bottom > at && m.left <= column && column <= m.right);

/**
 * Whether the row under the headers holds sub-headers: something under a header merged across
 * columns, while every other header is merged down over that row or has nothing under it, and at
 * least one is merged down (the office layout). Otherwise that row is data, and a person's name
 * under «ФИО» must stay a person, not become a header.
 */
function hasSubHeaders(grid: SheetGrid, at: number, across: readonly MergedRange[]): boolean {
  const top = grid.cells[at] ?? [];
  const below = grid.cells[at + 1] ?? [];
  if (!across.some((m) => below.slice(m.left, m.right + 1).some((cell) => !isBlank(cell)))) return false;
  const width = Math.max(top.length, below.length);
  let mergedDown = false;
  for (let column = 0; column < width; column += 1) {
    if (across.some((m) => m.left <= column && column <= m.right)) continue;
    if (isBlank(top[column]) && isBlank(below[column])) continue;
    if (isVerticallyMerged(grid.merges, at, column)) mergedDown = true;
    else if (!isBlank(below[column])) return false;
  }
  return mergedDown;
}

/** A header Panoh can name the column by: not longer than the mapping takes, nothing hidden in it. */
function checkHeader(header: string, column: number): void {
  if (header.length > SPREADSHEET_LIMITS.headerChars) {
    throw new PanohError('IMPORT_TOO_LARGE', {
      what: 'header',
      column: columnLetter(column),
      max: SPREADSHEET_LIMITS.headerChars,
    });
  }
  if (hasHiddenCharacters(header))
    throw new PanohError('IMPORT_UNREADABLE', { what: 'header', column: columnLetter(column) });
}

/**
 * Headers from one row, or from two where headers are merged across columns with sub-headers
 * under them («Удостоверение» over «Номер» and «Срок действия» gives «Удостоверение / Номер» and
 * «Удостоверение / Срок действия»). A merged header with no sub-headers under it names each of its
 * columns: «ФИО», «ФИО (2)», «ФИО (3)».
 */
function readHeaders(grid: SheetGrid, at: number): { rows: number[]; headers: string[] } {
  const top = grid.cells[at] ?? [];
  const below = grid.cells[at + 1] ?? [];
  const across = grid.merges.filter((m) => m.top === at && m.right > m.left);
  const twoRows = hasSubHeaders(grid, at, across);
  const width = Math.max(top.length, twoRows ? below.length : 0, ...across.map((m) => m.right + 1));
  const headers: string[] = [];
  for (let column = 0; column < width; column += 1) {
    const merge = across.find((m) => m.left <= column && column <= m.right);
    const own = headerText(merge ? top[merge.left] : top[column]);
    const sub = twoRows ? headerText(below[column]) : '';
    let header: string;
    if (merge && twoRows) header = [own, sub].filter(Boolean).join(HEADER_LEVELS);
    else if (merge) header = column === merge.left || own === '' ? own : `${own} (${column - merge.left + 1})`;
    else header = own || sub;
    checkHeader(header, column);
    headers.push(header);
  }
  return { rows: twoRows ? [at + 1, at + 2] : [at + 1], headers };
}

function checkCellLength(cell: Cell, row: number, column: number): void {
  if (typeof cell === 'string' && cell.length > SPREADSHEET_LIMITS.cellChars) {
    throw new PanohError('IMPORT_TOO_LARGE', {
      what: 'cell',
      row,
      column: columnLetter(column),
      max: SPREADSHEET_LIMITS.cellChars,
    });
  }
}

/**
 * The table in a sheet: its header row(s) and data rows, blank rows left out. Refuses, rather than
 * drop data: a cell right of the last header, data under no header, one header twice.
 */
export function tableFromGrid(grid: SheetGrid): SheetTable {
  const at = firstHeaderRow(grid.cells);
  const { rows: headerRows, headers } = readHeaders(grid, at);
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  if (headers.length > SPREADSHEET_LIMITS.columns) {
    throw new PanohError('IMPORT_TOO_LARGE', { what: 'columns', max: SPREADSHEET_LIMITS.columns });
  }
  const rows: DataRow[] = [];
  const start = at + headerRows.length;
  for (let index = start; index < grid.cells.length; index += 1) {
    const cells = grid.cells[index] ?? [];
    if (filled(cells) === 0) continue;
    const row = index + 1;
    cells.forEach((cell, column) => {
      if (isBlank(cell)) return;
      checkCellLength(cell, row, column);
      if (column >= headers.length) {
        throw new PanohError('IMPORT_ROW_TOO_WIDE', { row, column: columnLetter(column) });
      }
      if (headers[column] === '') throw new PanohError('IMPORT_HEADER_MISSING', { column: columnLetter(column) });
    });
    rows.push({ row, cells: headers.map((_, column) => cells[column]) });
    if (rows.length > SPREADSHEET_LIMITS.rows) {
      throw new PanohError('IMPORT_TOO_LARGE', { what: 'rows', max: SPREADSHEET_LIMITS.rows });
    }
  }
  const seen = new Map<string, number>();
  headers.forEach((header, column) => {
    if (header === '') return;
    const key = header.toLocaleLowerCase('ru');
    const first = seen.get(key);
    if (first !== undefined) {
      throw new PanohError('IMPORT_HEADER_TWICE', {
        header: header.slice(0, 100),
        first: columnLetter(first),
        second: columnLetter(column),
      });
    }
    seen.set(key, column);
  });
  return { headerRows, headers, rows, ...(grid.date1904 ? { date1904: true } : {}) };
}
