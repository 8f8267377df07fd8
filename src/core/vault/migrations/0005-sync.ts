import type { Migration } from './migration';

/** USB sync: trusted colleague devices, open conflicts, and this device's export position. */
export const migration0005: Migration = {
  version: 5,
  name: 'sync',
  up(db) {
    db.exec(`
      CREATE TABLE devices (
        device_id      TEXT PRIMARY KEY,
        name           TEXT NOT NULL,
        public_key     TEXT NOT NULL,
        fingerprint    TEXT NOT NULL,
        trusted_at     TEXT NOT NULL,
        last_import_at TEXT
      ) STRICT;

      CREATE TABLE conflicts (
        id           INTEGER PRIMARY KEY,
        tbl          TEXT NOT NULL,
        row_id       TEXT NOT NULL,
        field        TEXT NOT NULL,
        winner_hlc   TEXT NOT NULL,
        winner_value TEXT NOT NULL,
        loser_hlc    TEXT NOT NULL,
        loser_value  TEXT NOT NULL,
        detected_at  TEXT NOT NULL,
        resolved_at  TEXT,
        UNIQUE (tbl, row_id, field, winner_hlc, loser_hlc)
      ) STRICT;
      CREATE INDEX conflicts_open ON conflicts (tbl, row_id, field) WHERE resolved_at IS NULL;
    `);
  },
};
