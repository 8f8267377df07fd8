import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanohError } from '../../shared/errors';
import { importRecords, parseImport } from '../import/importRecords';
import { Workspace } from '../records/workspace';
import { computeStatistics } from '../reports/statistics';
import { search } from '../search/searchQuery';
import { makeTempDir, TEST_SCRYPT } from '../testing/tempVault';
import { LATEST_SCHEMA_VERSION, type Migration, migrations } from './migrations';
import { type Db, schemaVersion } from './openDatabase';
import { VaultSession } from './vaultSession';

const PASSPHRASE = 'миграция проверка 2026';

const addCases: Migration = {
  version: LATEST_SCHEMA_VERSION + 1,
  name: 'cases',
  up(db) {
    db.exec('CREATE TABLE cases (id INTEGER PRIMARY KEY, title TEXT NOT NULL) STRICT');
    db.exec("INSERT INTO cases (title) SELECT value FROM settings WHERE key = 'seed'");
  },
};

const broken: Migration = {
  version: LATEST_SCHEMA_VERSION + 2,
  name: 'broken',
  up(db) {
    db.exec('CREATE TABLE half_made (x)');
    db.exec('THIS IS NOT SQL');
  },
};

let temp: ReturnType<typeof makeTempDir>;
let vaultPath: string;
const sessions: VaultSession[] = [];

function session(list: readonly Migration[]): VaultSession {
  const vault = new VaultSession(vaultPath, { scrypt: TEST_SCRYPT, migrations: list });
  sessions.push(vault);
  return vault;
}

beforeEach(() => {
  temp = makeTempDir();
  vaultPath = join(temp.dir, 'office.panoh');
});
afterEach(() => {
  for (const vault of sessions.splice(0)) vault.lock();
  temp.cleanup();
});

describe('schema migrations', () => {
  it('numbers the shipped migrations from 1 upwards, each once (parallel work leaves gaps, which are fine)', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  });

  it('brings an older vault up to date on unlock and keeps its data', async () => {
    const old = session(migrations);
    await old.create(PASSPHRASE);
    old.database().prepare("INSERT INTO settings (key, value) VALUES ('seed', 'Дело №1')").run();
    old.lock();

    const upgraded = session([...migrations, addCases]);
    await upgraded.unlock(PASSPHRASE);
    const db = upgraded.database();
    expect(schemaVersion(db)).toBe(addCases.version);
    expect(db.prepare('SELECT title FROM cases').all()).toEqual([{ title: 'Дело №1' }]);
  });

  it('rolls a failing migration back whole and leaves the vault at the last good version', async () => {
    const first = session([...migrations, addCases]);
    await first.create(PASSPHRASE);
    first.lock();

    await expect(session([...migrations, addCases, broken]).unlock(PASSPHRASE)).rejects.toThrow();

    const again = session([...migrations, addCases]);
    await again.unlock(PASSPHRASE);
    const db = again.database();
    expect(schemaVersion(db)).toBe(addCases.version);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_made'").all()).toEqual([]);
  });

  it('refuses to run an older build on a newer vault', async () => {
    const newer = session([...migrations, addCases]);
    await newer.create(PASSPHRASE);
    newer.lock();
    const older = session(migrations);
    await expect(older.unlock(PASSPHRASE)).rejects.toSatisfy(
      (error: unknown) => error instanceof PanohError && error.code === 'VAULT_TOO_NEW',
    );
    expect(older.isUnlocked).toBe(false);
  });
});

/** The same rows without migration 12's table and columns (the other migrations' tables stay). */
function withoutCaseFile(db: Db): void {
  db.exec(`
    DROP TABLE event_people;
    DROP INDEX applicants_by_name;
    ALTER TABLE applicants DROP COLUMN sort_name;
    CREATE INDEX applicants_by_name ON applicants (family_name COLLATE NOCASE, given_name COLLATE NOCASE, id)
      WHERE deleted_at IS NULL;
    DROP INDEX events_statistics;
    ALTER TABLE events DROP COLUMN handed_to;
    CREATE INDEX events_statistics
      ON events (type, sort_date, outcome, reasons_given, requesting_state, applicant_id, deleted_at)
      WHERE deleted_at IS NULL;
    DROP INDEX deadlines_by_warning;
    ALTER TABLE deadlines DROP COLUMN warn_from;
    ALTER TABLE deadlines DROP COLUMN passes;
  `);
}

