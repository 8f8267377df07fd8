import { afterEach, describe, expect, it } from 'vitest';
import { type FieldNode, fieldTree } from '../../shared/documents/fields';
import { PanohError } from '../../shared/errors';
import type { EventInput } from '../../shared/records/events';
import { readOfficeDetails, writeOfficeDetails, writeOfficeName } from '../office/officeDetails';
import { officeName } from '../reports/reportService';
import { deviceIdentity, fingerprintOf } from '../sync/deviceIdentity';
import { createOfficeKey, joinOffice } from '../sync/officeKey';
import { exportBundle, importBundle, listConflicts } from '../sync/syncService';
import { docxWithLines, docxWithParts, toBase64 } from '../testing/docxFixtures';
import { openTestWorkspace } from '../testing/openWorkspace';
import { prepared } from '../vault/prepared';
import { fieldReference, generateDocument, listTemplates, officeTemplates } from './documentService';
import { type TemplateData, templateData } from './templateData';

type Env = Awaited<ReturnType<typeof openTestWorkspace>>;
const opened: Env[] = [];
afterEach(() => {
  for (const env of opened.splice(0)) env.close();
});

async function twoLaptops(): Promise<[Env, Env]> {
  const a = await openTestWorkspace();
  const b = await openTestWorkspace();
  opened.push(a, b);
  joinOffice(b.workspace.db, createOfficeKey(a.workspace.db));
  return [a, b];
}

function send(from: Env, to: Env) {
  const { path } = exportBundle(from.workspace, { folder: from.dir, all: false });
  const trustFingerprint = fingerprintOf(deviceIdentity(from.workspace.db).publicKeyRaw);
  return importBundle(to.workspace, { path, trustFingerprint });
}

const addPerson = (env: Env) =>
  env.workspace.applicants.create({ familyName: 'Назаров', givenName: 'Шерали', sex: 'male', citizenship: ['TJ'] });

