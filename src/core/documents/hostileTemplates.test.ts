import fc from 'fast-check';
import PizZip from 'pizzip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanohError } from '../../shared/errors';
import { type MessageParams, translate } from '../../shared/i18n';
import { addOfficeTemplate } from '../testing/addOfficeTemplate';
import { docxWithLines, docxWithParts, toBase64 } from '../testing/docxFixtures';
import { refusalOf, storedCounts } from '../testing/hostileDocx';
import { openTestWorkspace } from '../testing/openWorkspace';
import { prepared } from '../vault/prepared';
import { officeTemplates } from './documentService';
import { openDocx } from './docxFile';
import { inspectTemplate, render } from './templateEngine';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => {
  env = await openTestWorkspace();
});
afterEach(() => env.close());

const refusal = refusalOf;
const stored = () => storedCounts(env.workspace.db);

const add = (bytes: Buffer) => addOfficeTemplate(env.workspace, bytes);

/** A zip whose one entry claims a small size and inflates to far more: a "zip bomb". */
function lyingZip(): Buffer {
  const base = new PizZip(docxWithLines(['x']));
  const bomb = Buffer.alloc(80 * 1024 * 1024, 0x41);
  base.file('word/media/bomb.bin', bomb, { compression: 'DEFLATE' });
  return base.generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer;
}