/** The same rows as a vault written by the schema 5 build holds them: without 0006's columns. */
function backToSchema5(db: Db): void {
  withoutCaseFile(db);
  db.exec(`
    DROP INDEX applicants_statistics;
    DROP INDEX events_statistics;
    DROP INDEX incidents_statistics;
    ALTER TABLE applicants DROP COLUMN arrival_date;
    ALTER TABLE events DROP COLUMN outcome;
    ALTER TABLE events DROP COLUMN reasons_given;
    ALTER TABLE events DROP COLUMN requesting_state;
    ALTER TABLE incidents DROP COLUMN perpetrator;
    PRAGMA user_version = 5;
  `);
}

describe('migration 6 (statistics columns)', () => {
  it('fills the new columns from the documents, so statistics stay the same after the upgrade', async () => {
    // Today's schema (today's code writes the records), then back to 5 for migration 6 alone.
    const vault = session(migrations);
    await vault.create(PASSPHRASE);
    const workspace = new Workspace(vault.database());
    const demo = readFileSync(join(__dirname, '../../../fixtures/demo-import.json'), 'utf8');
    const { ids } = importRecords(workspace, parseImport('json', demo), 'json');
    // A deleted person's events must stay out of the counts after the upgrade too.
    const deleted = Object.values(ids)[0] ?? '';
    workspace.applicants.setDeleted(deleted, true);
    const periods = [
      ['2026-01-01', '2026-12-31'],
      ['2026-05-01', '2026-05-31'],
      ['2020-01-01', '2030-12-31'],
    ] as const;
    const before = periods.map(([from, to]) => computeStatistics(vault.database(), from, to, 1));
    backToSchema5(vault.database());
    vault.lock();

    // 6, then 12, whose columns today's statistics read; the others would meet their tables again.
    const upgraded = session(migrations.filter((m) => m.version <= 6 || m.version === 12));
    await upgraded.unlock(PASSPHRASE);
    const db = upgraded.database();
    expect(schemaVersion(db)).toBe(12);
    expect(periods.map(([from, to]) => computeStatistics(db, from, to, 1))).toEqual(before);
    // Every table has something to compare, so equal means the backfill matched every column.
    for (const table of before[2]?.tables ?? []) expect(table.rows, table.id).not.toEqual([]);
  });
});

describe('migration 12 (case file)', () => {
  it('backfills who each event concerns, sort names and deadlines, so every file reads as before', async () => {
    const vault = session(migrations);
    await vault.create(PASSPHRASE);
    const workspace = new Workspace(vault.database());
    const demo = readFileSync(join(__dirname, '../../../fixtures/demo-import.json'), 'utf8');
    const { ids } = importRecords(workspace, parseImport('json', demo), 'json');
    const people = Object.values(ids);
    const [first = ''] = people;
    const today = '2026-11-27';
    const before = people.map((id) => ({
      timeline: workspace.events.forApplicant(id),
      deadlines: workspace.deadlines.forApplicant(id, today),
    }));
    const withDeadline = before.findIndex((file) => file.deadlines.length > 0);
    const marked = before[withDeadline]?.deadlines[0]?.key ?? '';
    workspace.deadlines.markDone(marked);
    const list = workspace.applicants.list({ sort: 'familyName', direction: 'asc', offset: 0, limit: 100 });
    const found = workspace.applicants.list({
      namePrefix: 'Юсуп',
      sort: 'familyName',
      direction: 'asc',
      offset: 0,
      limit: 5,
    });
    // As the build that shipped schema 11 left it.
    withoutCaseFile(vault.database());
    vault.database().pragma('user_version = 11');
    vault.lock();

    // Up to this migration only: later ones would meet their tables again.
    const upgraded = session(migrations.filter((m) => m.version <= 12));
    await upgraded.unlock(PASSPHRASE);
    expect(schemaVersion(upgraded.database())).toBe(12);
    const after = new Workspace(upgraded.database());
    people.forEach((id, index) => {
      expect(after.events.forApplicant(id)).toEqual(before[index]?.timeline);
      const open = (before[index]?.deadlines ?? []).filter((d) => d.key !== marked);
      expect(after.deadlines.forApplicant(id, today)).toEqual(open);
    });
    expect(before.some((file) => file.timeline.length > 0)).toBe(true);
    expect(after.applicants.list({ sort: 'familyName', direction: 'asc', offset: 0, limit: 100 })).toEqual(list);
    expect(
      after.applicants.list({ namePrefix: 'Юсуп', sort: 'familyName', direction: 'asc', offset: 0, limit: 5 }),
    ).toEqual(found);
    // Edits after the upgrade go through the new table: an event of the first person stays theirs.
    const [event] = after.events.forApplicant(first);
    if (event) after.events.update(event.id, event.event);
    expect(after.events.forApplicant(first).map((e) => e.id)).toEqual(before[0]?.timeline.map((e) => e.id));
  });
});

