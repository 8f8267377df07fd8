import ExcelJS from 'exceljs';
import { PanohError } from '../../shared/errors';
import { SPREADSHEET_LIMITS } from '../../shared/import/importLimits';
import { hasHiddenCharacters } from '../../shared/text/terminalSafe';
import type { Cell, CellFault, MergedRange, SheetGrid } from './sheetGrid';
import { checkWorkbookBounds } from './xlsxBounds';

const fault = (kind: CellFault['fault'], text: string): CellFault => ({ fault: kind, text: text.slice(0, 200) });

/** A formula's last result as the file stored it; a file saved without results has none to give. */
function formulaResult(value: ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue): Cell {
  const written = 'formula' in value ? value.formula : value.sharedFormula;
  const formula = `=${written ?? ''}`;
  const { result } = value as { result?: unknown };
  if (result === undefined || result === null) return fault('formulaWithoutValue', formula);
  if (result instanceof Date) return result;
  if (typeof result === 'object') {
    const error = (result as { error?: unknown }).error;
    return fault('cellError', typeof error === 'string' ? error : formula);
  }
  return result as string | number | boolean;
}

/**
 * What a lawyer sees in the cell: formulas by their stored result, rich text as its text, links by
 * their text. A formula without a stored result and an error such as #N/A are faults, refused
 * where the column is imported, never read as blank or as text.
 */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return formulaResult(value);
  if ('error' in value) return fault('cellError', String(value.error));
  if ('text' in value && typeof value.text === 'string') return value.text;
  return undefined;
}

function decodeAddress(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) return { row: 0, column: 0 };
  const column = [...(match[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

function mergesOf(sheet: ExcelJS.Worksheet): MergedRange[] {
  const ranges = (sheet.model as { merges?: string[] }).merges ?? [];
  return ranges.flatMap((range) => {
    const [from, to] = range.split(':');
    if (!from || !to) return [];
    const a = decodeAddress(from);
    const b = decodeAddress(to);
    return [{ top: a.row, left: a.column, bottom: b.row, right: b.column }];
  });
}

function gridOf(sheet: ExcelJS.Worksheet): SheetGrid {
  const cells: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > SPREADSHEET_LIMITS.rows + 100)
      throw new PanohError('IMPORT_TOO_LARGE', { what: 'rows', max: SPREADSHEET_LIMITS.rows });
    const values: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (columnNumber > SPREADSHEET_LIMITS.columns + 50) {
        throw new PanohError('IMPORT_TOO_LARGE', { what: 'columns', max: SPREADSHEET_LIMITS.columns });
      }
      // A merged cell repeats its master's value in exceljs; only the master holds it in the file.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      values[columnNumber - 1] = cellValue(cell.value);
    });
    cells[rowNumber - 1] = values;
  });
  for (let index = 0; index < cells.length; index += 1) cells[index] ??= [];
  const date1904 = (sheet.workbook as { properties?: { date1904?: boolean } }).properties?.date1904 === true;
  return { cells, merges: mergesOf(sheet), date1904 };
}

export interface XlsxRead {
  grid: SheetGrid;
  sheets: string[];
  sheet: string;
}

/** The chosen sheet of an .xlsx (the first by default), read only once its zip is known to be bounded. */
export async function readXlsx(
  bytes: Uint8Array,
  sheetName: string | undefined,
  maxInflatedBytes: number = SPREADSHEET_LIMITS.inflatedBytes,
): Promise<XlsxRead> {
  await checkWorkbookBounds(bytes, maxInflatedBytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    throw new PanohError('IMPORT_UNREADABLE', {});
  }
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  // A sheet's name is shown on the screen and printed by the CLI: nothing hidden may ride in it.
  if (sheets.some(hasHiddenCharacters)) throw new PanohError('IMPORT_UNREADABLE', { what: 'sheet' });
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet) throw new PanohError('IMPORT_UNREADABLE', {});
  return { grid: gridOf(sheet), sheets, sheet: sheet.name };
}
