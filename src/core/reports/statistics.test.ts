import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { statisticsQuerySchema } from '../../shared/reports/statistics';
import { importRecords, parseImport } from '../import/importRecords';
import { openTestWorkspace } from '../testing/openWorkspace';
import { computeStatistics, countStatistics, publishStatistics } from './statistics';
import { statisticsCsv } from './statisticsCsv';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => {
  env = await openTestWorkspace();
  const demo = readFileSync(join(__dirname, '../../../fixtures/demo-import.json'), 'utf8');
  importRecords(env.workspace, parseImport('json', demo), 'json');
});
afterEach(() => env.close());

type Tables = { tables: { id: string; rows: { label: string; counts: unknown[] }[] }[] };
const tableOf = (stats: Tables, id: string) =>
  Object.fromEntries((stats.tables.find((t) => t.id === id)?.rows ?? []).map((r) => [r.label, r.counts]));
const count = (from = '2026-01-01', to = '2026-12-31') => countStatistics(env.workspace.db, from, to);

/** The tables whose totals are byMonth's columns, in its order. */
const populations = [
  'asylumApplications',
  'decisions',
  'appeals',
  'extraditionsByState',
  'detentions',
  'incidentsByKind',
];

describe('statistics for a period', () => {
  it('count the demo dataset exactly, detentions and events dated by year only included', () => {
    env.workspace.events.create(env.workspace.applicants.create({ familyName: 'Каримов' }), {
      type: 'detention',
      date: '2026',
      place: 'ИВС',
    });
    env.workspace.events.create(env.workspace.applicants.create({ familyName: 'Усмонов', citizenship: ['UZ'] }), {
      type: 'extradition',
      requestingState: 'UZ',
      receivedOn: '2026-04-01',
      outcome: 'extradited',
    });
    const stats = count();
    expect(tableOf(stats, 'applicantsByCitizenship')).toEqual({ CN: [1], KG: [1], TJ: [1], UZ: [4], unknown: [1] });
    expect(tableOf(stats, 'asylumApplications')).toEqual({ filed: [3] });
    expect(tableOf(stats, 'decisions')).toEqual({ granted: [0, 1], refused: [1, 2] });
    expect(tableOf(stats, 'appeals')).toEqual({ pending: [2] });
    // Nazarov (Tajik) and Toktogulov (Kyrgyz) were handed to Uzbekistan, not to their own country;
    // an Uzbek national handed to Uzbekistan is a plain "extradited".
    expect(tableOf(stats, 'extraditionsByState')).toEqual({ UZ: [0, 0, 0, 1, 2] });
    expect(tableOf(stats, 'unhcrButRefused')).toEqual({ applicants: [2] });
    expect(tableOf(stats, 'detentions')).toEqual({ detained: [4] });
    expect(tableOf(stats, 'incidentsByKind')).toEqual({ eviction: [1], landlord_pressure: [1] });
    expect(tableOf(stats, 'incidentsByPerpetrator')).toEqual({ landlord: [1], plain_clothes: [1] });
    const months = tableOf(stats, 'byMonth');
    // asylumApplication, decision, appeal, extradition, detention, incident
    expect(months['2026-09']).toEqual([0, 2, 2, 0, 0, 0]);
    expect(months.undated).toEqual([0, 0, 0, 0, 1, 0]);
  });

  it("add up: each table's total is its column in the months, so withholding one withholds both", () => {
    const stats = count();
    const total = (id: string) =>
      (stats.tables.find((t) => t.id === id)?.rows ?? []).reduce(
        (sum, row) => sum + row.counts.reduce((a, b) => a + b, 0),
        0,
      );
    const byMonth = stats.tables.find((t) => t.id === 'byMonth');
    const column = (i: number) => (byMonth?.rows ?? []).reduce((sum, row) => sum + (row.counts[i] ?? 0), 0);
    for (const [i, id] of populations.entries()) expect(total(id), id).toBe(column(i));
    expect(total('incidentsByPerpetrator')).toBe(total('incidentsByKind'));
    const published = publishStatistics(stats, 3);
    const shownTotal = (id: string) => {
      const table = published.tables.find((t) => t.id === id);
      return table?.totals?.total ?? table?.totals?.counts[0] ?? table?.rows[0]?.total ?? table?.rows[0]?.counts[0];
    };
    const months = published.tables.find((t) => t.id === 'byMonth');
    for (const [i, id] of populations.entries()) expect(shownTotal(id), id).toEqual(months?.totals?.counts[i]);
    // Appeals (2) are fewer than 3: their column shows no month, and the months' totals leave them out.
    expect(months?.rows.every((row) => row.counts[2] === 'hidden')).toBe(true);
    expect(months?.totals?.total).toBe('hidden');
  });

  it('suppress counts under the threshold and keep zeros', () => {
    const stats = computeStatistics(env.workspace.db, '2026-01-01', '2026-12-31', 5);
    expect(tableOf(stats, 'applicantsByCitizenship')).toEqual({
      CN: ['suppressed'],
      KG: ['suppressed'],
      TJ: ['suppressed'],
      UZ: ['suppressed'],
    });
    const decisions = stats.tables.find((t) => t.id === 'decisions');
    expect(decisions).toMatchObject({ withheld: true, rows: [], totals: { total: 'suppressed' } });
    const extraditions = publishStatistics(count(), 3).tables.find((t) => t.id === 'extraditionsByState');
    expect(extraditions).toMatchObject({ withheld: true, totals: { total: 'suppressed' } });
  });

  it('refuse a threshold below 3, where "<t" would name the count', () => {
    const query = { from: '2026-01-01', to: '2026-12-31' };
    expect(statisticsQuerySchema.safeParse({ ...query, threshold: 2 }).success).toBe(false);
    expect(statisticsQuerySchema.safeParse({ ...query, threshold: 1 }).success).toBe(false);
    expect(statisticsQuerySchema.safeParse({ ...query, threshold: 3 }).success).toBe(true);
  });

  it('respect the period, counting partial dates from their first day', () => {
    const stats = count('2026-05-01', '2026-05-31');
    expect(tableOf(stats, 'asylumApplications')).toEqual({ filed: [1] });
    expect(tableOf(stats, 'incidentsByKind')).toEqual({});
    expect(tableOf(stats, 'applicantsByCitizenship')).toEqual({ TJ: [1] });
  });

  it('write CSV separated by semicolons, with a BOM, no names and "<5" for suppressed counts', () => {
    const csv = statisticsCsv(computeStatistics(env.workspace.db, '2026-01-01', '2026-12-31', 5), 'en');
    expect(csv.startsWith('\uFEFF"Statistics";"2026-01-01 – 2026-12-31"\r\n')).toBe(true);
    expect(csv).toContain('"Uzbekistan";"<5"');
    expect(csv).toContain('overlapping periods');
    expect(csv).not.toMatch(/"[^"\r\n]*","/);
    for (const name of ['Назаров', 'Yusupova', 'Gʻofurov', 'ЖМБ-2026-0114']) expect(csv).not.toContain(name);
  });

  it('read only indexes, never a row or its document (issue 5: 8 s at 100,000 applicants)', () => {
    const db = env.workspace.db;
    const prepare = vi.spyOn(db, 'prepare');
    computeStatistics(db, '2026-01-01', '2026-12-31', 5);
    const statements = prepare.mock.calls.map(([sql]) => sql);
    prepare.mockRestore();
    expect(statements.length).toBeGreaterThan(5);
    for (const sql of statements) {
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ from: '2026-01-01', to: '2026-12-31' });
      const reads = (plan as { detail: string }[]).map((step) => step.detail).filter((d) => /^(SCAN|SEARCH) /.test(d));
      // event_people (p, q) is WITHOUT ROWID and holds only its key: its primary key is a covering
      // index. x is the people-of-events subquery's own result, not a table.
      for (const read of reads) {
        expect(read, sql).toMatch(/USING COVERING INDEX|^SEARCH [pq] USING PRIMARY KEY|^SCAN x$/);
      }
    }
  });
});

