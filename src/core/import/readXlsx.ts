import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PanohError } from '../../shared/errors';
import { SPREADSHEET_LIMITS } from '../../shared/import/importLimits';
import type { Cell, MergedRange, SheetGrid } from './sheetGrid';

const MAX_ZIP_ENTRIES = 10_000;

function tooLarge(): PanohError {
  return new PanohError('IMPORT_TOO_LARGE', { what: 'inflated' });
}

/**
 * Inflates every part once, counting, and stops at the bound: the sizes a zip declares are the
 * zip's own word, and a zip bomb lies about them. Only then does exceljs inflate it for real.
 */
async function checkInflatedSize(bytes: Uint8Array, maxBytes: number): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new PanohError('IMPORT_UNREADABLE', {});
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > MAX_ZIP_ENTRIES) throw tooLarge();
  let total = 0;
  for (const entry of entries) {
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) {
          (stream as unknown as { destroy?: () => void }).destroy?.();
          stream.removeAllListeners('data');
          reject(tooLarge());
        }
      });
      stream.on('end', () => resolve());
      stream.on('error', () => reject(new PanohError('IMPORT_UNREADABLE', {})));
    });
  }
}

/** What a lawyer sees in the cell: formulas by their result, rich text as its text, links by their text. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null || typeof result === 'object') {
      return result instanceof Date ? result : undefined;
    }
    return result as string | number | boolean;
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
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
  return { cells, merges: mergesOf(sheet) };
}

export interface XlsxRead {
  grid: SheetGrid;
  sheets: string[];
  sheet: string;
}

/** The chosen sheet of an .xlsx (the first by default), its zip checked before it is inflated. */
export async function readXlsx(
  bytes: Uint8Array,
  sheetName: string | undefined,
  maxInflatedBytes: number = SPREADSHEET_LIMITS.inflatedBytes,
): Promise<XlsxRead> {
  await checkInflatedSize(bytes, maxInflatedBytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    throw new PanohError('IMPORT_UNREADABLE', {});
  }
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet) throw new PanohError('IMPORT_UNREADABLE', {});
  return { grid: gridOf(sheet), sheets, sheet: sheet.name };
}
