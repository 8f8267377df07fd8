import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanohError } from '../../shared/errors';
import { parseQuery } from '../search/queryWords';
import { search } from '../search/searchQuery';
import { openTestWorkspace } from '../testing/openWorkspace';
import { fileContainsText } from '../testing/tempVault';
import { mergeApplicants } from './mergeApplicants';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => {
  env = await openTestWorkspace();
});
afterEach(() => env.close());

const TODAY = '2026-11-27';

function group(size: number): string[] {
  return Array.from({ length: size }, (_, i) =>
    env.workspace.applicants.create({ familyName: `Ташкентов${i}`, givenName: 'Бахтиёр', citizenship: ['UZ'] }),
  );
}

function found(text: string): string[] {
  return search(env.workspace.db, text, 10).applicants.map((hit) => hit.applicant.id);
}

function timelineIds(applicantId: string): string[] {
  return env.workspace.events.forApplicant(applicantId).map((e) => e.id);
}

describe('one event for many people', () => {
  it('is one record on every member’s file, edited once for all, and each member keeps their own deadlines', () => {
    const [first = '', ...others] = group(4);
    const detention = env.workspace.events.create(first, {
      type: 'detention',
      date: '2026-10-02',
      place: 'ИВС ДП г. Алматы',
      placeKind: 'ivs',
      otherApplicantIds: others,
      groupSize: 29,
    });
    for (const person of [first, ...others]) expect(timelineIds(person)).toEqual([detention]);
    expect(env.workspace.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 1 });

    // Edited from the second member's file: it changes for everyone, and they all stay on it.
    const [second = ''] = others;
    env.workspace.events.update(
      detention,
      {
        type: 'detention',
        date: '2026-10-02',
        place: 'СИЗО г. Алматы',
        placeKind: 'sizo',
        otherApplicantIds: [first, ...others.slice(1)],
        groupSize: 29,
      },
      second,
    );
    for (const person of [first, ...others]) {
      expect(env.workspace.events.forApplicant(person)[0]?.event).toMatchObject({ place: 'СИЗО г. Алматы' });
    }
    expect(env.workspace.events.forApplicant(second)[0]?.applicantId).toBe(first);

    // One decision refused for the whole group: each member has their own appeal deadline.
    env.workspace.events.create(first, {
      type: 'decision',
      decidedOn: '2026-11-01',
      outcome: 'refused',
      notifiedOn: '2026-11-03',
      otherApplicantIds: others,
    });
    const due = [first, ...others].map((person) =>
      env.workspace.deadlines.forApplicant(person, TODAY).map((d) => d.ruleId),
    );
    for (const rules of due) expect(rules).toContain('appeal_against_refusal');
    // One member appeals: only their deadline is met.
    env.workspace.events.create(second, { type: 'appeal', filedOn: '2026-11-20', instance: 'first' });
    expect(env.workspace.deadlines.forApplicant(second, TODAY).map((d) => d.ruleId)).not.toContain(
      'appeal_against_refusal',
    );
    expect(env.workspace.deadlines.forApplicant(first, TODAY).map((d) => d.ruleId)).toContain('appeal_against_refusal');
  });

  it('takes one person off the group, from their file, and keeps it on the others’', () => {
    const [first = '', second = '', third = ''] = group(3);
    const id = env.workspace.events.create(first, {
      type: 'note',
      date: '2026-10',
      text: 'Задержаны вместе на границе',
      otherApplicantIds: [second, third],
    });
    env.workspace.events.removePerson(id, first);
    expect(timelineIds(first)).toEqual([]);
    expect(timelineIds(second)).toEqual([id]);
    expect(timelineIds(third)).toEqual([id]);
    // The search row of the person taken off no longer holds the event's words.
    expect(found('границе').sort()).toEqual([second, third].sort());
    env.workspace.events.removePerson(id, second);
    expect(() => env.workspace.events.removePerson(id, third)).toThrow(PanohError);
    expect(timelineIds(third)).toEqual([id]);
  });

  it('refuses people who are not in this vault, and a group smaller than the people named', () => {
    const [first = '', second = '', third = ''] = group(3);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const attempt = (input: Record<string, unknown>) => {
      try {
        env.workspace.events.create(first, { type: 'note', date: '2026', text: 'x', ...input });
      } catch (error) {
        return (error as PanohError).fields;
      }
      return undefined;
    };
    expect(attempt({ otherApplicantIds: [second, unknown] })).toEqual([
      { path: 'otherApplicantIds.1', issue: 'unknownReference' },
    ]);
    expect(attempt({ otherApplicantIds: [second, third], groupSize: 2 })).toEqual([
      { path: 'groupSize', issue: 'invalid' },
    ]);
    expect(env.workspace.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 0 });
  });

  it('moves with a merged person: the kept record takes their place in the group', () => {
    const [first = '', second = '', duplicate = ''] = group(3);
    const id = env.workspace.events.create(first, {
      type: 'detention',
      date: '2026-10-02',
      otherApplicantIds: [duplicate],
    });
    mergeApplicants(env.workspace.db, env.workspace.store, second, duplicate);
    expect(timelineIds(second)).toEqual([id]);
    expect(timelineIds(first)).toEqual([id]);
    expect(timelineIds(duplicate)).toEqual([]);
  });
});

