import PizZip from 'pizzip';
import { writeDocx } from '../../../scripts/templates/docxWriter';

/** A real .docx with one paragraph per line, placeholders and all (what a lawyer makes in Word). */
export function docxWithLines(lines: readonly string[], language: 'ru' | 'kk' | 'en' = 'ru'): Buffer {
  return writeDocx({ title: 'test', language, blocks: lines.map((text) => ({ kind: 'line', text })) });
}

/** The same, with its main part replaced or other parts added: for damaged and hostile files. */
export function docxWithParts(parts: Record<string, string | Buffer>, base = docxWithLines(['x'])): Buffer {
  const zip = new PizZip(base);
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer;
}

export const toBase64 = (bytes: Buffer) => bytes.toString('base64');
