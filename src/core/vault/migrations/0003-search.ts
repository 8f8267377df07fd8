import type { Migration } from './migration';

/**
 * Full-text search. Names and words are stored folded (src/shared/search/fold.ts), so a query in
 * any script meets the same tokens. One FTS5 row per applicant and per incident; the key tables
 * map record ids to FTS rowids so an update touches one row instead of scanning the index.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE applicant_search USING fts5(
        names, numbers, text,
        tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE TABLE applicant_search_keys (
        applicant_id TEXT PRIMARY KEY,
        search_rowid INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      -- Search results join from the FTS rowid back to the applicant: without this index every hit
      -- scanned the whole key table.
      CREATE UNIQUE INDEX applicant_search_keys_by_rowid ON applicant_search_keys (search_rowid);

      CREATE VIRTUAL TABLE incident_search USING fts5(
        text,
        tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE TABLE incident_search_keys (
        incident_id  TEXT PRIMARY KEY,
        search_rowid INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE UNIQUE INDEX incident_search_keys_by_rowid ON incident_search_keys (search_rowid);
    `);
    // No rows yet: migration 10 fills the index, with today's folding, for every vault that passes
    // through here (this one's table would not take today's rows).
  },
};
