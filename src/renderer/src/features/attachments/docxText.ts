import PizZip from 'pizzip';

const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * A Word document's text, paragraph by paragraph, for the in-app preview: read from memory with
 * the browser's own XML parser (the core checked the file when it was stored), never written out.
 */
export function docxText(bytes: Uint8Array): string[] {
  const xml = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  return [...document.getElementsByTagNameNS(WORD, 'p')].map((paragraph) =>
    [...paragraph.getElementsByTagNameNS(WORD, 't')].map((node) => node.textContent ?? '').join(''),
  );
}