describe('a template is untrusted until checked', () => {
  it('names an unknown placeholder and the nearest known name, and stores nothing', () => {
    const before = stored();
    const bytes = docxWithLines(['В интересах {applicant.fullNameGenitiv}', '{refusal.decidedOnLong}']);
    expect(inspectTemplate(openDocx(bytes)).unknown).toEqual([
      { tag: 'applicant.fullNameGenitiv', suggestion: 'applicant.fullNameGenitive' },
    ]);
    const { code, params } = refusal(() => add(bytes));
    expect(code).toBe('TEMPLATE_UNKNOWN_TAG');
    expect(params).toMatchObject({ tag: 'applicant.fullNameGenitiv', suggestion: 'applicant.fullNameGenitive' });
    expect(stored()).toEqual(before);
  });

  it('resolves names inside loops and groups in their own scope', () => {
    const fine = docxWithLines(['{#events}{dateLong}: {title}{/events}', '{#refusal}{decidedOn}{/refusal}']);
    expect(inspectTemplate(openDocx(fine)).unknown).toEqual([]);
    // An event's field outside its loop is not a top-level name.
    const outside = inspectTemplate(openDocx(docxWithLines(['{title}'])));
    expect(outside.unknown.map((u) => u.tag)).toEqual(['title']);
    // A group is not text: `{applicant}` would print nothing useful.
    expect(inspectTemplate(openDocx(docxWithLines(['{applicant}']))).unknown[0]?.tag).toBe('applicant');
  });

  it('refuses an unbalanced loop and an unclosed tag, naming the problem', () => {
    const before = stored();
    expect(refusal(() => add(docxWithLines(['{#events}{dateLong}'])))).toMatchObject({
      code: 'TEMPLATE_UNBALANCED_LOOP',
    });
    expect(refusal(() => add(docxWithLines(['{#events}{dateLong}{/incidents}'])))).toMatchObject({
      code: 'TEMPLATE_UNBALANCED_LOOP',
    });
    expect(refusal(() => add(docxWithLines(['{applicant.fullName']))).code).toBe('TEMPLATE_UNCLOSED_TAG');
    expect(stored()).toEqual(before);
  });

  it('runs no code: expressions, prototypes and raw XML are refused, not evaluated', () => {
    for (const tag of ['{applicant.fullName + 1}', "{constructor.constructor('return process')()}", '{a[0]}']) {
      expect(refusal(() => add(docxWithLines([tag]))).code, tag).toBe('TEMPLATE_BAD_TAG');
    }
    expect(refusal(() => add(docxWithLines(['{__proto__.polluted}']))).code).toBe('TEMPLATE_BAD_TAG');
    expect(refusal(() => add(docxWithLines(['{constructor}']))).code).toBe('TEMPLATE_UNKNOWN_TAG');
    // Raw XML has no near name: the refusal says so rather than print an empty «».
    const raw = refusal(() => add(docxWithLines(['{@applicant.fullName}'])));
    expect(raw.code).toBe('TEMPLATE_UNKNOWN_TAG_NO_MATCH');
    for (const language of ['ru', 'kk', 'en'] as const) {
      expect(translate(language, 'error.TEMPLATE_UNKNOWN_TAG_NO_MATCH', raw.params as MessageParams)).not.toContain(
        '«»',
      );
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never reaches past the data it is given, whatever the placeholder says', () => {
    const data = { applicant: { fullName: 'Назаров Шерали' } };
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z_$.]{1,30}$/), (name) => {
        const zip = new PizZip(docxWithLines([`{${name}}`]));
        try {
          const { bytes } = render(zip, data);
          const text = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
          // Only a real path prints a value; anything else is a blank line, never code or an object.
          expect(text).not.toMatch(/function|\[object|native code/);
        } catch (error) {
          expect(error).toBeInstanceOf(PanohError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what is not a Word document, and bounds a zip bomb', () => {
    const before = stored();
    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n');
    expect(refusal(() => add(pdf)).code).toBe('DOCX_INVALID');
    const noDocument = new PizZip();
    noDocument.file('hello.txt', 'hello');
    expect(refusal(() => add(noDocument.generate({ type: 'nodebuffer' }) as Buffer)).code).toBe('DOCX_INVALID');
    const broken = docxWithParts({ 'word/document.xml': '<w:document><w:body><w:p>' });
    expect(refusal(() => add(broken)).code).toBe('DOCX_INVALID');
    const macros = docxWithParts({ 'word/vbaProject.bin': Buffer.from('not really vba') });
    expect(refusal(() => add(macros)).code).toBe('DOCX_MACROS');
    expect(refusal(() => add(lyingZip())).code).toBe('DOCX_TOO_LARGE');
    expect(stored()).toEqual(before);
  });

  it('believes no declared size: an entry that inflates past what it declares is refused', () => {
    const zip = new PizZip(docxWithLines(['x']));
    const real = Buffer.alloc(2 * 1024 * 1024, 0x20);
    zip.file('word/extra.xml', real);
    const bytes = zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer;
    // Rewrite the central directory's record of that entry to claim 1 KB uncompressed.
    const name = Buffer.from('word/extra.xml');
    let at = bytes.indexOf(name);
    while (at >= 0 && bytes.readUInt32LE(at - 46) !== 0x02014b50) at = bytes.indexOf(name, at + 1);
    expect(at).toBeGreaterThan(46);
    bytes.writeUInt32LE(1024, at - 46 + 24);
    expect(refusal(() => openDocx(bytes)).code).toBe('DOCX_TOO_LARGE');
  });

  it('accepts a good template, lists its blanks, and can replace and retire it', () => {
    const repository = officeTemplates(env.workspace);
    const id = add(docxWithLines(['{applicant.fullName}', 'Суд: {blank.court}']));
    expect(repository.get(id)?.doc).toMatchObject({ blanks: ['court'], retired: false, language: 'ru' });
    repository.add({
      title: 'Office letter, v2',
      language: 'ru',
      fileName: 'letter-2.docx',
      contentBase64: toBase64(docxWithLines(['{applicant.fullNameGenitive}'])),
      replaces: id,
    });
    expect(repository.get(id)?.doc).toMatchObject({ title: 'Office letter, v2', blanks: [] });
    repository.setRetired(id, true);
    expect(repository.get(id)?.doc.retired).toBe(true);
    const audit = prepared(env.workspace.db, "SELECT action FROM audit_log WHERE target_kind = 'template'").all();
    expect(audit).toEqual([{ action: 'create' }, { action: 'update' }, { action: 'update' }]);
  });
});