describe('custody and the dates that matter', () => {
  it('puts the custody term’s end, a hearing and a certificate on the dashboard, each warned ahead', () => {
    const id = env.workspace.applicants.create({
      familyName: 'Каримов',
      documents: [{ kind: 'refugee_certificate', number: '000123', expiresOn: '2026-12-15' }],
    });
    env.workspace.events.create(id, {
      type: 'detention',
      date: '2026-11-10',
      placeKind: 'sizo',
      inCustody: true,
      custodyTerms: [
        { kind: 'sanction', orderedOn: '2026-11-12', court: 'Следственный суд г. Тараз', until: '2026-12-10' },
        { kind: 'extension', orderedOn: '2026-12-08', until: '2027-01-10' },
      ],
      maxTermEndsOn: '2027-11-10',
    });
    env.workspace.events.create(id, {
      type: 'appeal',
      filedOn: '2026-11-20',
      instance: 'first',
      hearings: ['2026-11-20', '2026-12-01'],
    });
    const items = env.workspace.deadlines.forApplicant(id, TODAY);
    expect(items.map((d) => [d.ruleId, d.dueOn, d.warnFrom])).toEqual([
      // The hearing of 20.11 has passed and is gone; the one of 01.12 is this week.
      ['hearing_date', '2026-12-01', '2026-11-24'],
      ['certificate_renewal', '2026-12-15', '2026-12-01'],
      ['custody_term_end', '2027-01-10', '2026-12-31'],
      ['custody_max_term_end', '2027-11-10', '2027-10-11'],
    ]);
    const board = env.workspace.deadlines.dashboard({ today: '2026-12-02' });
    // Within its 14 days of warning the certificate is coming up although it is not this week.
    expect(board.thisWeek.map((d) => d.ruleId)).toEqual(['certificate_renewal']);
    expect(board.later.map((d) => d.ruleId)).toEqual(['custody_term_end', 'custody_max_term_end']);
    expect(board.overdue).toEqual([]);

    // An unended term past its day stays overdue: the person is held without a valid term.
    expect(env.workspace.deadlines.dashboard({ today: '2027-01-11' }).overdue.map((d) => d.ruleId)).toContain(
      'custody_term_end',
    );
  });

  it('drops the custody dates once the person is released', () => {
    const id = env.workspace.applicants.create({ familyName: 'Каримов' });
    const detention = env.workspace.events.create(id, {
      type: 'detention',
      date: '2026-11-10',
      inCustody: true,
      custodyTerms: [{ kind: 'sanction', until: '2026-12-10' }],
    });
    expect(env.workspace.deadlines.forApplicant(id, TODAY).map((d) => d.ruleId)).toEqual(['custody_term_end']);
    env.workspace.events.update(detention, {
      type: 'detention',
      date: '2026-11-10',
      custodyTerms: [{ kind: 'sanction', until: '2026-12-10' }],
      releasedOn: '2026-11-25',
    });
    expect(env.workspace.deadlines.forApplicant(id, TODAY)).toEqual([]);
  });

  it('marks a deadline done, undoes it, and does it again with one record and an audit entry for each', () => {
    const id = env.workspace.applicants.create({ familyName: 'Назаров' });
    env.workspace.events.create(id, {
      type: 'extradition',
      requestingState: 'UZ',
      receivedOn: '2026-11-01',
      prosecutorDecisionNotifiedOn: '2026-11-20',
    });
    const [item] = env.workspace.deadlines.forApplicant(id, TODAY);
    const key = item?.key ?? '';
    env.workspace.deadlines.markDone(key);
    expect(env.workspace.deadlines.forApplicant(id, TODAY)).toEqual([]);
    expect(env.workspace.deadlines.doneFor(id).map((mark) => [mark.key, mark.ruleId])).toEqual([
      [key, 'appeal_against_extradition'],
    ]);
    env.workspace.deadlines.undoDone(key);
    expect(env.workspace.deadlines.forApplicant(id, TODAY).map((d) => d.key)).toEqual([key]);
    expect(env.workspace.deadlines.doneFor(id)).toEqual([]);
    expect(() => env.workspace.deadlines.undoDone(key)).toThrow(PanohError);
    env.workspace.deadlines.markDone(key);
    expect(env.workspace.db.prepare("SELECT count(*) AS n FROM tasks WHERE deadline_key <> ''").get()).toEqual({
      n: 1,
    });
    const audit = env.workspace.audit.list({ applicantId: id, limit: 3 }).reverse();
    expect(audit.map((e) => [e.action, e.targetKind, e.detail.reason])).toEqual([
      ['create', 'task', 'deadlineDone'],
      ['update', 'task', 'deadlineReopened'],
      ['update', 'task', 'deadlineDone'],
    ]);
  });
});

