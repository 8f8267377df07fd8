import PizZip from 'pizzip';

/**
 * Writes the shipped templates as real Word files from a short description, so their wording is
 * reviewed as text in git and the .docx files are made, not hand-edited. The result is plain
 * WordprocessingML (a document part, styles, the package's content types and relations), which
 * Word and LibreOffice open; A4 with the margins Kazakh filings use, Times New Roman 14.
 */
export type Block =
  /** The heading block at the top right: to whom, from whom. One paragraph per line. */
  | { kind: 'right'; lines: readonly string[] }
  | { kind: 'title'; lines: readonly string[] }
  /** A body paragraph, justified with a first-line indent. `**bold**` marks bold runs. */
  | { kind: 'p'; text: string }
  /** A paragraph with no indent (lists, attachments, loops' own tags). */
  | { kind: 'line'; text: string }
  | { kind: 'heading'; text: string }
  /** The place, date and signature lines at the end. */
  | { kind: 'sign'; lines: readonly string[] };

export interface DocumentSource {
  title: string;
  language: 'ru' | 'kk' | 'en';
  blocks: readonly Block[];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** A fixed date for every zip entry, so the same source always makes the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function runs(text: string, bold = false): string {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter((part) => part.length > 0)
    .map((part) => {
      const strong = bold || part.startsWith('**');
      const body = part.startsWith('**') ? part.slice(2, -2) : part;
      return `<w:r>${strong ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(body)}</w:t></w:r>`;
    })
    .join('');
}

type Align = 'left' | 'right' | 'center' | 'both';

interface ParagraphOptions {
  align?: Align;
  /** First-line indent of a body paragraph. */
  indent?: boolean;
  /** The right-hand column of the heading block. */
  column?: boolean;
  bold?: boolean;
  after?: number;
}

function paragraph(text: string, options: ParagraphOptions = {}) {
  // In the order the schema requires (spacing, ind, jc): Word refuses other orders.
  const props = [
    `<w:spacing w:after="${options.after ?? 120}" w:line="276" w:lineRule="auto"/>`,
    options.indent ? '<w:ind w:firstLine="709"/>' : options.column ? '<w:ind w:left="4536"/>' : '',
    options.align ? `<w:jc w:val="${options.align}"/>` : '',
  ].join('');
  return `<w:p><w:pPr>${props}</w:pPr>${runs(text, options.bold)}</w:p>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'right':
      return (
        b.lines.map((line) => paragraph(line, { column: true, after: 0 })).join('') + paragraph('', { after: 240 })
      );
    case 'title':
      return b.lines
        .map((line, i) =>
          paragraph(line, { align: 'center', bold: i === 0, after: i === b.lines.length - 1 ? 240 : 0 }),
        )
        .join('');
    case 'heading':
      return paragraph(b.text, { align: 'center', bold: true });
    case 'p':
      return paragraph(b.text, { align: 'both', indent: true });
    case 'line':
      return paragraph(b.text, { align: 'both' });
    case 'sign':
      return b.lines.map((line) => paragraph(line, { after: 0 })).join('');
  }
}

function documentXml(source: DocumentSource): string {
  const body = source.blocks.map(block).join('');
  const section =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}${section}</w:body></w:document>`;
}

const LANGUAGE_TAG = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' } as const;

function stylesXml(language: DocumentSource['language']): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}"><w:docDefaults>` +
    '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>' +
    `<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="${LANGUAGE_TAG[language]}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style></w:styles>'
  );
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '</Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '</Relationships>';

const DOCUMENT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

/** No author, no dates: a template's properties carry nothing about who made it or for whom. */
function coreXml(source: DocumentSource): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${escapeXml(source.title)}</dc:title><dc:language>${LANGUAGE_TAG[source.language]}</dc:language></cp:coreProperties>`
  );
}

export function writeDocx(source: DocumentSource): Buffer {
  const zip = new PizZip();
  const options = { date: FIXED_DATE, createFolders: false };
  zip.file('[Content_Types].xml', CONTENT_TYPES, options);
  zip.file('_rels/.rels', ROOT_RELS, options);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS, options);
  zip.file('word/document.xml', documentXml(source), options);
  zip.file('word/styles.xml', stylesXml(source.language), options);
  zip.file('docProps/core.xml', coreXml(source), options);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer;
}
