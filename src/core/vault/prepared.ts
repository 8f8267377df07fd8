import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './openDatabase';

const caches = new WeakMap<Db, Map<string, Statement>>();

/**
 * Compiles each SQL text once per connection. Preparing costs more than running a small insert,
 * and the write path runs the same few statements hundreds of thousands of times in an import.
 * The cache dies with the connection (a WeakMap), so locking leaves no statement behind.
 */
export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
