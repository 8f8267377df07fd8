import { inflateRawSync } from 'node:zlib';
import type { Element } from '@xmldom/xmldom';
import PizZip from 'pizzip';
import { PanohError } from '../../shared/errors';
import { elementsInOrder, parseXml, W } from './docxXml';

/**
 * Opening a Word file that came from outside (a template a colleague made, a document attached to
 * a file): it is hostile until checked. A .docx is a zip, so the checks are a zip's: a bounded
 * number of entries, bounded sizes as declared, and the same bounds again while inflating, because
 * a declared size can lie (a "zip bomb" of a few kilobytes can inflate to gigabytes). Only then is
 * it a Word document: its package names a Word main part, it has no macros, and that part parses.
 */

const MAX_ENTRIES = 1_000;
/** What a .docx may inflate to: generous for a letter with a letterhead image, far from a bomb. */
export const DOCX_MAX_INFLATED_BYTES = 64 * 1024 * 1024;
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const MACRO_CONTENT = /macroEnabled/i;
const STORED = '\u0000\u0000';
const DEFLATED = '\u0008\u0000';

/** The parts of PizZip's entry this check reads (not in its type definitions; pinned version). */
interface CompressedEntry {
  compressedSize: number;
  uncompressedSize: number;
  compressionMethod: string;
  getCompressedContent(): Uint8Array | string;
}

function isCompressedEntry(value: unknown): value is CompressedEntry {
  const entry = value as Partial<CompressedEntry> | null;
  return (
    typeof entry?.compressedSize === 'number' &&
    typeof entry.uncompressedSize === 'number' &&
    typeof entry.compressionMethod === 'string' &&
    typeof entry.getCompressedContent === 'function'
  );
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

const notWord = () => new PanohError('DOCX_INVALID');
const tooLarge = () => new PanohError('DOCX_TOO_LARGE', { maxMegabytes: DOCX_MAX_INFLATED_BYTES / 1024 / 1024 });

/** Inflates one entry within its declared size, so the real size is known, not believed. */
function checkEntry(entry: CompressedEntry): number {
  const declared = entry.uncompressedSize;
  if (declared < 0 || declared > DOCX_MAX_INFLATED_BYTES) throw tooLarge();
  const raw = entry.getCompressedContent();
  const compressed = typeof raw === 'string' ? Buffer.from(raw, 'latin1') : Buffer.from(raw);
  if (entry.compressionMethod === STORED) {
    if (compressed.length !== declared) throw notWord();
    return declared;
  }
  if (entry.compressionMethod !== DEFLATED) throw notWord();
  let inflated: Buffer;
  try {
    // One byte over the declared size is enough to know that it lied.
    inflated = inflateRawSync(compressed, { maxOutputLength: Math.max(1, declared + 1) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw notWord();
  }
  if (inflated.length !== declared) throw notWord();
  return declared;
}

/**
 * Opens a .docx within the bounds above, or refuses it: DOCX_INVALID (not a zip, no Word main
 * part, a part that does not parse), DOCX_MACROS (a macro-enabled document: Panoh never carries
 * code), DOCX_TOO_LARGE.
 */
export function openDocx(bytes: Uint8Array): PizZip {
  if (!looksLikeZip(bytes)) throw notWord();
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw notWord();
  }
  const entries = Object.values(zip.files);
  if (entries.length > MAX_ENTRIES) throw tooLarge();
  let total = 0;
  for (const file of entries) {
    if (file.dir) continue;
    if (/vba[^/]*\.bin$/i.test(file.name)) throw new PanohError('DOCX_MACROS');
    const data: unknown = (file as unknown as { _data: unknown })._data;
    if (!isCompressedEntry(data)) throw notWord();
    total += checkEntry(data);
    if (total > DOCX_MAX_INFLATED_BYTES) throw tooLarge();
  }
  const types = zip.file('[Content_Types].xml')?.asText();
  const main = zip.file('word/document.xml');
  if (!types || !main) throw notWord();
  if (MACRO_CONTENT.test(types)) throw new PanohError('DOCX_MACROS');
  if (!types.includes(WORD_MAIN)) throw notWord();
  parseXml(types);
  parseXml(main.asText());
  return zip;
}

/**
 * The document's text, paragraph by paragraph (tabs and line breaks kept): what the in-app preview
 * shows and what the tests read, through the same parser as every other check.
 */
export function docxParagraphs(zip: PizZip): string[] {
  const root = parseXml(zip.file('word/document.xml')?.asText() ?? '').documentElement as Element;
  const paragraphs: string[] = [];
  for (const element of elementsInOrder(root)) {
    if (element.namespaceURI === W && element.localName === 'p') paragraphs.push(paragraphText(element));
  }
  return paragraphs;
}

/** A paragraph's own text: its runs, not the paragraphs of a text box inside it. */
function paragraphText(paragraph: Element): string {
  let text = '';
  for (const element of elementsInOrder(paragraph)) {
    if (element.namespaceURI !== W) continue;
    if (element.localName === 't' && nearestParagraph(element) === paragraph) text += element.textContent ?? '';
    else if (element.localName === 'tab' && nearestParagraph(element) === paragraph) text += '\t';
    else if (element.localName === 'br' && nearestParagraph(element) === paragraph) text += '\n';
  }
  return text;
}

function nearestParagraph(element: Element): Element | undefined {
  for (let parent = element.parentNode; parent; parent = parent.parentNode) {
    const candidate = parent as Element;
    if (candidate.namespaceURI === W && candidate.localName === 'p') return candidate;
  }
  return undefined;
}
