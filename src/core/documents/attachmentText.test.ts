import PizZip from 'pizzip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxWithLines, toBase64 } from '../testing/docxFixtures';
import { hostileDocx, paragraph, refusalOf } from '../testing/hostileDocx';
import { openTestWorkspace } from '../testing/openWorkspace';
import { prepared } from '../vault/prepared';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => {
  env = await openTestWorkspace();
});
afterEach(() => env.close());

function addDocx(bytes: Buffer): string {
  const person = env.workspace.applicants.create({
    familyName: 'Юсупова',
    sex: 'female',
    citizenship: ['UZ'],
    aliases: [],
    languages: [],
    documents: [],
  });
  return env.workspace.attachments.add({
    ownerKind: 'applicant',
    ownerId: person,
    fileName: 'evidence.docx',
    contentBase64: toBase64(bytes),
  });
}

describe("a Word file among a person's files, previewed", () => {
  it('is read in the core, paragraph by paragraph', () => {
    const id = addDocx(docxWithLines(['Решение от 1 сентября 2026 г.', 'Отказать.']));
    expect(env.workspace.attachments.docxText(id)).toEqual({
      paragraphs: ['Решение от 1 сентября 2026 г.', 'Отказать.'],
    });
  });

  it('is kept as evidence when it links outside, and the preview says what Word would do', () => {
    const id = addDocx(
      hostileDocx({
        body: paragraph('Протокол'),
        relationships: [{ type: 'image', target: 'http://203.0.113.5/p.png', external: true }],
      }),
    );
    const text = env.workspace.attachments.docxText(id);
    expect(text.paragraphs).toEqual(['Протокол']);
    expect(text.activeContent).toEqual({ code: 'DOCX_EXTERNAL_LINK', params: { target: 'http://203.0.113.5/p.png' } });
  });

  it('is bounded even when its stored bytes never went through the check (a file that came by sync)', () => {
    const id = addDocx(docxWithLines(['x']));
    const bomb = new PizZip(docxWithLines(['x']));
    bomb.file('word/media/bomb.bin', Buffer.alloc(80 * 1024 * 1024, 0x41), { compression: 'DEFLATE' });
    const bytes = bomb.generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer;
    // What a sync import writes: the blob as the other laptop sent it.
    const { sha256 } = prepared(
      env.workspace.db,
      "SELECT json_extract(doc, '$.sha256') AS sha256 FROM attachments",
    ).get() as {
      sha256: string;
    };
    prepared(env.workspace.db, 'UPDATE blobs SET content = ? WHERE sha256 = ?').run(bytes, sha256);
    expect(refusalOf(() => env.workspace.attachments.docxText(id)).code).toBe('DOCX_TOO_LARGE');
  });
});