describe('migration 14 (search folding and typo index)', () => {
  it('writes every search row again with the new keys and a typo index', async () => {
    const vault = session(migrations);
    await vault.create(PASSPHRASE);
    const workspace = new Workspace(vault.database());
    const demo = readFileSync(join(__dirname, '../../../fixtures/demo-import.json'), 'utf8');
    importRecords(workspace, parseImport('json', demo), 'json');
    // Back to the schema before migration 14: the old search table, holding keys the old folding wrote.
    vault.database().exec(`
      DROP TABLE applicant_search;
      DROP TABLE applicant_near;
      CREATE VIRTUAL TABLE applicant_search USING fts5(names, numbers, text, tokenize = 'unicode61 remove_diacritics 0');
      INSERT INTO applicant_search (rowid, names, numbers, text) SELECT search_rowid, 'stale', '', '' FROM applicant_search_keys;
      PRAGMA user_version = 13;
    `);
    vault.lock();

    // Up to this migration only: later ones would meet their tables again.
    const upgraded = session(migrations.filter((m) => m.version <= 14));
    await upgraded.unlock(PASSPHRASE);
    const db = upgraded.database();
    expect(schemaVersion(db)).toBe(14);
    const found = (text: string) => search(db, text, 10).applicants.map((h) => [h.applicant.familyName, h.approximate]);
    expect(found('stale')).toEqual([]);
    expect(found('Юсупова')).toEqual([['Yusupova', false]]);
    expect(found('Yusupva')).toEqual([['Yusupova', true]]);
    expect(db.prepare("SELECT count(*) AS n FROM applicant_search WHERE names = 'stale'").get()).toEqual({ n: 0 });
  });
});

describe('migration 15 (the documents tables for vaults that skipped 9)', () => {
  it('gives a vault already at 11 without migration 9 its office templates and details', async () => {
    const vault = session(migrations.filter((m) => m.version !== 9 && m.version <= 11));
    await vault.create(PASSPHRASE);
    const tables = (db: Db) =>
      (
        db
          .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('office_templates', 'office_details')",
          )
          .all() as {
          name: string;
        }[]
      ).map((row) => row.name);
    expect(schemaVersion(vault.database())).toBe(11);
    expect(tables(vault.database())).toEqual([]);
    vault.lock();

    const upgraded = session(migrations);
    await upgraded.unlock(PASSPHRASE);
    const db = upgraded.database();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(db).sort()).toEqual(['office_details', 'office_templates']);
    expect(db.prepare('SELECT count(*) AS n FROM office_templates').get()).toEqual({ n: 0 });
  });
});

describe('migration 17 (group sizes for statistics)', () => {
  it('fills group_size from the documents, so a group detention counts its people after the upgrade', async () => {
    const vault = session(migrations);
    await vault.create(PASSPHRASE);
    const workspace = new Workspace(vault.database());
    const demo = readFileSync(join(__dirname, '../../../fixtures/demo-import.json'), 'utf8');
    importRecords(workspace, parseImport('json', demo), 'json');
    const rakhimov = workspace.applicants.create({ familyName: 'Рахимов', citizenship: ['UZ'] });
    const tashkentov = workspace.applicants.create({ familyName: 'Ташкентов', citizenship: ['UZ'] });
    workspace.events.create(rakhimov, {
      type: 'detention',
      date: '2026-02-10',
      otherApplicantIds: [tashkentov],
      groupSize: 29,
    });
    // The demo's three detentions, and the 29 detained together.
    const before = computeStatistics(vault.database(), '2026-01-01', '2026-12-31', 3);
    expect(before.tables.find((t) => t.id === 'detentions')?.rows[0]?.counts).toEqual([32]);
    // Back to the schema before 17: no group_size, the index of 0012.
    vault.database().exec(`
      DROP INDEX events_statistics;
      ALTER TABLE events DROP COLUMN group_size;
      CREATE INDEX events_statistics
        ON events (type, sort_date, outcome, reasons_given, requesting_state, handed_to, applicant_id, deleted_at)
        WHERE deleted_at IS NULL;
      PRAGMA user_version = 16;
    `);
    vault.lock();

    // Up to this migration only: later ones would meet their tables again.
    const upgraded = session(migrations.filter((m) => m.version <= 17));
    await upgraded.unlock(PASSPHRASE);
    const db = upgraded.database();
    expect(schemaVersion(db)).toBe(17);
    expect(computeStatistics(db, '2026-01-01', '2026-12-31', 3)).toEqual(before);
  });
});
