import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importRecords, parseImport } from '../import/importRecords';
import { openTestWorkspace } from '../testing/openWorkspace';
import { computeStatistics } from './statistics';
import { statisticsCsv } from './statisticsCsv';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => {
  env = await openTestWorkspace();
  const demo = readFileSync(join(__dirname, '../../../fixtures/demo-import.json'), 'utf8');
  importRecords(env.workspace, parseImport('json', demo), 'json');
});
afterEach(() => env.close());

const tableOf = (stats: ReturnType<typeof computeStatistics>, id: string) =>
  Object.fromEntries((stats.tables.find((t) => t.id === id)?.rows ?? []).map((r) => [r.label, r.counts]));

describe('statistics for a period', () => {
  it('count the demo dataset exactly when nothing is suppressed', () => {
    const stats = computeStatistics(env.workspace.db, '2026-01-01', '2026-12-31', 1);
    expect(tableOf(stats, 'applicantsByCitizenship')).toEqual({ CN: [1], KG: [1], TJ: [1], UZ: [3] });
    expect(tableOf(stats, 'asylumApplications')).toEqual({ filed: [3] });
    expect(tableOf(stats, 'decisions')).toEqual({ granted: [0, 1], refused: [1, 2] });
    expect(tableOf(stats, 'appeals')).toEqual({ pending: [2] });
    expect(tableOf(stats, 'extraditionsByState')).toEqual({ UZ: [0, 0, 0, 2] });
    expect(tableOf(stats, 'unhcrButRefused')).toEqual({ applicants: [2] });
    expect(tableOf(stats, 'incidentsByKind')).toEqual({ eviction: [1], landlord_pressure: [1] });
    expect(tableOf(stats, 'incidentsByPerpetrator')).toEqual({ landlord: [1], plain_clothes: [1] });
    expect(tableOf(stats, 'byMonth')['2026-09']).toEqual([0, 2, 2, 0, 0]);
  });

  it('suppress counts under the threshold and keep zeros', () => {
    const stats = computeStatistics(env.workspace.db, '2026-01-01', '2026-12-31', 5);
    expect(tableOf(stats, 'applicantsByCitizenship')).toEqual({
      CN: ['suppressed'],
      KG: ['suppressed'],
      TJ: ['suppressed'],
      UZ: ['suppressed'],
    });
    expect(tableOf(stats, 'decisions').granted).toEqual([0, 'suppressed']);
  });

  it('respect the period, counting partial dates from their first day', () => {
    const stats = computeStatistics(env.workspace.db, '2026-05-01', '2026-05-31', 1);
    expect(tableOf(stats, 'asylumApplications')).toEqual({ filed: [1] });
    expect(tableOf(stats, 'incidentsByKind')).toEqual({});
    expect(tableOf(stats, 'applicantsByCitizenship')).toEqual({ TJ: [1] });
  });

  it('write CSV with no names and "<5" for suppressed counts', () => {
    const csv = statisticsCsv(computeStatistics(env.workspace.db, '2026-01-01', '2026-12-31', 5), 'en');
    expect(csv).toContain('"<5"');
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
