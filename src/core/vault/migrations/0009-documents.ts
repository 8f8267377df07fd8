import type { Db } from '../openDatabase';
import type { Migration } from './migration';

/**
 * Documents from templates (issue 14). Two record kinds that travel by USB sync like any other:
 * the office's own Word templates (metadata here, the .docx bytes in `blobs` like scans, so they
 * stay inside the encryption) and the office's details that letterheads take (one record, the same
 * id on every laptop, merged field by field). Generated documents are attachments.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'documents',
  up(db) {
    createDocumentTables(db);
  },
};

/**
 * IF NOT EXISTS: version 9 was numbered below 11, which main already had, so a vault main had
 * taken to 11 skipped it; migration 15 runs the same statements for those vaults.
 */
export function createDocumentTables(db: Db): void {
  db.exec(`
      CREATE TABLE IF NOT EXISTS office_templates (
        id          TEXT PRIMARY KEY,
        doc         TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT,
        sha256      TEXT NOT NULL DEFAULT '',
        retired     INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE IF NOT EXISTS office_details (
        id          TEXT PRIMARY KEY,
        doc         TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      ) STRICT;
    `);
}
