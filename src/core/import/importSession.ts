import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { PanohError } from '../../shared/errors';
import { SPREADSHEET_LIMITS } from '../../shared/import/importLimits';
import type { OpenedFile, ReadOptions, SpreadsheetInfo } from '../../shared/import/spreadsheetImport';
import { classifyStorageError } from '../fs/fsErrors';
import { cellText } from './cellValues';
import { proposeMapping } from './proposeMapping';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';
import { columnLetter, type SheetTable, tableFromGrid } from './sheetGrid';
import type { Checked, RememberCheck } from './spreadsheetImport';

export type FileFormat = 'json' | 'xlsx' | 'csv';

/** A file read for import: its bytes stay in the core's memory only, never in a temporary file. */
export interface HeldFile {
  token: string;
  fileName: string;
  format: FileFormat;
  bytes: Uint8Array;
}

export interface ReadTable {
  table: SheetTable;
  info: Omit<SpreadsheetInfo, 'columns' | 'rows' | 'proposed' | 'headerRows'>;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** By content first (an .xlsx is a zip whatever its name), then by the extension. */
export function formatOf(fileName: string, bytes: Uint8Array): FileFormat {
  const extension = extname(fileName).toLowerCase();
  const zip = ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
  if (extension === '.xlsx' || extension === '.xlsm') {
    if (!zip) throw new PanohError('IMPORT_UNREADABLE', {});
    return 'xlsx';
  }
  if (zip) throw new PanohError('IMPORT_UNREADABLE', {});
  if (extension === '.json') return 'json';
  if (extension === '.csv' || extension === '.txt' || extension === '.tsv') return 'csv';
  throw new PanohError('IMPORT_UNREADABLE', {});
}

const tooLargeFile = () =>
  new PanohError('IMPORT_TOO_LARGE', { what: 'file', max: SPREADSHEET_LIMITS.fileBytes / 1024 / 1024 });

/**
 * Reads until the end, never more than the bound plus the one byte that tells it is over: a file
 * can grow while it is read, and /dev/zero says it is empty.
 */
function readAtMost(fd: number, expected: number): Uint8Array {
  const limit = SPREADSHEET_LIMITS.fileBytes;
  let buffer = Buffer.alloc(Math.min(expected, limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) throw tooLargeFile();
      const grown = Buffer.alloc(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(grown);
      buffer = grown;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) return buffer.subarray(0, length);
    length += read;
  }
}

/** The file's bytes, from one open descriptor that must be a regular file (a FIFO would hang the core). */
export function readBoundedFile(path: string): Uint8Array {
  let fd: number | undefined;
  try {
    // Non-blocking, so that opening a FIFO with no writer returns at once and fstat refuses it.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new PanohError('IMPORT_UNREADABLE', {});
    if (stat.size > SPREADSHEET_LIMITS.fileBytes) throw tooLargeFile();
    return readAtMost(fd, stat.size);
  } catch (error) {
    if (error instanceof PanohError) throw error;
    if ((error as { code?: unknown } | null)?.code === 'EISDIR') throw new PanohError('IMPORT_UNREADABLE', {});
    throw classifyStorageError(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The one file being imported. Opening another replaces it; locking the vault ends the core
 * process, and with it the bytes. Reading a sheet is cached per read options, since the lawyer
 * previews many mappings of one reading.
 */
export class ImportFiles {
  private held: HeldFile | undefined;
  private cached: { key: string; read: ReadTable } | undefined;
  private checked: { key: string; checked: Checked } | undefined;

  open(path: string, newToken: () => string = () => randomBytes(16).toString('hex')): HeldFile {
    const bytes = readBoundedFile(path);
    const fileName = basename(path);
    this.forget();
    this.held = { token: newToken(), fileName, format: formatOf(fileName, bytes), bytes };
    return this.held;
  }

  /** For in-process callers (the CLI) that already hold the bytes. */
  hold(fileName: string, bytes: Uint8Array): HeldFile {
    if (bytes.length > SPREADSHEET_LIMITS.fileBytes) throw tooLargeFile();
    this.forget();
    this.held = { token: randomBytes(16).toString('hex'), fileName, format: formatOf(fileName, bytes), bytes };
    return this.held;
  }

  get(token: string): HeldFile {
    if (!this.held || this.held.token !== token) throw new PanohError('IMPORT_EXPIRED');
    return this.held;
  }

  forget(): void {
    this.held = undefined;
    this.cached = undefined;
    this.checked = undefined;
  }

  /** The last check of this file as read so, kept for the import that follows the dry run. */
  rememberCheck(token: string, options: ReadOptions): RememberCheck {
    const reading = JSON.stringify([token, options.sheet, options.encoding, options.delimiter]);
    return (key, compute) => {
      const full = `${reading}:${key}`;
      if (this.checked?.key === full) return this.checked.checked;
      const checked = compute();
      this.checked = { key: full, checked };
      return checked;
    };
  }

  async table(token: string, options: ReadOptions): Promise<ReadTable> {
    const file = this.get(token);
    if (file.format === 'json') throw new PanohError('IMPORT_UNREADABLE', {});
    const key = JSON.stringify([token, options.sheet, options.encoding, options.delimiter]);
    if (this.cached?.key === key) return this.cached.read;
    const read = await readTable(file, options);
    this.cached = { key, read };
    return read;
  }
}

async function readTable(file: HeldFile, options: ReadOptions): Promise<ReadTable> {
  if (file.format === 'xlsx') {
    const { grid, sheets, sheet } = await readXlsx(file.bytes, options.sheet);
    return { table: tableFromGrid(grid), info: { format: 'xlsx', sheets, sheet } };
  }
  const { grid, encoding, delimiter } = readCsv(file.bytes, options);
  return { table: tableFromGrid(grid), info: { format: 'csv', sheets: [], encoding, delimiter } };
}

/** What the mapping screen needs: the columns with a few sample cells, and the proposed mapping. */
export function describeTable({ table, info }: ReadTable): SpreadsheetInfo {
  const columns = table.headers.flatMap((header, index) =>
    header === ''
      ? []
      : [
          {
            index,
            letter: columnLetter(index),
            header,
            samples: table.rows
              .map((row) => cellText(row.cells[index]))
              .filter(Boolean)
              .slice(0, 3)
              .map((sample) => sample.slice(0, 80)),
          },
        ],
  );
  return {
    ...info,
    headerRows: table.headerRows,
    columns,
    rows: table.rows.length,
    proposed: proposeMapping(table.headers),
  };
}

export async function openedFile(files: ImportFiles, file: HeldFile): Promise<OpenedFile> {
  if (file.format === 'json') return { format: 'json', token: file.token, fileName: file.fileName };
  return { ...describeTable(await files.table(file.token, {})), token: file.token, fileName: file.fileName };
}
