import type { Migration } from './migration';

/**
 * A colleague's "delete forever" of a record that is still live here is not carried out on that
 * colleague's word alone (a stolen laptop could erase the office): it waits here as a request
 * until a lawyer confirms it or keeps the record. A declined request stays declined for that
 * clock; only a newer purge of the record asks again.
 */
export const migration0019: Migration = {
  version: 19,
  name: 'purge-requests',
  up(db) {
    db.exec(`
      CREATE TABLE purge_requests (
        tbl         TEXT NOT NULL,
        row_id      TEXT NOT NULL,
        hlc         TEXT NOT NULL,
        received_at TEXT NOT NULL,
        declined_at TEXT,
        PRIMARY KEY (tbl, row_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