describe('office templates and details travel by USB sync', () => {
  it('carries an office template (with its .docx) and the office details to a colleague', async () => {
    const [a, b] = await twoLaptops();
    writeOfficeDetails(a.workspace, {
      name: 'Бюро «Пана»',
      city: 'Тараз',
      lawyers: [{ name: 'Нурланова Айгуль Кайратовна', licence: '№ 0000123' }],
    });
    const id = officeTemplates(a.workspace).add({
      title: 'Письмо в акимат',
      language: 'ru',
      fileName: 'akimat.docx',
      contentBase64: toBase64(docxWithLines(['От {office.name}: {applicant.fullNameGenitive}, {blank.subject}'])),
    });
    send(a, b);
    expect(readOfficeDetails(b.workspace)).toMatchObject({ name: 'Бюро «Пана»', city: 'Тараз' });
    expect(officeName(b.workspace)).toBe('Бюро «Пана»');
    const listed = listTemplates(b.workspace, 'ru').find((t) => t.id === id);
    expect(listed).toMatchObject({ source: 'office', title: 'Письмо в акимат', blanks: [{ name: 'subject' }] });
    // The colleague can use it at once: the bytes came with the bundle.
    const person = addPerson(b);
    const { attachmentId } = generateDocument(b.workspace, {
      applicantId: person,
      templateId: id,
      language: 'ru',
      blanks: { subject: 'аренда' },
    });
    const meta = b.workspace.attachments.content(attachmentId).meta;
    expect(meta).toMatchObject({ templateId: id, templateLanguage: 'ru' });

    // The generated document goes back to the first laptop with the person's files.
    send(b, a);
    expect(a.workspace.attachments.forOwner(person).map((f) => f.templateId)).toEqual([id]);
  });

  it('merges the office details field by field; a real disagreement is a conflict to decide', async () => {
    const [a, b] = await twoLaptops();
    writeOfficeDetails(a.workspace, { name: 'Бюро', address: 'ул. Абая, 1' });
    send(a, b);
    writeOfficeDetails(a.workspace, { ...readOfficeDetails(a.workspace), phone: '+7 727 000 00 00' });
    writeOfficeName(b.workspace, 'Бюро «Пана»');
    send(a, b);
    send(b, a);
    for (const env of [a, b]) {
      expect(readOfficeDetails(env.workspace)).toMatchObject({
        name: 'Бюро «Пана»',
        address: 'ул. Абая, 1',
        phone: '+7 727 000 00 00',
      });
    }
    // Both laptops filled them in before meeting: the same record, so the newer name wins, and asks.
    const [c, d] = await twoLaptops();
    writeOfficeName(c.workspace, 'Бюро Тараз');
    writeOfficeName(d.workspace, 'Бюро Алматы');
    send(d, c);
    expect(readOfficeDetails(c.workspace).name).toBe('Бюро Алматы');
    expect(listConflicts(c.workspace).map((x) => [x.tbl, x.field])).toContainEqual(['office_details', 'name']);
  });

  it('keeps an office template record that fails its schema out of the vault, like any record', async () => {
    const [a, b] = await twoLaptops();
    officeTemplates(a.workspace).add({
      title: 'Письмо',
      language: 'ru',
      fileName: 'letter.docx',
      contentBase64: toBase64(docxWithLines(['{applicant.fullName}'])),
    });
    // A colleague's laptop wrote something no schema allows (a language Panoh has not).
    const changed = prepared(
      a.workspace.db,
      `UPDATE changes SET value = replace(value, '"language":"ru"', '"language":"xx"')
       WHERE tbl = 'office_templates'`,
    ).run().changes;
    expect(changed).toBe(1);
    expect(
      JSON.stringify(prepared(a.workspace.db, "SELECT value FROM changes WHERE tbl = 'office_templates'").all()),
    ).toContain('xx');
    try {
      send(a, b);
    } catch (error) {
      expect(error).toBeInstanceOf(PanohError);
    }
    expect(prepared(b.workspace.db, 'SELECT count(*) AS n FROM office_templates').get()).toEqual({ n: 0 });
    expect(listTemplates(b.workspace, 'ru').filter((t) => t.source === 'office')).toEqual([]);
  });

  it("accepts a .docx among the person's files only when it really is one", async () => {
    const [a] = await twoLaptops();
    const person = addPerson(a);
    const add = (bytes: Buffer) =>
      a.workspace.attachments.add({
        ownerKind: 'applicant',
        ownerId: person,
        fileName: 'x.docx',
        contentBase64: toBase64(bytes),
      });
    expect(a.workspace.attachments.content(add(docxWithLines(['Заявление'])))).toMatchObject({
      meta: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    });
    expect(() => add(docxWithParts({ 'word/vbaProject.bin': Buffer.from('x') }))).toThrow('DOCX_MACROS');
    expect(() => add(Buffer.from('PK\u0003\u0004 not a zip at all'))).toThrow('DOCX_INVALID');
    expect(a.workspace.attachments.forOwner(person)).toHaveLength(1);
  });
});

