import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PanohError } from '../../shared/errors';
import { openTestWorkspace } from '../testing/openWorkspace';
import type { Db } from '../vault/openDatabase';
import { importRecords, parseImport } from './importRecords';
import { readCsv } from './readCsv';

// A copy of the shared fictional demo file, kept in the repository so tests never depend on what lies beside it.
const DEMO = readFileSync(join(__dirname, '../../../fixtures/demo-import.json'), 'utf8');

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => {
  env = await openTestWorkspace();
});
afterEach(() => env.close());

function importError(format: 'json' | 'csv', text: string): PanohError {
  try {
    parseImport(format, text);
  } catch (error) {
    return error as PanohError;
  }
  throw new Error('expected the import to be refused');
}

function counts() {
  const count = (table: string) =>
    (env.workspace.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    applicants: count('applicants'),
    events: count('events'),
    incidents: count('incidents'),
    changes: count('changes'),
  };
}

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * What a vault's writes left, with ids, clocks and times taken out so two vaults compare: every
 * change (table, field, value, the clock it replaced, whether the field's clock is its clock and
 * its device this one), the audit entries, the records, and their search and deadline rows.
 */
function writeLog(db: Db) {
  // The typo index keeps no copy of its text: compare what it holds, term by term.
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.typo_terms USING fts5vocab(main, 'applicant_near', 'row')");
  const rows = (sql: string) =>
    (db.prepare(sql).all() as Record<string, unknown>[]).map((r) => JSON.stringify(r).replace(ID, 'ID')).sort();
  return {
    changes: rows(
      `SELECT c.tbl, c.field, c.value, c.prev_hlc, f.hlc = c.hlc AS clocked,
         c.device_id = (SELECT value FROM meta WHERE key = 'device_id') AS here
         FROM changes c LEFT JOIN field_clocks f ON f.tbl = c.tbl AND f.row_id = c.row_id AND f.field = c.field`,
    ),
    clocks: rows('SELECT count(*) AS n FROM field_clocks'),
    audit: rows(
      "SELECT action, target_kind, detail, target_id IS NULL AS untargeted, applicant_id IS NULL AS unfiled FROM audit_log WHERE action <> 'import'",
    ),
    search: rows('SELECT names, numbers, text FROM applicant_search'),
    typo: rows('SELECT term, doc FROM temp.typo_terms'),
    deadlines: rows('SELECT rule_id, due_on, trigger_on, unconfirmed, lawyer FROM deadlines'),
    rows: rows(
      `SELECT 'applicants' AS t, doc FROM applicants UNION ALL SELECT 'events', doc FROM events
         UNION ALL SELECT 'incidents', doc FROM incidents UNION ALL SELECT 'victims', count(*) FROM incident_victims`,
    ),
  };
}

