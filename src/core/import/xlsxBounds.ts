import JSZip from 'jszip';
import { PanohError } from '../../shared/errors';
import { SPREADSHEET_LIMITS } from '../../shared/import/importLimits';

const MAX_ZIP_ENTRIES = 10_000;
/** Excel's last column (XFD) and row. */
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

export type XlsxBound = 'inflated' | 'rows' | 'cells' | 'ranges' | 'merges';

function tooLarge(what: XlsxBound, max?: number): PanohError {
  return new PanohError('IMPORT_TOO_LARGE', max === undefined ? { what } : { what, max });
}

/** What the workbook asks of the reader, counted from its XML before the reader builds its model. */
interface Tally {
  bytes: number;
  rows: number;
  cells: number;
  rangeCells: number;
  merges: number;
}

// Tags never hold a '<' (the XML escapes it in values), so a chunk's text is read up to its last
// unfinished tag, which waits for the '>' that ends it.
const ROW = /<(?:[\w-]+:)?row[\s/>]/g;
const CELL = /<(?:[\w-]+:)?c[\s/>]/g;
const SHARED_STRING = /<(?:[\w-]+:)?si[\s/>]/g;
const MERGE = /<(?:[\w-]+:)?mergeCell\s[^>]*?\bref\s*=\s*["']([^"']*)["']/g;
const VALIDATION = /<(?:[\w-]+:)?dataValidation\s[^>]*?\bsqref\s*=\s*["']([^"']*)["']/g;
const COLUMN_MAX = /<(?:[\w-]+:)?col\s[^>]*?\bmax\s*=\s*["']\s*(\d+)/g;
const DEFINED_NAME = /<(?:[\w-]+:)?definedName[\s>][^>]*>([^<]*)/g;

function count(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n += 1;
  return n;
}

function letters(column: string): number {
  return [...column.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Cells a reference covers: "B3", "A1:K1", "$A$2:$C$9" or several ("A1:A5 C1:C5"); out-of-sheet ones are refused. */
function areaOf(reference: string): number {
  let total = 0;
  for (const match of reference.matchAll(/\$?([A-Za-z]{1,4})\$?(\d{1,8})(?::\$?([A-Za-z]{1,4})\$?(\d{1,8}))?/g)) {
    const [, c1 = 'A', r1 = '1', c2 = c1, r2 = r1] = match;
    const [left, right, top, bottom] = [letters(c1), letters(c2), Number(r1), Number(r2)];
    if (Math.max(left, right) > MAX_COLUMN || Math.max(top, bottom) > MAX_ROW) throw tooLarge('ranges');
    total += (Math.abs(right - left) + 1) * (Math.abs(bottom - top) + 1);
  }
  return total;
}

function sumAreas(text: string, pattern: RegExp): number {
  let total = 0;
  for (const match of text.matchAll(pattern)) total += areaOf(match[1] ?? '');
  return total;
}

/** As exceljs tells the parts apart: a leading '/' dropped, sheets matched anywhere in the name. */
const partName = (name: string) => (name.startsWith('/') ? name.slice(1) : name);
const isSheet = (name: string) => /xl\/worksheets\/sheet\d+[.]xml/.test(name);

/** Counts one chunk of complete tags against the bounds; throws at the first one passed. */
function tallyText(part: string, text: string, tally: Tally, sheetRows: { n: number }): void {
  const limits = SPREADSHEET_LIMITS;
  if (isSheet(part)) {
    const rows = count(text, ROW);
    sheetRows.n += rows;
    tally.rows += rows;
    tally.cells += count(text, CELL);
    tally.merges += count(text, MERGE);
    tally.rangeCells += sumAreas(text, MERGE) + sumAreas(text, VALIDATION);
    for (const match of text.matchAll(COLUMN_MAX)) if (Number(match[1]) > MAX_COLUMN) throw tooLarge('ranges');
  } else if (partName(part) === 'xl/sharedStrings.xml') {
    // Each shared string is a string held in memory, whether a cell uses it or not.
    tally.cells += count(text, SHARED_STRING);
  } else if (partName(part) === 'xl/workbook.xml') {
    tally.rangeCells += sumAreas(text, DEFINED_NAME);
  }
  if (sheetRows.n > limits.rows + 100) throw tooLarge('rows', limits.rows);
  if (tally.rows > limits.cells || tally.cells > limits.cells) throw tooLarge('cells', limits.cells);
  if (tally.merges > limits.merges) throw tooLarge('merges', limits.merges);
  if (tally.rangeCells > limits.rangeCells) throw tooLarge('ranges');
}

function tallyPart(entry: JSZip.JSZipObject, tally: Tally, maxBytes: number): Promise<void> {
  const sheetRows = { n: 0 };
  // The workbook part is read whole (a named range is the text after its tag); it is small, and bounded.
  const whole = partName(entry.name) === 'xl/workbook.xml';
  let unfinished: string[] = [];
  const take = (chunk: string) => {
    if (whole || (unfinished.length > 0 && !chunk.includes('>'))) {
      unfinished.push(chunk);
      return;
    }
    const text = unfinished.join('') + chunk;
    const cut = text.lastIndexOf('<');
    if (cut < 0 || text.includes('>', cut)) {
      unfinished = [];
      tallyText(entry.name, text, tally, sheetRows);
    } else {
      unfinished = [text.slice(cut)];
      tallyText(entry.name, text.slice(0, cut), tally, sheetRows);
    }
  };
  return new Promise<void>((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    const fail = (error: unknown) => {
      stream.removeAllListeners('data');
      stream.removeAllListeners('end');
      (stream as unknown as { destroy?: () => void }).destroy?.();
      reject(error);
    };
    stream.on('data', (chunk: Buffer) => {
      tally.bytes += chunk.length;
      if (tally.bytes > maxBytes) return fail(tooLarge('inflated'));
      try {
        // Tags and their attributes are ASCII: latin1 keeps one character per byte, at no decoding cost.
        take(chunk.toString('latin1'));
      } catch (error) {
        fail(error);
      }
    });
    stream.on('end', () => {
      try {
        tallyText(entry.name, unfinished.join(''), tally, sheetRows);
        resolve();
      } catch (error) {
        reject(error);
      }
    });
    stream.on('error', () => reject(new PanohError('IMPORT_UNREADABLE', {})));
  });
}

/**
 * Inflates every part once, counting, and stops at the first bound passed: the sizes a zip declares
 * are the zip's own word, and a zip bomb lies about them. The sheets' rows and cells, the shared
 * strings and the ranges the reader would expand cell by cell are counted too, so that exceljs,
 * which builds a model of every sheet at once, only ever reads a workbook whose model is bounded.
 */
export async function checkWorkbookBounds(
  bytes: Uint8Array,
  maxBytes: number = SPREADSHEET_LIMITS.inflatedBytes,
): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new PanohError('IMPORT_UNREADABLE', {});
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > MAX_ZIP_ENTRIES) throw tooLarge('inflated');
  const tally: Tally = { bytes: 0, rows: 0, cells: 0, rangeCells: 0, merges: 0 };
  for (const entry of entries) await tallyPart(entry, tally, maxBytes);
}