describe('the field tree and the data filled in agree', () => {
  /** Every name the tree lists is in the data (null or a value), and the data has nothing else. */
  function shapeOf(nodes: readonly FieldNode[], data: TemplateData, path = ''): string[] {
    const problems: string[] = [];
    const names = new Set(nodes.map((n) => n.name));
    for (const key of Object.keys(data)) if (!names.has(key) && key !== 'blank') problems.push(`extra ${path}${key}`);
    for (const node of nodes) {
      const value = data[node.name];
      if (value === undefined) problems.push(`missing ${path}${node.name}`);
      if (node.kind === 'group' && value && typeof value === 'object' && !Array.isArray(value)) {
        problems.push(...shapeOf(node.children, value, `${path}${node.name}.`));
      }
      if (node.kind === 'list' && Array.isArray(value)) {
        for (const item of value) problems.push(...shapeOf(node.children, item, `${path}${node.name}[].`));
      }
      if (node.kind === 'flag' && typeof value !== 'boolean') problems.push(`not a flag ${path}${node.name}`);
    }
    return problems;
  }

  it('for a person with every kind of record', async () => {
    const [a] = await twoLaptops();
    const ws = a.workspace;
    const id = ws.applicants.create({
      familyName: 'Назаров',
      givenName: 'Шерали',
      sex: 'male',
      citizenship: ['TJ'],
      birthDate: '1990',
      documents: [
        { kind: 'passport', number: 'P1' },
        { kind: 'asylum_certificate', number: 'C1', expiresOn: '2026-12' },
        { kind: 'unhcr_certificate', number: 'U1' },
      ],
    });
    const timeline: EventInput[] = [
      { type: 'detention', date: '2026-05-12', place: 'ИВС' },
      { type: 'asylumApplication', filedOn: '2026-05-20' },
      { type: 'decision', decidedOn: '2026-08-15', outcome: 'refused', notifiedOn: '2026-08-19' },
      { type: 'appeal', filedOn: '2026-09-01', instance: 'first', hearings: ['2026-12-01'] },
      { type: 'extradition', requestingState: 'UZ', receivedOn: '2026-06-02' },
      { type: 'unhcr', recognizedOn: '2025-01' },
      { type: 'intervention', kind: 'un_cat_interim_measures', submittedOn: '2026-10-02' },
    ];
    for (const event of timeline) ws.events.create(id, event);
    ws.incidents.create({
      occurredOn: '2026-10-14',
      kind: 'threat',
      perpetrator: 'police',
      description: 'x',
      victimIds: [id],
    });
    const { data } = templateData(
      {
        applicant: ws.applicants.get(id).doc,
        events: ws.events.forApplicant(id),
        incidents: ws.incidents.list({ applicantId: id, offset: 0, limit: 10 }).rows,
        office: readOfficeDetails(ws),
        officeNamed: true,
        profileName: 'Нурланова Айгуль',
        rules: [],
        today: '2026-11-27',
      },
      'ru',
      {},
    );
    expect(shapeOf(fieldTree, data)).toEqual([]);
    const reference = fieldReference(ws, id, 'ru', new Date(2026, 10, 27));
    expect(reference.find((f) => f.path === 'appeal.nextHearingLong')?.value).toBe('1 декабря 2026 г.');
    expect(reference.find((f) => f.path === 'extradition.requestingStateGenitive')?.value).toBe('Узбекистана');
    expect(reference.find((f) => f.path === 'events')?.value).toBe('7');
  });
});

describe('a document saved out of the vault', () => {
  it('is audited by its template, never by what it says', async () => {
    const [a] = await twoLaptops();
    const person = addPerson(a);
    a.workspace.events.create(person, { type: 'decision', decidedOn: '2026-08-15', outcome: 'refused' });
    const { attachmentId } = generateDocument(a.workspace, {
      applicantId: person,
      templateId: 'refusal-appeal',
      language: 'ru',
      blanks: { court: 'СМАС г. Тараз' },
    });
    const path = `${a.dir}/copy.docx`;
    a.workspace.attachments.writeCopy(attachmentId, path);
    const entries = prepared(
      a.workspace.db,
      "SELECT action, detail FROM audit_log WHERE action IN ('document_generate', 'attachment_save_out') ORDER BY seq",
    ).all() as { action: string; detail: string }[];
    expect(entries.map((e) => [e.action, JSON.parse(e.detail)])).toEqual([
      ['document_generate', { templateId: 'refusal-appeal', language: 'ru', gaps: expect.any(Number) }],
      [
        'attachment_save_out',
        { ownerKind: 'applicant', format: 'docx', bytes: expect.any(Number), templateId: 'refusal-appeal' },
      ],
    ]);
    const log = JSON.stringify(prepared(a.workspace.db, 'SELECT * FROM audit_log').all());
    expect(log).not.toContain('Назаров');
    expect(log).not.toContain('Тараз');
  });
});
