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

/**
 * A CSV as Excel and office systems write it: the encoding and separator detected unless the
 * lawyer chose them (chardet, then papaparse's guess among comma, semicolon and tab).
 */
export function readCsv(bytes: Uint8Array, chosen: { encoding?: CsvEncoding; delimiter?: CsvDelimiter }): CsvRead {
  const encoding = chosen.encoding ?? detectEncoding(bytes);
  const text = decodeText(bytes, encoding);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: chosen.delimiter ?? '',
    delimitersToGuess: [...csvDelimiters],
    skipEmptyLines: false,
  });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) throw new PanohError('IMPORT_UNREADABLE', { row: (broken.row ?? 0) + 1 });
  const guessed = parsed.meta.delimiter as CsvDelimiter;
  const delimiter = chosen.delimiter ?? ((csvDelimiters as readonly string[]).includes(guessed) ? guessed : ',');
  return { grid: { cells: parsed.data, merges: [] }, encoding, delimiter };
}
