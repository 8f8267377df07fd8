import { randomBytes } from 'node:crypto';
import type { Migration } from './migration';

/**
 * Case records. Each record is a JSON document (validated by the shared zod schemas before every
 * write) plus the few columns that lists sort and filter on. Field-level sync needs the document:
 * every top-level field has its own clock in `field_clocks` and every change is in `changes`.
 * Deletion is a tombstone (`deleted_at`), itself a field change, so it can be restored and synced.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'records',
  up(db) {
    db.exec(`
      CREATE TABLE applicants (
        id              TEXT PRIMARY KEY,
        doc             TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        deleted_at      TEXT,
        family_name     TEXT NOT NULL DEFAULT '',
        given_name      TEXT NOT NULL DEFAULT '',
        -- Lower-cased in JavaScript: SQLite's own lower() and LIKE fold ASCII only, not Cyrillic.
        family_fold     TEXT NOT NULL DEFAULT '',
        given_fold      TEXT NOT NULL DEFAULT '',
        birth_date      TEXT,
        case_status     TEXT NOT NULL DEFAULT 'intake',
        citizenship     TEXT NOT NULL DEFAULT '',
        assigned_lawyer TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX applicants_by_name ON applicants (family_name COLLATE NOCASE, given_name COLLATE NOCASE, id)
        WHERE deleted_at IS NULL;
      CREATE INDEX applicants_by_family_fold ON applicants (family_fold) WHERE deleted_at IS NULL;
      CREATE INDEX applicants_by_status ON applicants (case_status) WHERE deleted_at IS NULL;
      CREATE INDEX applicants_by_lawyer ON applicants (assigned_lawyer) WHERE deleted_at IS NULL;
      CREATE INDEX applicants_by_updated ON applicants (updated_at) WHERE deleted_at IS NULL;

      CREATE TABLE events (
        id           TEXT PRIMARY KEY,
        doc          TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        deleted_at   TEXT,
        applicant_id TEXT NOT NULL DEFAULT '',
        type         TEXT NOT NULL DEFAULT '',
        sort_date    TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX events_by_applicant ON events (applicant_id, sort_date);

      CREATE TABLE incidents (
        id          TEXT PRIMARY KEY,
        doc         TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT,
        occurred_on TEXT NOT NULL DEFAULT '',
        kind        TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX incidents_by_date ON incidents (occurred_on) WHERE deleted_at IS NULL;

      -- Derived from incidents.doc.victimIds in the same transaction, for "incidents of this person".
      CREATE TABLE incident_victims (
        incident_id  TEXT NOT NULL,
        applicant_id TEXT NOT NULL,
        PRIMARY KEY (incident_id, applicant_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX incident_victims_by_applicant ON incident_victims (applicant_id);

      CREATE TABLE attachments (
        id          TEXT PRIMARY KEY,
        doc         TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT,
        owner_id    TEXT NOT NULL DEFAULT '',
        sha256      TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX attachments_by_owner ON attachments (owner_id);
      -- Content addressed, so the same scan attached twice is stored once.
      CREATE TABLE blobs (
        sha256  TEXT PRIMARY KEY,
        content BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE field_clocks (
        tbl    TEXT NOT NULL,
        row_id TEXT NOT NULL,
        field  TEXT NOT NULL,
        hlc    TEXT NOT NULL,
        PRIMARY KEY (tbl, row_id, field)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE changes (
        seq       INTEGER PRIMARY KEY,
        hlc       TEXT NOT NULL,
        device_id TEXT NOT NULL,
        tbl       TEXT NOT NULL,
        row_id    TEXT NOT NULL,
        field     TEXT NOT NULL,
        value     TEXT NOT NULL,
        -- The clock of the value this change replaced ('' for the first): two changes of one field
        -- that replaced different values were made without seeing each other (a sync conflict).
        prev_hlc  TEXT NOT NULL DEFAULT ''
      ) STRICT;
      -- A change is identified by its table, row, field and clock (which names its device), so
      -- importing the same bundle twice adds nothing. In this order, a bundle lists a record's
      -- changes together, so the reader can write each record as soon as it has all of it.
      CREATE UNIQUE INDEX changes_identity ON changes (tbl, row_id, field, hlc);

      CREATE TABLE audit_log (
        seq          INTEGER PRIMARY KEY,
        at           TEXT NOT NULL,
        actor        TEXT NOT NULL,
        device_id    TEXT NOT NULL,
        action       TEXT NOT NULL,
        target_kind  TEXT,
        target_id    TEXT,
        applicant_id TEXT,
        detail       TEXT NOT NULL,
        prev_hash    TEXT NOT NULL,
        hash         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_by_applicant ON audit_log (applicant_id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

      -- Unsaved forms, kept inside the encryption until saved or discarded.
      CREATE TABLE drafts (
        form_key   TEXT PRIMARY KEY,
        doc        TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
    db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('device_id', ?)").run(randomBytes(8).toString('hex'));
  },
};
