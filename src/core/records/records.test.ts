import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanohError } from '../../shared/errors';
import { openTestWorkspace } from '../testing/openWorkspace';
import { fileContainsText } from '../testing/tempVault';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => {
  env = await openTestWorkspace();
});
afterEach(() => env.close());

function changesFor(rowId: string) {
  return env.workspace.db
    .prepare('SELECT tbl, field, value, hlc, device_id, prev_hlc FROM changes WHERE row_id = ? ORDER BY seq')
    .all(rowId) as { tbl: string; field: string; value: string; hlc: string; device_id: string; prev_hlc: string }[];
}

function auditFor(id: string) {
  return env.workspace.audit.list({ applicantId: id, limit: 100 }).reverse();
}

const nazarov = {
  familyName: 'Назаров',
  givenName: 'Шерали',
  patronymic: 'Ҷамшедович',
  birthDate: '1990',
  citizenship: ['TJ'],
  languages: ['tg', 'ru'],
};

describe('the one write path', () => {
  it('writes the row, one creation change with a clock and device carrying the given fields, and an audit entry', () => {
    const id = env.workspace.applicants.create(nazarov);
    const changes = changesFor(id);
    expect(changes.map((c) => c.field)).toEqual(['_created']);
    // The document as stored, with the schema's defaults filled in.
    expect(JSON.parse(changes[0]?.value ?? '{}')).toEqual(env.workspace.applicants.get(id).doc);
    expect(JSON.parse(changes[0]?.value ?? '{}')).toMatchObject({ ...nazarov, caseStatus: 'intake', aliases: [] });
    expect(changes[0]?.device_id).toBe(env.workspace.clock.deviceId);
    expect(changes[0]?.hlc).toMatch(/^\d{15}-\d{5}-[0-9a-f]{16}$/);
    // The fields' clocks are the creation's: nothing is kept per field until a field changes.
    expect(env.workspace.db.prepare('SELECT count(*) AS n FROM field_clocks WHERE row_id = ?').get(id)).toEqual({
      n: 0,
    });
    const [entry] = auditFor(id);
    expect(entry).toMatchObject({ action: 'create', targetKind: 'applicant', targetId: id });
    expect(JSON.stringify(entry)).not.toContain('Назаров');
  });

  it('logs only the fields an edit changed, with a later clock, and audits their names but not their values', () => {
    const id = env.workspace.applicants.create(nazarov);
    const firstHlc = changesFor(id)[0]?.hlc ?? '';
    expect(env.workspace.applicants.update(id, { birthDate: '1990-04', phone: '+7 701 111 22 33' }).sort()).toEqual([
      'birthDate',
      'phone',
    ]);
    const later = changesFor(id).filter((c) => c.hlc > firstHlc);
    // Each names the clock of the value it replaced: the creation's for a field it set, none for a new one.
    expect(later.map((c) => [c.field, JSON.parse(c.value), c.prev_hlc])).toEqual([
      ['birthDate', '1990-04', firstHlc],
      ['phone', '+7 701 111 22 33', ''],
    ]);
    const update = auditFor(id).at(-1);
    expect(update).toMatchObject({ action: 'update', fields: ['birthDate', 'phone'] });
    expect(JSON.stringify(update)).not.toContain('701');
    expect(env.workspace.applicants.update(id, { birthDate: '1990-04' })).toEqual([]);
    env.workspace.applicants.update(id, { birthDate: '1990-04-02' });
    const third = changesFor(id).at(-1);
    expect([third?.field, third?.prev_hlc]).toEqual(['birthDate', later[0]?.hlc]);
  });

  it('deletes as a tombstone that is itself a change, and restores', () => {
    const id = env.workspace.applicants.create(nazarov);
    env.workspace.applicants.setDeleted(id, true);
    expect(() => env.workspace.applicants.get(id)).toThrow(PanohError);
    expect(env.workspace.applicants.list({ sort: 'familyName', direction: 'asc', offset: 0, limit: 10 }).total).toBe(0);
    env.workspace.applicants.setDeleted(id, false);
    expect(env.workspace.applicants.get(id).doc.familyName).toBe('Назаров');
    expect(
      changesFor(id)
        .filter((c) => c.field === '_deleted')
        .map((c) => c.value),
    ).toEqual(['true', 'false']);
    expect(auditFor(id).map((e) => e.action)).toEqual(['create', 'delete', 'restore']);
  });

  it('keeps the timeline in date order and links incidents to several victims', () => {
    const a = env.workspace.applicants.create(nazarov);
    const b = env.workspace.applicants.create({ familyName: 'Yusupova', givenName: 'Dilnoza', citizenship: ['UZ'] });
    env.workspace.events.create(a, {
      type: 'decision',
      decidedOn: '2026-08-15',
      outcome: 'refused',
      notifiedOn: '2026-08-19',
    });
    env.workspace.events.create(a, { type: 'detention', date: '2026-05-12', place: 'пограничный пост' });
    env.workspace.events.create(a, { type: 'appeal', filedOn: '2026-08-25', instance: 'first' });
    expect(env.workspace.events.forApplicant(a).map((e) => e.event.type)).toEqual(['detention', 'decision', 'appeal']);
    const incident = env.workspace.incidents.create({
      occurredOn: '2026-10-14',
      kind: 'landlord_pressure',
      perpetrator: 'plain_clothes',
      description: 'Asked the landlady for the key.',
      victimIds: [a, b],
    });
    expect(env.workspace.incidents.list({ applicantId: b, offset: 0, limit: 10 }).rows.map((i) => i.id)).toEqual([
      incident,
    ]);
    env.workspace.incidents.update(incident, { ...env.workspace.incidents.get(incident), victimIds: [a] });
    expect(env.workspace.incidents.list({ applicantId: b, offset: 0, limit: 10 }).total).toBe(0);
  });

  it('refuses an incident naming a person who is not in the vault', () => {
    expect(() =>
      env.workspace.incidents.create({
        occurredOn: '2026-10-14',
        kind: 'threat',
        perpetrator: 'police',
        description: 'x',
        victimIds: ['00000000-0000-4000-8000-000000000000'],
      }),
    ).toThrow(expect.objectContaining({ fields: [{ path: 'victimIds.0', issue: 'unknownReference' }] }));
  });

  it('lists, filters and sorts applicants a page at a time', () => {
    for (const [familyName, citizenship, caseStatus] of [
      ['Рахимова', 'UZ', 'appeal'],
      ['Асанова', 'CN', 'recognized'],
      ['Toktogulov', 'KG', 'extradited'],
      ['Юсупова', 'UZ', 'refused'],
    ] as const) {
      env.workspace.applicants.create({ familyName, citizenship: [citizenship], caseStatus, assignedLawyer: 'Айгуль' });
    }
    const page = env.workspace.applicants.list({ sort: 'familyName', direction: 'asc', offset: 0, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.familyName)).toEqual(['Toktogulov', 'Асанова']);
    const uz = env.workspace.applicants.list({
      citizenship: 'uz',
      sort: 'familyName',
      direction: 'desc',
      offset: 0,
      limit: 10,
    });
    expect(uz.rows.map((r) => r.familyName)).toEqual(['Юсупова', 'Рахимова']);
    expect(env.workspace.applicants.lawyers()).toEqual(['Айгуль']);
    const byPrefix = (namePrefix: string) =>
      env.workspace.applicants
        .list({ namePrefix, sort: 'familyName', direction: 'asc', offset: 0, limit: 10 })
        .rows.map((r) => r.familyName);
    expect(byPrefix('ра')).toEqual(['Рахимова']);
    expect(byPrefix('TOK')).toEqual(['Toktogulov']);
    expect(byPrefix('%')).toEqual([]);
  });

  it('stores what it writes only encrypted', () => {
    env.workspace.applicants.create({ familyName: 'Қайратқызы', givenName: 'Әйгерім' });
    for (const suffix of ['', '-wal']) expect(fileContainsText(`${env.vaultPath}${suffix}`, 'Қайратқызы')).toBe(false);
  });
});

describe('the audit log', () => {
  it('chains every entry and detects an edited, removed or reordered entry', () => {
    const id = env.workspace.applicants.create(nazarov);
    env.workspace.applicants.update(id, { birthDate: '1990-05' });
    env.workspace.applicants.setDeleted(id, true);
    expect(env.workspace.audit.verify()).toEqual({ entries: 3, ok: true });

    const db = env.workspace.db;
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);

    // Someone with the key who drops the guard still cannot make the edit invisible.
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET action = 'create' WHERE seq = 2").run();
    expect(env.workspace.audit.verify()).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('notices an entry removed from the middle', () => {
    const id = env.workspace.applicants.create(nazarov);
    env.workspace.applicants.update(id, { birthDate: '1990-05' });
    env.workspace.applicants.update(id, { birthDate: '1990-06' });
    env.workspace.db.exec('DROP TRIGGER audit_log_no_delete');
    env.workspace.db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(env.workspace.audit.verify()).toMatchObject({ ok: false, brokenAt: 3 });
  });
});
