import { rebuildSearchIndex } from '../../search/searchIndex';
import type { Migration } from './migration';

/**
 * The folding rebuilt against the variant corpus (issue 15), with a typo index. Every search row is
 * written again with the new keys, and `applicant_near` holds the names' deletion neighbourhood
 * (src/shared/search/approximate.ts) under the same row numbers.
 *
 * The typo index is a table of its own: in the search table its tokens slowed every search (FTS5
 * expands a prefix over all columns' terms and ranks over all columns). It needs no positions
 * (detail=none) and no copy of its text (content='', contentless_delete=1). The search table keeps
 * its content: a contentless one with deletes would be smaller, but ranks its hits a quarter
 * slower (measured at 100,000 applicants; see the issue note). Both remove a deleted row's tokens at
 * once (`secure-delete`, as migration 13 set on the table this one replaces), so a purged name leaves
 * nothing behind.
 */
export const migration0014: Migration = {
  version: 14,
  name: 'search-folding',
  up(db) {
    db.exec(`
      DROP TABLE applicant_search;
      DELETE FROM applicant_search_keys;
      CREATE VIRTUAL TABLE applicant_search USING fts5(
        names, numbers, text,
        tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE VIRTUAL TABLE applicant_near USING fts5(
        near,
        content = '', contentless_delete = 1, detail = none,
        tokenize = 'unicode61 remove_diacritics 0'
      );
      INSERT INTO applicant_search (applicant_search, rank) VALUES ('secure-delete', 1);
      INSERT INTO applicant_near (applicant_near, rank) VALUES ('secure-delete', 1);
      DELETE FROM incident_search;
      DELETE FROM incident_search_keys;
    `);
    rebuildSearchIndex(db);
  },
};
