import { rebuildSearchIndex } from '../../search/searchIndex';
import type { Migration } from './migration';

/**
 * The folding rebuilt against the variant corpus (issue 15), with a typo index. Every search row is
 * written again with the new keys, and the applicant table gains `near`, the names' deletion
 * neighbourhood (src/shared/search/approximate.ts).
 *
 * The table is contentless (content='', contentless_delete=1): the index answers every query, and
 * results are shown from the records themselves, so keeping a second copy of every folded name,
 * number and note only made the file larger (see the issue note for the sizes).
 */
export const migration0010: Migration = {
  version: 10,
  name: 'search-folding',
  up(db) {
    db.exec(`
      DROP TABLE applicant_search;
      DELETE FROM applicant_search_keys;
      CREATE VIRTUAL TABLE applicant_search USING fts5(
        names, numbers, text, near,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );
      DELETE FROM incident_search;
      DELETE FROM incident_search_keys;
    `);
    rebuildSearchIndex(db);
  },
};
