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
      for (const read of reads) expect(read, sql).toContain('USING COVERING INDEX');
    }
  });
});
