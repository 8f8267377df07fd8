import { refreshAllDeadlines } from '../../deadlines/deadlineIndex';
import type { Migration } from './migration';

/**
 * Deadlines. `deadlines` is derived (recomputed for a person in the same transaction as any
 * change to their record); `tasks` are records like any other (change log, audit, sync): manual
 * tasks and the marks that a computed deadline was dealt with.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'deadlines',
  up(db) {
    db.exec(`
      CREATE TABLE deadlines (
        key          TEXT PRIMARY KEY,
        applicant_id TEXT NOT NULL,
        rule_id      TEXT NOT NULL,
        due_on       TEXT NOT NULL,
        trigger_on   TEXT NOT NULL,
        unconfirmed  INTEGER NOT NULL,
        lawyer       TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX deadlines_by_due ON deadlines (due_on);
      CREATE INDEX deadlines_by_applicant ON deadlines (applicant_id);

      CREATE TABLE tasks (
        id           TEXT PRIMARY KEY,
        doc          TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        deleted_at   TEXT,
        due_on       TEXT NOT NULL DEFAULT '',
        applicant_id TEXT NOT NULL DEFAULT '',
        lawyer       TEXT NOT NULL DEFAULT '',
        done         INTEGER NOT NULL DEFAULT 0,
        deadline_key TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX tasks_open_by_due ON tasks (due_on) WHERE deleted_at IS NULL AND done = 0;
      CREATE INDEX tasks_by_deadline ON tasks (deadline_key, done);
    `);
    refreshAllDeadlines(db);
  },
};