describe('identity as documents give it', () => {
  it('keeps a person known by one name only, sorted and found by that name', () => {
    const only = env.workspace.applicants.create({
      givenName: 'Гульнара',
      approximateAge: 34,
      approximateAgeOn: '2026-11',
    });
    env.workspace.applicants.create({ familyName: 'Абдуллаев' });
    env.workspace.applicants.create({ familyName: 'Хасанов' });
    const list = env.workspace.applicants.list({ sort: 'familyName', direction: 'asc', offset: 0, limit: 10 });
    expect(list.rows.map((row) => row.familyName ?? row.givenName)).toEqual(['Абдуллаев', 'Гульнара', 'Хасанов']);
    expect(
      env.workspace.applicants.list({ namePrefix: 'гуль', sort: 'familyName', direction: 'asc', offset: 0, limit: 10 })
        .rows[0]?.id,
    ).toBe(only);
    expect(found('Gulnara')).toEqual([only]);
    expect(env.workspace.applicants.get(only).doc).toMatchObject({ approximateAge: 34 });
  });

  it('finds a person by the case, decision, request and notice numbers a filing quotes', () => {
    const id = env.workspace.applicants.create({ familyName: 'Назаров' });
    env.workspace.events.create(id, {
      type: 'decision',
      decidedOn: '2026-08-15',
      outcome: 'refused',
      number: '17-05/2231',
    });
    env.workspace.events.create(id, {
      type: 'extradition',
      requestingState: 'TJ',
      receivedOn: '2026-06-02',
      requestNumber: '2/3-11744',
      noticeKind: 'cis_interstate',
      noticeIssuer: 'МВД Республики Таджикистан',
      noticeNumber: 'МР-88431',
      outcome: 'extradited',
      handedTo: 'UZ',
    });
    // Statistics count a transfer to a third country by this column, not by reading documents.
    expect(
      env.workspace.db.prepare("SELECT requesting_state, handed_to FROM events WHERE type = 'extradition'").get(),
    ).toEqual({
      requesting_state: 'TJ',
      handed_to: 'UZ',
    });
    for (const number of ['17-05/2231', '2/3-11744', 'МР-88431']) {
      expect(found(number)).toEqual([id]);
    }
  });
});

