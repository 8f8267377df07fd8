import chardet from 'chardet';
import iconv from 'iconv-lite';
import { PanohError } from '../../shared/errors';
import type { CsvEncoding } from '../../shared/import/spreadsheetImport';

function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bom.every((byte, index) => bytes[index] === byte);
}

/** UTF-16 without a byte-order mark shows as a zero byte beside nearly every Latin letter and digit. */
function utf16Without(bytes: Uint8Array): CsvEncoding | undefined {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) evenZeros += 1;
    else oddZeros += 1;
  });
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'utf-16be';
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding of a CSV: a byte-order mark if there is one, then valid UTF-8, then what chardet
 * judges among the Cyrillic single-byte encodings Russian-locale Excel and old systems write.
 */
export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  if (hasBom(bytes, 0xef, 0xbb, 0xbf)) return 'utf-8';
  if (hasBom(bytes, 0xff, 0xfe)) return 'utf-16le';
  if (hasBom(bytes, 0xfe, 0xff)) return 'utf-16be';
  const wide = utf16Without(bytes);
  if (wide) return wide;
  if (isUtf8(bytes)) return 'utf-8';
  const guesses = chardet.analyse(bytes).map((match) => match.name.toLowerCase());
  const cyrillic = guesses.find((name) => name === 'windows-1251' || name === 'koi8-r');
  return (cyrillic as CsvEncoding | undefined) ?? 'windows-1251';
}

/** Control characters other than tab and line breaks, and U+FFFD (a byte the encoding does not define). */
const CONTROL = /(?![\t\n\r])[\p{Cc}\ufffd]/u;

/**
 * The text, or IMPORT_ENCODING when the bytes are not text in that encoding (a wrong choice, or
 * not a text file at all). Single-byte encodings decode anything, so control characters and
 * undefined bytes are what gives a wrong one away.
 */
export function decodeText(bytes: Uint8Array, encoding: CsvEncoding): string {
  let text: string;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new PanohError('IMPORT_ENCODING', { encoding });
    }
  } else {
    if (encoding.startsWith('utf-16') && bytes.length % 2 !== 0) throw new PanohError('IMPORT_ENCODING', { encoding });
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  }
  if (text.startsWith('\ufeff')) text = text.slice(1);
  if (CONTROL.test(text)) throw new PanohError('IMPORT_ENCODING', { encoding });
  return text;
}
