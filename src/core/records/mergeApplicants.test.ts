import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { search } from '../search/searchQuery';
import { openTestWorkspace } from '../testing/openWorkspace';
import { mergeApplicants } from './mergeApplicants';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => {
  env = await openTestWorkspace();
});
afterEach(() => env.close());

describe('merging two records of one person', () => {
  it('keeps every event, incident, attachment and family link, completes the kept record, and audits it', () => {
    const w = env.workspace;
    const keep = w.applicants.create({ familyName: 'Юсупова', givenName: 'Дилноза', citizenship: ['UZ'] });
    const other = w.applicants.create({
      familyName: 'Yusupova',
      givenName: 'Dilnoza',
      birthDate: '1994-11-02',
      citizenship: ['UZ', 'KZ'],
      phone: '+7 700 000 00 01',
    });
    const relative = w.applicants.create({
      familyName: 'Юсупов',
      familyLinks: [{ applicantId: other, relation: 'sibling' }],
    });
    w.events.create(keep, { type: 'detention', date: '2026-06-08' });
    w.events.create(other, { type: 'decision', decidedOn: '2026-09-01', outcome: 'refused' });
    const incident = w.incidents.create({
      occurredOn: '2026-10-14',
      kind: 'threat',
      perpetrator: 'police',
      description: 'x',
      victimIds: [other, relative],
    });
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    w.attachments.add({ ownerKind: 'applicant', ownerId: other, fileName: 'decision.png', contentBase64: png });

    mergeApplicants(w.db, w.store, keep, other);

    expect(w.events.forApplicant(keep).map((e) => e.event.type)).toEqual(['detention', 'decision']);
    expect(w.incidents.get(incident).victimIds).toEqual([keep, relative]);
    expect(w.attachments.forOwner(keep).map((a) => a.fileName)).toEqual(['decision.png']);
    expect(w.applicants.get(relative).doc.familyLinks).toEqual([{ applicantId: keep, relation: 'sibling' }]);
    expect(w.applicants.get(keep).doc).toMatchObject({
      familyName: 'Юсупова',
      birthDate: '1994-11-02',
      phone: '+7 700 000 00 01',
      citizenship: ['UZ', 'KZ'],
      aliases: ['Yusupova Dilnoza'],
    });
    expect(() => w.applicants.get(other)).toThrow();
    expect(search(w.db, 'Yusupova', 10).applicants.map((h) => h.applicant.id)).toEqual([keep]);
    expect(w.audit.list({ applicantId: keep, limit: 1 })[0]).toMatchObject({
      action: 'merge',
      detail: { mergedId: other },
    });
    expect(w.audit.verify().ok).toBe(true);
  });

  it('refuses to merge a record with itself', () => {
    const id = env.workspace.applicants.create({ familyName: 'A' });
    expect(() => mergeApplicants(env.workspace.db, env.workspace.store, id, id)).toThrow();
  });
});
