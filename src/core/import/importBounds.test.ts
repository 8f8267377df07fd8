import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPREADSHEET_LIMITS } from '../../shared/import/importLimits';
import { makeTempDir } from '../testing/tempVault';
import { columnLetter } from './sheetGrid';

/**
 * The import bounds at their real values, each file read in a process whose heap is capped far
 * below what an unbounded reader would build (a model of every cell, a row per line break): a
 * reader that builds first and checks after dies there, instead of passing.
 */
const HEAP_MB = 320;
const SCRIPT = join(__dirname, '../testing/readImportFile.ts');

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  temp = makeTempDir();
});
afterAll(() => temp.cleanup());

function readCapped(name: string, bytes: Buffer | string): Record<string, unknown> {
  const path = join(temp.dir, name);
  writeFileSync(path, bytes);
  const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', SCRIPT, path], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status, `the reader died: ${run.stderr.slice(-400)}`).toBe(0);
  return JSON.parse(run.stdout.trim());
}

const tooLarge = (what: string) => ({ code: 'IMPORT_TOO_LARGE', params: expect.objectContaining({ what }) });

const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

/** A real workbook (exceljs writes it) with some of its parts replaced by hostile ones. */
async function workbookWith(parts: Record<string, string>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Заявители').getCell('A1').value = 'ФИО';
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

function sheetOf(rows: number, columns: number, cell: (ref: string) => string, tail = ''): string {
  const letters = Array.from({ length: columns }, (_, c) => columnLetter(c));
  const out: string[] = [SHEET_START];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (const letter of letters) row += cell(`${letter}${r}`);
    out.push(`${row}</row>`);
  }
  out.push(`</sheetData>${tail}</worksheet>`);
  return out.join('');
}

describe('hostile files at the real bounds, in a capped heap', () => {
  it('a CSV of 64 MB of line breaks stops at the row bound', () => {
    const bytes = Buffer.alloc(SPREADSHEET_LIMITS.fileBytes, '\n');
    expect(readCapped('lines.csv', bytes)).toEqual(tooLarge('rows'));
  });

  it('a CSV of 64 MB of commas stops at the column bound, not as a missing header', () => {
    const bytes = Buffer.alloc(SPREADSHEET_LIMITS.fileBytes, ',');
    expect(readCapped('commas.csv', bytes)).toEqual(tooLarge('columns'));
  });

  it('a CSV whose quoted cells hold the separators is counted as papaparse splits it', () => {
    // 100 rows of 300 commas inside quotes: one field each, under every bound.
    const lines = ['ФИО,Примечание', ...Array.from({ length: 100 }, (_, n) => `Тестов${n},"${','.repeat(300)}"`)];
    expect(readCapped('quoted.csv', lines.join('\r\n'))).toEqual({ rows: 100, columns: 2 });
  });

  it('a CSV with more filled cells than the bound is refused as such', () => {
    const row = Array.from({ length: SPREADSHEET_LIMITS.columns }, () => 'а').join(';');
    const rows = Math.ceil(SPREADSHEET_LIMITS.cells / SPREADSHEET_LIMITS.columns) + 1;
    expect(readCapped('cells.csv', `${row}\n`.repeat(rows))).toEqual(tooLarge('cells'));
  });

  it('takes a CSV of exactly the row bound, and refuses one row more', () => {
    const body = Array.from({ length: SPREADSHEET_LIMITS.rows }, (_, n) => `Тестов${n};1990`).join('\n');
    expect(readCapped('max.csv', `ФИО;Дата рождения\n${body}\n`)).toEqual({
      rows: SPREADSHEET_LIMITS.rows,
      columns: 2,
    });
    expect(readCapped('over.csv', `ФИО;Дата рождения\n${body}\nЛишний;1990\n`)).toEqual(tooLarge('rows'));
  });

  it('a small .xlsx of two million cells is refused before any model of them is built', async () => {
    const rows = SPREADSHEET_LIMITS.cells / SPREADSHEET_LIMITS.columns + 1;
    const sheet = sheetOf(rows, SPREADSHEET_LIMITS.columns, (ref) => `<c r="${ref}"><v>1</v></c>`);
    const bytes = await workbookWith({ 'xl/worksheets/sheet1.xml': sheet });
    expect(bytes.length).toBeLessThan(8 * 1024 * 1024);
    expect(readCapped('cells.xlsx', bytes)).toEqual(tooLarge('cells'));
  });

  it('an .xlsx with more rows than the bound is refused while it is counted', async () => {
    const sheet = sheetOf(
      SPREADSHEET_LIMITS.rows + 101,
      1,
      (ref) => `<c r="${ref}" t="inlineStr"><is><t>а</t></is></c>`,
    );
    expect(readCapped('rows.xlsx', await workbookWith({ 'xl/worksheets/sheet1.xml': sheet }))).toEqual(
      tooLarge('rows'),
    );
  });

  it('shared strings count as cells: two million of them are refused', async () => {
    const strings = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>а</t></si>'.repeat(SPREADSHEET_LIMITS.cells + 1)}</sst>`;
    expect(readCapped('strings.xlsx', await workbookWith({ 'xl/sharedStrings.xml': strings }))).toEqual(
      tooLarge('cells'),
    );
  });

  it('a merge, a data validation or a named range over the whole sheet is refused, not expanded cell by cell', async () => {
    const merged = sheetOf(
      1,
      1,
      (ref) => `<c r="${ref}"><v>1</v></c>`,
      '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    );
    expect(readCapped('merge.xlsx', await workbookWith({ 'xl/worksheets/sheet1.xml': merged }))).toEqual(
      tooLarge('ranges'),
    );
    const validated = sheetOf(
      1,
      1,
      (ref) => `<c r="${ref}"><v>1</v></c>`,
      '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
    );
    expect(readCapped('validation.xlsx', await workbookWith({ 'xl/worksheets/sheet1.xml': validated }))).toEqual(
      tooLarge('ranges'),
    );
    const workbook = await JSZip.loadAsync(await workbookWith({}));
    const book = (await workbook.file('xl/workbook.xml')?.async('string')) ?? '';
    const named = book.replace(
      '</sheets>',
      '</sheets><definedNames><definedName name="Всё">Заявители!$A$1:$XFD$1048576</definedName></definedNames>',
    );
    expect(readCapped('named.xlsx', await workbookWith({ 'xl/workbook.xml': named }))).toEqual(tooLarge('ranges'));
    const columns = SHEET_START.replace(
      '<sheetData>',
      '<cols><col min="1" max="2000000000" width="9"/></cols><sheetData>',
    );
    expect(
      readCapped(
        'columns.xlsx',
        await workbookWith({ 'xl/worksheets/sheet1.xml': `${columns}</sheetData></worksheet>` }),
      ),
    ).toEqual(tooLarge('ranges'));
  });

  it('a zip bomb just past the inflated bound is refused', async () => {
    const sheet = `${SHEET_START}${' '.repeat(SPREADSHEET_LIMITS.inflatedBytes)}</sheetData></worksheet>`;
    const bytes = await workbookWith({ 'xl/worksheets/sheet1.xml': sheet });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(readCapped('bomb.xlsx', bytes)).toEqual(tooLarge('inflated'));
  });
});
