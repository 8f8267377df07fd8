import type { Migration } from './migration';

/**
 * Column mappings saved by name (issue 16), so next month's export from the same spreadsheet maps
 * itself. A mapping names headers and targets, never a client; it is office configuration, kept in
 * the vault like the office name, and not synced (each laptop's files may differ).
 */
export const migration0011: Migration = {
  version: 11,
  name: 'import-mappings',
  up(db) {
    db.exec(`
      CREATE TABLE import_mappings (
        name TEXT PRIMARY KEY,
        doc TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
