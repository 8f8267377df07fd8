import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanohError } from '../../shared/errors';
import { makeTempDir, TEST_SCRYPT } from '../testing/tempVault';
import { type Migration, migrations } from './migrations';
import { schemaVersion } from './openDatabase';
import { VaultSession } from './vaultSession';

const PASSPHRASE = 'миграция проверка 2026';

const addCases: Migration = {
  version: migrations.length + 1,
  name: 'cases',
  up(db) {
    db.exec('CREATE TABLE cases (id INTEGER PRIMARY KEY, title TEXT NOT NULL) STRICT');
    db.exec("INSERT INTO cases (title) SELECT value FROM settings WHERE key = 'seed'");
  },
};

const broken: Migration = {
  version: migrations.length + 2,
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
  it('numbers the shipped migrations 1, 2, 3… with no gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
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