describe('statistics count the people events concern', () => {
  const period = ['2028-01-01', '2028-12-31'] as const;
  const person = (familyName: string, citizenship: string[]) =>
    env.workspace.applicants.create({ familyName, citizenship });
  /** 29 detained together, `members` of them with a file here, then refused: the first member with the second. */
  const detainedThenRefused = (members: string[]) => {
    const [first = '', ...others] = members;
    env.workspace.events.create(first, {
      type: 'detention',
      date: '2028-02-10',
      otherApplicantIds: others,
      groupSize: 29,
    });
    env.workspace.events.create(first, {
      type: 'decision',
      decidedOn: '2028-03-01',
      outcome: 'refused',
      otherApplicantIds: others.slice(0, 1),
    });
  };

  it('count an extradition to a third country by the state the person was handed to', () => {
    const handed = (familyName: string, handedTo: string) =>
      env.workspace.events.create(person(familyName, ['TJ']), {
        type: 'extradition',
        requestingState: 'TJ',
        receivedOn: '2028-03-01',
        outcome: 'extradited',
        handedTo,
      });
    // Requested by Tajikistan, both Tajik: one handed to Uzbekistan, one to Tajikistan.
    handed('Назаров', 'UZ');
    handed('Каримов', 'TJ');
    // Not recorded where he was handed: the requesting state, his own.
    env.workspace.events.create(person('Саидов', ['TJ']), {
      type: 'extradition',
      requestingState: 'TJ',
      receivedOn: '2028-04-01',
      outcome: 'extradited',
    });
    // pending, refused, approved, extradited, extraditedThirdCountry
    expect(tableOf(countStatistics(env.workspace.db, ...period), 'extraditionsByState')).toEqual({
      TJ: [0, 0, 0, 2, 1],
    });
  });

  it('count a detention of 29 people as 29 detained, each member once, and a group refusal per person', () => {
    const rakhimov = person('Рахимов', ['UZ']);
    const tashkentov = person('Ташкентов', ['UZ']);
    const samarkandov = person('Самаркандов', ['UZ', 'TJ']);
    detainedThenRefused([rakhimov, tashkentov, samarkandov]);
    env.workspace.events.create(rakhimov, {
      type: 'unhcr',
      recognizedOn: '2027-05-01',
      otherApplicantIds: [tashkentov],
    });
    env.workspace.events.create(person('Одинов', ['KG']), { type: 'detention', date: '2028-06-01' });

    const counted = countStatistics(env.workspace.db, ...period);
    expect(tableOf(counted, 'detentions')).toEqual({ detained: [30] });
    expect(tableOf(counted, 'decisions')).toEqual({ refused: [0, 2] });
    expect(tableOf(counted, 'unhcrButRefused')).toEqual({ applicants: [2] });
    // Only the people with a file have a citizenship: the three members, and the fourth detained.
    expect(tableOf(counted, 'applicantsByCitizenship')).toEqual({ KG: [1], TJ: [1], UZ: [3] });
    const months = tableOf(counted, 'byMonth');
    // asylumApplication, decision, appeal, extradition, detention, incident
    expect(months['2028-02']).toEqual([0, 0, 0, 0, 29, 0]);
    expect(months['2028-03']).toEqual([0, 2, 0, 0, 0, 0]);

    // A member whose file is deleted no longer counts, nor does he join the rest of the group:
    // the group is 29, less the three listed, plus the two live members.
    env.workspace.applicants.setDeleted(samarkandov, true);
    expect(tableOf(countStatistics(env.workspace.db, ...period), 'detentions')).toEqual({ detained: [29] });
    // With every member's file deleted, the group's event counts no one, as any deleted person's.
    env.workspace.applicants.setDeleted(rakhimov, true);
    env.workspace.applicants.setDeleted(tashkentov, true);
    expect(tableOf(countStatistics(env.workspace.db, ...period), 'detentions')).toEqual({ detained: [1] });
  });

  it('suppress the new counts alike: 29 detained shown, a group refusal of 2 as "<5", and the months agree', () => {
    detainedThenRefused([person('Рахимов', ['UZ']), person('Ташкентов', ['UZ'])]);
    const published = computeStatistics(env.workspace.db, ...period, 5);
    expect(tableOf(published, 'detentions')).toEqual({ detained: [29] });
    expect(published.tables.find((t) => t.id === 'decisions')).toMatchObject({
      withheld: true,
      totals: { total: 'suppressed' },
    });
    const months = published.tables.find((t) => t.id === 'byMonth');
    // The refusals (2) are withheld from the months; the detentions' column is their table's total.
    expect(months?.totals?.counts).toEqual([0, 'suppressed', 0, 0, 29, 0]);
    expect(months?.rows.every((row) => row.counts[1] === 'hidden')).toBe(true);
  });
});
