import PizZip from 'pizzip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addOfficeTemplate } from '../testing/addOfficeTemplate';
import { type HostileParts, hostileDocx, paragraph, refusalOf, storedCounts, W_NS } from '../testing/hostileDocx';
import { openTestWorkspace } from '../testing/openWorkspace';
import { openDocx } from './docxFile';
import { render } from './templateEngine';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => {
  env = await openTestWorkspace();
});
afterEach(() => env.close());

const add = (bytes: Buffer) => addOfficeTemplate(env.workspace, bytes);

function expectHidden(spec: HostileParts) {
  const before = storedCounts(env.workspace.db);
  expect(refusalOf(() => add(hostileDocx(spec))).code).toBe('TEMPLATE_HIDDEN_FIELD');
  expect(storedCounts(env.workspace.db)).toEqual(before);
}

const visible = paragraph('{applicant.fullName}');
const CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>letter</dc:title><dc:description>{applicant.address} {applicant.phone}{#events}{details}{/events}</dc:description></cp:coreProperties>`;

describe('a template puts client data only where the reader sees it', () => {
  it('refuses placeholders in the document properties', () => {
    expectHidden({ body: visible, parts: { 'docProps/core.xml': { content: CORE } } });
  });

  it('refuses placeholders in a comment and in custom XML', () => {
    const comments = `<w:comments xmlns:w="${W_NS}"><w:comment w:id="0"><w:p><w:r><w:t>{applicant.address}</w:t></w:r></w:p></w:comment></w:comments>`;
    expectHidden({ body: visible, parts: { 'word/comments.xml': { content: comments, type: 'comments+xml' } } });
    expectHidden({ body: visible, parts: { 'customXml/item1.xml': { content: '<x>{applicant.phone}</x>' } } });
  });

  it('refuses a placeholder in text formatted hidden (vanish, specVanish, webHidden)', () => {
    for (const property of ['<w:vanish/>', '<w:specVanish/>', '<w:webHidden/>']) {
      expectHidden({ body: `${visible}${paragraph('{applicant.address}', property)}` });
    }
  });

  it('refuses a placeholder hidden by its style, or split across a hidden run', () => {
    const styles = `<w:styles xmlns:w="${W_NS}"><w:style w:type="character" w:styleId="Quiet"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`;
    expectHidden({
      body: `${visible}${paragraph('{applicant.phone}', '<w:rStyle w:val="Quiet"/>')}`,
      parts: { 'word/styles.xml': { content: styles, type: 'styles+xml' } },
    });
    const split = `<w:p><w:r><w:t>{applicant.</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>address}</w:t></w:r></w:p>`;
    expectHidden({ body: `${visible}${split}` });
  });

  it('accepts hidden text without a placeholder, and a visible one switched back on', () => {
    const fine = `${visible}${paragraph('служебная пометка', '<w:vanish/>')}${paragraph('{applicant.birthDate}', '<w:vanish w:val="0"/>')}`;
    expect(add(hostileDocx({ body: fine }))).toMatch(/.+/);
  });

  it('fills the body, headers and footers, and never the properties, even unchecked', () => {
    const header = `<w:hdr xmlns:w="${W_NS}">${paragraph('{applicant.fullName}')}</w:hdr>`;
    const bytes = hostileDocx({
      body: visible,
      parts: { 'docProps/core.xml': { content: CORE }, 'word/header1.xml': { content: header, type: 'header+xml' } },
    });
    const data = { applicant: { fullName: 'Назаров Шерали', address: 'Алматы, ул. Тайная 5', phone: '+7 700' } };
    const out = new PizZip(render(openDocx(bytes), data).bytes);
    expect(out.file('word/document.xml')?.asText()).toContain('Назаров Шерали');
    expect(out.file('word/header1.xml')?.asText()).toContain('Назаров Шерали');
    expect(out.file('docProps/core.xml')?.asText()).not.toContain('Тайная');
  });
});