describe('import', () => {
  it('imports the demo file whole, linking incidents to their victims', () => {
    const result = importRecords(env.workspace, parseImport('json', DEMO), 'json');
    expect(result.imported).toEqual({ applicants: 6, events: 19, incidents: 2 });
    expect(Object.keys(result.ids).sort()).toEqual([
      'asanova',
      'gofurov',
      'nazarov',
      'rahimova',
      'toktogulov',
      'yusupova',
    ]);
    const yusupova = result.ids.yusupova ?? '';
    expect(env.workspace.events.forApplicant(yusupova).map((e) => e.event.type)).toEqual([
      'unhcr',
      'detention',
      'decision',
      'appeal',
    ]);
    expect(env.workspace.incidents.list({ applicantId: yusupova, offset: 0, limit: 10 }).rows[0]?.kind).toBe(
      'landlord_pressure',
    );
    const nazarovDecision = env.workspace.events
      .forApplicant(result.ids.nazarov ?? '')
      .find((e) => e.event.type === 'decision');
    expect(nazarovDecision?.event).not.toHaveProperty('reasons');
    expect(env.workspace.audit.list({ limit: 1 })[0]).toMatchObject({
      action: 'import',
      detail: { format: 'json', applicants: 6, events: 19, incidents: 2 },
    });
  });

  it('logs, clocks, audits and indexes every record exactly as creating it through its repository does', async () => {
    const doc = parseImport('json', DEMO);
    const { ids } = importRecords(env.workspace, doc, 'json');
    const single = await openTestWorkspace();
    try {
      const refs: Record<string, string> = {};
      for (const { ref, events, ...fields } of doc.applicants) {
        const id = single.workspace.applicants.create(fields);
        if (ref) refs[ref] = id;
        for (const event of events) single.workspace.events.create(id, event);
      }
      for (const { victims, ...fields } of doc.incidents) {
        single.workspace.incidents.create({ ...fields, victimIds: victims.map((ref) => refs[ref] ?? '') });
      }
      const log = writeLog(env.workspace.db);
      expect(log).toEqual(writeLog(single.workspace.db));
      expect(log.search.length).toBeGreaterThan(0);
      expect(log.typo.length).toBeGreaterThan(100);
    } finally {
      single.close();
    }
    expect(env.workspace.audit.verify().ok).toBe(true);
    const nazarov = ids.nazarov ?? '';
    expect(env.workspace.audit.list({ applicantId: nazarov, limit: 10 }).map((e) => e.action)).toContain('create');
    expect(env.workspace.deadlines.forApplicant(nazarov).length).toBeGreaterThan(0);
  });

  it('refuses a file with one bad record, naming record and field, and changes nothing', () => {
    const doc = JSON.parse(DEMO);
    doc.applicants[3].birthDate = '1979-02-30';
    doc.applicants[4].citizenship = ['XX'];
    doc.applicants[0].events[1].filedOn = 'вчера';
    doc.applicants[2].familyName = '<script>alert(1)</script>';
    doc.applicants[1].notes = 'x'.repeat(20_001);
    const before = counts();
    const error = importError('json', JSON.stringify(doc));
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.fields).toEqual(
      expect.arrayContaining([
        { path: 'applicants.3.birthDate', issue: 'invalidDate' },
        { path: 'applicants.4.citizenship.0', issue: 'unknownCountry' },
        { path: 'applicants.0.events.1.filedOn', issue: 'invalidDate' },
        { path: 'applicants.2.familyName', issue: 'markup' },
        { path: 'applicants.1.notes', issue: 'tooLong' },
      ]),
    );
    expect(counts()).toEqual(before);
  });

  it('refuses unknown fields, duplicate refs and victims that are not in the file', () => {
    expect(
      importError('json', JSON.stringify({ applicants: [{ familyName: 'A', birthdate: '1990' }] })).fields,
    ).toEqual([{ path: 'applicants.0.birthdate', issue: 'unknownField' }]);
    const dup = {
      applicants: [
        { ref: 'a', familyName: 'A' },
        { ref: 'a', familyName: 'B' },
      ],
    };
    expect(importError('json', JSON.stringify(dup)).fields).toEqual([
      { path: 'applicants.1.ref', issue: 'duplicateReference' },
    ]);
    const victim = {
      applicants: [{ ref: 'a', familyName: 'A' }],
      incidents: [{ occurredOn: '2026', kind: 'threat', perpetrator: 'police', description: 'x', victims: ['b'] }],
    };
    expect(importError('json', JSON.stringify(victim)).fields).toEqual([
      { path: 'incidents.0.victims.0', issue: 'unknownReference' },
    ]);
    expect(importError('json', '{"applicants": [').fields).toEqual([{ path: '', issue: 'invalidFile' }]);
  });

  it('rolls back everything when a write fails half way', () => {
    const doc = parseImport('json', DEMO);
    const counted = counts();
    env.workspace.db.exec(
      "CREATE TRIGGER fail_third BEFORE INSERT ON applicants WHEN (SELECT count(*) FROM applicants) >= 2 BEGIN SELECT RAISE(ABORT, 'disk trouble'); END",
    );
    expect(() => importRecords(env.workspace, doc, 'json')).toThrow(/disk trouble/);
    env.workspace.db.exec('DROP TRIGGER fail_third');
    expect(counts()).toEqual(counted);
    expect(env.workspace.audit.verify().ok).toBe(true);
  });

  it('reads applicants from CSV with Excel quirks: BOM, CRLF, quotes, lists separated by semicolons', () => {
    const csv =
      '\uFEFFref,familyName,givenName,aliases,citizenship,languages,birthDate,notes\r\n' +
      'r1,Рахимова,Хадича,"Rahimova; Khadicha",UZ,uz;ru,1988,"Said: ""we were told to leave""\nsecond line"\r\n' +
      'r2,Gʻofurov,Oʻtkir,,uz,uz,1979-06,\r\n';
    const doc = parseImport('csv', csv);
    expect(doc.applicants[0]).toMatchObject({
      ref: 'r1',
      familyName: 'Рахимова',
      aliases: ['Rahimova', 'Khadicha'],
      languages: ['uz', 'ru'],
      notes: 'Said: "we were told to leave"\nsecond line',
    });
    expect(doc.applicants[1]?.citizenship).toEqual(['UZ']);
    expect(importRecords(env.workspace, doc, 'csv').imported.applicants).toBe(2);
    expect(importError('csv', 'familyName,birth\nA,1990\n').fields).toEqual([
      { path: 'columns.2', issue: 'unknownField' },
    ]);
    expect(importError('csv', 'familyName,birthDate\nA,1990-13\n').fields).toEqual([
      { path: 'row.2.birthDate', issue: 'invalidDate' },
    ]);
  });

  it('stores a case or document number without the «№» typed before it, as creating the record does', () => {
    const file = JSON.stringify({
      applicants: [
        {
          ref: 'nazarov',
          familyName: 'Назаров',
          citizenship: ['TJ'],
          documents: [{ kind: 'passport', number: '№ AA1234567' }],
          events: [{ type: 'detention', date: '2026-05-12', caseNumber: '№ 2675-00-31-2026' }],
        },
      ],
    });
    const { ids } = importRecords(env.workspace, parseImport('json', file), 'json');
    const stored = (table: string) =>
      (env.workspace.db.prepare(`SELECT doc FROM ${table}`).all() as { doc: string }[]).map((r) => r.doc).join('\n');
    expect(stored('events')).toContain('"caseNumber":"2675-00-31-2026"');
    expect(stored('applicants')).toContain('"number":"AA1234567"');
    expect(`${stored('events')}${stored('applicants')}`).not.toContain('№');
    expect(env.workspace.events.forApplicant(ids.nazarov ?? '')[0]?.event).toMatchObject({
      caseNumber: '2675-00-31-2026',
    });
  });

  it('parses quoted CSV fields exactly, with papaparse', () => {
    const rows = readCsv(Buffer.from('a,"b,c","d""e"\n\n1,2,3'), {}).grid.cells.filter((row) => row.some(Boolean));
    expect(rows).toEqual([
      ['a', 'b,c', 'd"e'],
      ['1', '2', '3'],
    ]);
    expect(() => readCsv(Buffer.from('a,"b'), {})).toThrow(expect.objectContaining({ code: 'IMPORT_UNREADABLE' }));
  });
});
