import type { Migration } from './migration';

/**
 * Travel mode (issue 17): the records purged from this laptop only, for the length of a trip.
 * `RecordStore.isPurged` consults it, so no bundle brings them back while travelling; ending
 * travel lifts the rows it restores. Never synced: a colleague's laptop keeps everything.
 */
export const migration0016: Migration = {
  version: 16,
  name: 'travel',
  up(db) {
    db.exec(`
      CREATE TABLE travel_excluded (
        tbl    TEXT NOT NULL,
        row_id TEXT NOT NULL,
        PRIMARY KEY (tbl, row_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
