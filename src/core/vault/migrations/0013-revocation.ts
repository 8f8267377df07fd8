import { officeKeyId } from '../../sync/officeKey';
import type { Migration } from './migration';

/**
 * What is locked, revoked or deleted stays unreadable (issue 13):
 * - the search tables remove a deleted row's tokens at once (FTS5 `secure-delete`) instead of
 *   leaving them in old segments until the next merge, so "delete forever" leaves no name behind;
 * - records a bundle brought before their applicant or incident wait, out of sight, in
 *   `sync_waiting` until it arrives;
 * - office keys are kept by epoch (a rotation adds one; bundles under an older key from computers
 *   still trusted are read while the office moves over), and revoked computers are remembered
 *   with the newest of their changes still accepted;
 * - a colleague's computer is known with its key-agreement key (a new office key is wrapped to
 *   it) and the audit head its last bundle named.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'revocation',
  up(db) {
    db.exec(`
      INSERT INTO applicant_search (applicant_search, rank) VALUES ('secure-delete', 1);
      INSERT INTO incident_search (incident_search, rank) VALUES ('secure-delete', 1);

      CREATE TABLE sync_waiting (
        tbl      TEXT NOT NULL,
        row_id   TEXT NOT NULL,
        owner_id TEXT NOT NULL,
        PRIMARY KEY (tbl, row_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX sync_waiting_by_owner ON sync_waiting (owner_id);

      CREATE TABLE office_keys (
        key_id   TEXT PRIMARY KEY,
        key      TEXT NOT NULL,
        epoch    INTEGER NOT NULL,
        added_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE revoked_devices (
        device_id  TEXT PRIMARY KEY,
        public_key TEXT NOT NULL,
        revoked_at TEXT NOT NULL,
        -- Its changes up to this clock were made before the loss and are kept ('' for none).
        after_hlc  TEXT NOT NULL
      ) STRICT;

      ALTER TABLE devices ADD COLUMN kx_public_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE devices ADD COLUMN audit_seq INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE devices ADD COLUMN audit_hash TEXT NOT NULL DEFAULT '';
    `);
    const current = db.prepare("SELECT value FROM settings WHERE key = 'office_key'").get() as
      | { value: string }
      | undefined;
    if (current) {
      const key = Buffer.from(current.value, 'base64');
      db.prepare('INSERT INTO office_keys (key_id, key, epoch, added_at) VALUES (?, ?, 0, ?)').run(
        officeKeyId(key),
        current.value,
        new Date().toISOString(),
      );
      db.prepare("DELETE FROM settings WHERE key = 'office_key'").run();
    }
  },
};