describe('case and document numbers', () => {
  it('are stored without the «№» typed before them, and found with or without it', () => {
    const id = env.workspace.applicants.create({
      familyName: 'Назаров',
      documents: [{ kind: 'passport', number: 'No. 1234567' }],
    });
    const eventId = env.workspace.events.create(id, {
      type: 'detention',
      date: '2026-05-12',
      caseNumber: '№ 2675-00-31-2026',
    });
    expect(env.workspace.events.forApplicant(id)[0]?.event).toMatchObject({ caseNumber: '2675-00-31-2026' });
    expect(env.workspace.applicants.get(id).doc.documents[0]?.number).toBe('1234567');
    const row = env.workspace.db.prepare('SELECT doc FROM events WHERE id = ?').get(eventId) as { doc: string };
    expect(JSON.parse(row.doc)).toMatchObject({ caseNumber: '2675-00-31-2026' });
    // What sync carries to colleagues is the bare number too.
    const logged = env.workspace.db.prepare('SELECT value FROM changes WHERE row_id = ?').all(eventId) as {
      value: string;
    }[];
    expect(logged.map((c) => c.value).join('\n')).toContain('2675-00-31-2026');
    expect(logged.map((c) => c.value).join('\n')).not.toContain('№');
    for (const query of [
      '2675-00-31-2026',
      '№ 2675-00-31-2026',
      '№2675-00-31-2026',
      'No. 2675-00-31-2026',
      'No.2675-00-31-2026',
      '#2675',
      'Назаров № 2675-00-31-2026',
      'No 1234567',
    ]) {
      expect(found(query), query).toEqual([id]);
    }
    // «No» before a name is a word of the query, not a sign; before a number it is the sign.
    expect(parseQuery('No Назаров').names.map((word) => word.typed)).toEqual(['No', 'Назаров']);
    expect(parseQuery('No. 12 Назаров')).toMatchObject({ numbers: ['12'], names: [{ typed: 'Назаров' }] });
    expect(parseQuery('N12').numbers).toEqual(['N12']);
  });

  it('edited through an update lose the sign too', () => {
    const id = env.workspace.applicants.create({ familyName: 'Назаров' });
    const eventId = env.workspace.events.create(id, { type: 'decision', decidedOn: '2026-08-15', outcome: 'refused' });
    env.workspace.events.update(eventId, {
      type: 'decision',
      decidedOn: '2026-08-15',
      outcome: 'refused',
      number: 'Nº 17-05/2231',
    });
    expect(env.workspace.events.forApplicant(id)[0]?.event).toMatchObject({ number: '17-05/2231' });
  });

  it('stored with a sign by an older version stay as they are when another field is saved: no change nobody made', () => {
    const id = env.workspace.applicants.create({
      familyName: 'Назаров',
      documents: [{ kind: 'passport', number: '1' }],
    });
    env.workspace.db
      .prepare("UPDATE applicants SET doc = json_set(doc, '$.documents[0].number', '№ 1234567') WHERE id = ?")
      .run(id);
    const changesBefore = env.workspace.db.prepare('SELECT count(*) FROM changes WHERE row_id = ?').pluck().get(id);
    expect(env.workspace.applicants.update(id, { notes: 'позвонить адвокату' })).toEqual(['notes']);
    expect(env.workspace.applicants.get(id).doc.documents[0]?.number).toBe('№ 1234567');
    expect(env.workspace.db.prepare('SELECT count(*) FROM changes WHERE row_id = ?').pluck().get(id)).toBe(
      Number(changesBefore) + 1,
    );
    // Edited itself, the field loses the sign.
    const documents = env.workspace.applicants.get(id).doc.documents;
    expect(env.workspace.applicants.update(id, { documents })).toEqual(['documents']);
    expect(env.workspace.applicants.get(id).doc.documents[0]?.number).toBe('1234567');
  });

  it('stored with a glued sign by an older version are found as typed and bare, once their person is reindexed', () => {
    const id = env.workspace.applicants.create({ familyName: 'Назаров' });
    const eventId = env.workspace.events.create(id, { type: 'detention', date: '2026-05-12' });
    // As an older build kept it: the schema of this one would have taken the sign away.
    env.workspace.db
      .prepare("UPDATE events SET doc = json_set(doc, '$.caseNumber', 'No.2675-00-31-2026') WHERE id = ?")
      .run(eventId);
    // Any later write to the person's file reindexes them from what is stored.
    env.workspace.events.create(id, { type: 'decision', decidedOn: '2026-08-15', outcome: 'refused' });
    for (const query of ['No.2675-00-31-2026', '2675-00-31-2026', '№ 2675-00-31-2026']) {
      expect(found(query), query).toEqual([id]);
    }
  });
});

describe('incidents', () => {
  it('have several kinds and perpetrators and third parties, whose names are searchable and encrypted', () => {
    const victim = env.workspace.applicants.create({ familyName: 'Рахимова' });
    const id = env.workspace.incidents.create({
      occurredOn: '2026-10-14',
      kind: 'landlord_pressure',
      otherKinds: ['eviction', 'landlord_pressure'],
      perpetrator: 'plain_clothes',
      otherPerpetrators: ['landlord'],
      description: 'Люди в штатском потребовали от хозяйки выселить жильцов; через два дня она их выселила.',
      victimIds: [victim],
      thirdParties: [{ name: 'Зинаида Петровна', role: 'landlord', note: 'хозяйка квартиры' }],
    });
    expect(env.workspace.incidents.get(id)).toMatchObject({
      kind: 'landlord_pressure',
      otherKinds: ['eviction'],
      perpetrator: 'plain_clothes',
      otherPerpetrators: ['landlord'],
      thirdParties: [{ name: 'Зинаида Петровна', role: 'landlord' }],
    });
    expect(env.workspace.incidents.list({ offset: 0, limit: 10 }).rows).toHaveLength(1);
    const found = env.workspace.db
      .prepare(
        "SELECT incident_id FROM incident_search_keys k JOIN incident_search s ON s.rowid = k.search_rowid WHERE incident_search MATCH 'zinaida'",
      )
      .all();
    expect(found).toEqual([{ incident_id: id }]);
    env.vault.lock();
    expect(fileContainsText(env.vaultPath, 'Зинаида')).toBe(false);
  });
});
