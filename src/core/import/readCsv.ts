import Papa from 'papaparse';
import { PanohError } from '../../shared/errors';
import { type CsvDelimiter, type CsvEncoding, csvDelimiters } from '../../shared/import/spreadsheetImport';
import type { SheetGrid } from './sheetGrid';
import { decodeText, detectEncoding } from './textEncoding';

export interface CsvRead {
  grid: SheetGrid;
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
}

/** Papaparse's guess over the first lines, blank ones left out (a trailing blank line spoils it); comma if none fits. */
function guessDelimiter(text: string): CsvDelimiter {
  const sample = Papa.parse<string[]>(text, {
    delimiter: '',
    delimitersToGuess: [...csvDelimiters],
    skipEmptyLines: 'greedy',
    preview: 100,
  });
  const guessed = sample.meta.delimiter;
  return (csvDelimiters as readonly string[]).includes(guessed) ? (guessed as CsvDelimiter) : ',';
}

/**
 * A CSV as Excel and office systems write it: the encoding and separator detected unless the
 * lawyer chose them (chardet, then papaparse's guess among comma, semicolon and tab).
 */
export function readCsv(bytes: Uint8Array, chosen: { encoding?: CsvEncoding; delimiter?: CsvDelimiter }): CsvRead {
  const encoding = chosen.encoding ?? detectEncoding(bytes);
  const text = decodeText(bytes, encoding);
  const delimiter = chosen.delimiter ?? guessDelimiter(text);
  // Blank lines are kept so that rows are numbered as the spreadsheet numbers them.
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) throw new PanohError('IMPORT_UNREADABLE', { row: (broken.row ?? 0) + 1 });
  return { grid: { cells: parsed.data, merges: [] }, encoding, delimiter };
}
