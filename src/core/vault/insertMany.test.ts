import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace } from '../testing/openWorkspace';
import { insertMany } from './insertMany';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => {
  env = await openTestWorkspace();
  env.workspace.db.exec('CREATE TABLE t (n INTEGER NOT NULL, label TEXT) STRICT');
});
afterEach(() => env.close());

const stored = () => env.workspace.db.prepare('SELECT n, label FROM t ORDER BY rowid').all();

describe('insertMany', () => {
  it('inserts every row in order, whatever the count', () => {
    for (const count of [0, 1, 63, 64, 65, 200]) {
      env.workspace.db.exec('DELETE FROM t');
      const rows = Array.from({ length: count }, (_, n) => ({ n, label: n % 3 === 0 ? null : `row ${n}` }));
      insertMany(
        env.workspace.db,
        'INSERT INTO t (n, label)',
        2,
        rows.flatMap((row) => [row.n, row.label]),
      );
      expect(stored()).toEqual(rows);
    }
  });

  it('applies the clause after the values (an upsert) to each row', () => {
    env.workspace.db.exec('CREATE UNIQUE INDEX t_n ON t (n)');
    insertMany(env.workspace.db, 'INSERT INTO t (n, label)', 2, [1, 'a', 2, 'b']);
    insertMany(
      env.workspace.db,
      'INSERT INTO t (n, label)',
      2,
      [2, 'c', 3, 'd'],
      'ON CONFLICT (n) DO UPDATE SET label = excluded.label',
    );
    expect(stored()).toEqual([
      { n: 1, label: 'a' },
      { n: 2, label: 'c' },
      { n: 3, label: 'd' },
    ]);
  });

  it('refuses values that do not fill whole rows', () => {
    expect(() => insertMany(env.workspace.db, 'INSERT INTO t (n, label)', 2, [1, 'a', 2])).toThrow(/whole rows/);
    expect(stored()).toEqual([]);
  });
});
