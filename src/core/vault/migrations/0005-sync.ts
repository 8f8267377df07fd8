import type { Migration } from './migration';

/** USB sync: trusted colleague devices, open conflicts, and version vectors. */
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

      -- Version vectors: what this vault holds of each device's changes (holder = this device),
      -- and what each colleague said it held in its last bundle, so an export carries only what
      -- the least up-to-date colleague may lack, whoever plugs in the stick.
      CREATE TABLE sync_vectors (
        holder TEXT NOT NULL,
        origin TEXT NOT NULL,
        hlc    TEXT NOT NULL,
        PRIMARY KEY (holder, origin)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX changes_origin ON changes (device_id, hlc);
    `);
  },
};
