import { PanohError } from '../../shared/errors';
import { migrations as defaultMigrations, type Migration } from './migrations';
import { type Db, schemaVersion } from './openDatabase';

export function latestVersion(list: readonly Migration[]): number {
  return list.at(-1)?.version ?? 0;
}

/** Refuses, without writing, a vault whose schema is newer than this build knows. */
export function assertNotTooNew(db: Db, list: readonly Migration[] = defaultMigrations): void {
  const current = schemaVersion(db);
  const latest = latestVersion(list);
  if (current > latest) throw new PanohError('VAULT_TOO_NEW', { version: current, supported: latest });
}

/**
 * Runs every migration above the stored version, each in its own transaction together with the
 * version bump, so a failure leaves the vault at the last good version.
 */
export function migrate(db: Db, list: readonly Migration[] = defaultMigrations): number {
  assertNotTooNew(db, list);
  for (const migration of list) {
    if (migration.version <= schemaVersion(db)) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })();
  }
  return schemaVersion(db);
}
