import PizZip from 'pizzip';
import { type ErrorCode, PanohError } from '../../shared/errors';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { docxWithLines } from './docxFixtures';

/**
 * Hostile Word files for tests, written the way Word writes the parts they abuse: a body of our
 * own XML, extra parts with their content types, extra relationships of the main part.
 */

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORDML = 'application/vnd.openxmlformats-officedocument.wordprocessingml.';

/** A `word/document.xml` whose body is the given XML (`w:` and `r:` prefixes declared). */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:body>${body}</w:body></w:document>`;
}

/** One paragraph of one run of text. */
export const paragraph = (text: string, runProperties = '') =>
  `<w:p><w:r>${runProperties ? `<w:rPr>${runProperties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export interface HostileParts {
  /** The body of the main part, replacing the base document's. */
  body?: string;
  /** Other parts by name, each with its content type (undefined: no override). */
  parts?: Record<string, { content: string | Buffer; type?: string }>;
  /** Relationships of the main part, besides its styles: `Type` (short or full), `Target`, `TargetMode`. */
  relationships?: { type: string; target: string; external?: boolean }[];
  /** Relationships of another part, written as that part's .rels file. */
  partRelationships?: Record<string, { type: string; target: string; external?: boolean }[]>;
}

function relsXml(list: readonly { type: string; target: string; external?: boolean }[], first = 1): string {
  const items = list.map(
    (rel, index) =>
      `<Relationship Id="rId${first + index}" Type="${rel.type.includes('/') ? rel.type : `${REL_TYPE}/${rel.type}`}" Target="${rel.target}"${rel.external ? ' TargetMode="External"' : ''}/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

export function hostileDocx(spec: HostileParts): Buffer {
  const zip = new PizZip(docxWithLines(['x']));
  if (spec.body !== undefined) zip.file('word/document.xml', documentXml(spec.body));
  let types = zip.file('[Content_Types].xml')?.asText() ?? '';
  for (const [name, part] of Object.entries(spec.parts ?? {})) {
    zip.file(name, part.content);
    if (part.type) {
      const type = part.type.includes('/') ? part.type : `${WORDML}${part.type}`;
      types = types.replace('</Types>', `<Override PartName="/${name}" ContentType="${type}"/></Types>`);
    }
  }
  zip.file('[Content_Types].xml', types);
  if (spec.relationships) {
    zip.file(
      'word/_rels/document.xml.rels',
      relsXml([{ type: 'styles', target: 'styles.xml' }, ...spec.relationships]),
    );
  }
  for (const [name, list] of Object.entries(spec.partRelationships ?? {})) zip.file(name, relsXml(list));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer;
}

/** The PanohError a call throws (failing the test when it throws nothing or something else). */
export function refusalOf(run: () => unknown): { code: ErrorCode; params: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    if (error instanceof PanohError) return { code: error.code, params: error.params ?? {} };
    throw error;
  }
  throw new Error('expected a refusal');
}

/** What a refused template must not have changed: templates, blobs, the change log. */
export function storedCounts(db: Db) {
  const count = (sql: string) => (prepared(db, sql).get() as { n: number }).n;
  return {
    templates: count('SELECT count(*) AS n FROM office_templates'),
    blobs: count('SELECT count(*) AS n FROM blobs'),
    changes: count('SELECT count(*) AS n FROM changes'),
  };
}
