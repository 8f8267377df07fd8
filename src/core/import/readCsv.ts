import Papa from 'papaparse';
import { PanohError } from '../../shared/errors';
import { SPREADSHEET_LIMITS } from '../../shared/import/importLimits';
import { type CsvDelimiter, type CsvEncoding, csvDelimiters } from '../../shared/import/spreadsheetImport';
import type { Cell, SheetGrid } from './sheetGrid';
import { decodeText, detectEncoding } from './textEncoding';

export interface CsvRead {
  grid: SheetGrid;
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
}

type Newline = '\r\n' | '\n' | '\r';

/**
 * Papaparse's guess over the first lines, blank ones left out (a trailing blank line spoils it):
 * the separator among comma, semicolon and tab (comma if none fits), and the line break.
 */
function sniff(text: string, chosen: CsvDelimiter | undefined): { delimiter: CsvDelimiter; newline: Newline } {
  const sample = Papa.parse<string[]>(text.slice(0, 1024 * 1024), {
    delimiter: chosen ?? '',
    delimitersToGuess: [...csvDelimiters],
    skipEmptyLines: 'greedy',
    preview: 100,
  });
  const guessed = sample.meta.delimiter;
  const delimiter =
    chosen ?? ((csvDelimiters as readonly string[]).includes(guessed) ? (guessed as CsvDelimiter) : ',');
  const linebreak = sample.meta.linebreak;
  const newline: Newline = linebreak === '\r\n' || linebreak === '\r' ? linebreak : '\n';
  return { delimiter, newline };
}

function tooLarge(what: 'rows' | 'columns' | 'cells'): PanohError {
  return new PanohError('IMPORT_TOO_LARGE', { what, max: SPREADSHEET_LIMITS[what] });
}

/**
 * Counts rows, fields per row and filled fields as papaparse will split the text, and stops at the
 * first bound passed, before papaparse builds a single row: 8 MB of commas would otherwise be one
 * row of 8 million fields. A quoted field is taken to end at its first lone quote, where papaparse
 * may read on, so the counts are never below papaparse's.
 */
export function checkCsvBounds(text: string, delimiter: string, newline: Newline): void {
  const { rows: maxRows, columns, cells: maxCells } = SPREADSHEET_LIMITS;
  let rows = 0;
  let fields = 0;
  let cells = 0;
  let cursor = 0;
  let nextDelimiter = text.indexOf(delimiter);
  let nextNewline = text.indexOf(newline);
  const field = (length: number) => {
    fields += 1;
    if (length > 0) cells += 1;
    if (fields > columns) throw tooLarge('columns');
    if (cells > maxCells) throw tooLarge('cells');
  };
  const endRow = () => {
    rows += 1;
    fields = 0;
    // Blank rows count too: each is a row papaparse builds.
    if (rows > maxRows + 100) throw tooLarge('rows');
  };
  while (cursor < text.length) {
    const start = cursor;
    if (text[cursor] === '"') {
      let quote = cursor + 1;
      for (;;) {
        quote = text.indexOf('"', quote);
        if (quote < 0 || text[quote + 1] !== '"') break;
        quote += 2;
      }
      if (quote < 0) break;
      cursor = quote + 1;
    }
    if (nextDelimiter !== -1 && nextDelimiter < cursor) nextDelimiter = text.indexOf(delimiter, cursor);
    if (nextNewline !== -1 && nextNewline < cursor) nextNewline = text.indexOf(newline, cursor);
    if (nextDelimiter !== -1 && (nextNewline === -1 || nextDelimiter < nextNewline)) {
      field(nextDelimiter - start);
      cursor = nextDelimiter + delimiter.length;
    } else if (nextNewline !== -1) {
      field(nextNewline - start);
      endRow();
      cursor = nextNewline + newline.length;
    } else {
      field(text.length - start);
      break;
    }
  }
  if (cursor < text.length || fields > 0) endRow();
}

/** Row by row, so that only the rows themselves are kept; a row's empty fields at its end are dropped. */
function parseRows(text: string, delimiter: CsvDelimiter, newline: Newline): Cell[][] {
  const rows: Cell[][] = [];
  let broken: number | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    // Papaparse's fast mode splits the whole text into lines at once.
    fastMode: false,
    skipEmptyLines: false,
    step(result, parser) {
      if (result.errors.some((error) => error.type === 'Quotes')) {
        broken = rows.length + 1;
        parser.abort();
        return;
      }
      const fields = result.data;
      let end = fields.length;
      while (end > 0 && fields[end - 1] === '') end -= 1;
      rows.push(end === fields.length ? fields : fields.slice(0, end));
    },
  });
  if (broken !== undefined) throw new PanohError('IMPORT_UNREADABLE', { what: 'quote', row: broken });
  return rows;
}

/**
 * A CSV as Excel and office systems write it: the encoding and separator detected unless the
 * lawyer chose them (chardet, then papaparse's guess among comma, semicolon and tab).
 */
export function readCsv(bytes: Uint8Array, chosen: { encoding?: CsvEncoding; delimiter?: CsvDelimiter }): CsvRead {
  const encoding = chosen.encoding ?? detectEncoding(bytes);
  const text = decodeText(bytes, encoding);
  const { delimiter, newline } = sniff(text, chosen.delimiter);
  checkCsvBounds(text, delimiter, newline);
  // Blank lines are kept so that rows are numbered as the spreadsheet numbers them.
  return { grid: { cells: parseRows(text, delimiter, newline), merges: [] }, encoding, delimiter };
}
