import { createDocumentTables } from './0009-documents';
import type { Migration } from './migration';

/**
 * The documents tables again, for a vault that was at version 11 or above before migration 9
 * existed (main had 11 from issue 16 when issue 14 added 9): the runner applies only versions
 * above the stored one, so such a vault never got them, and templates, office details and sync
 * import failed with "no such table". For every other vault this changes nothing. (Numbered 15:
 * 14 was assigned to this fix, but main gave 14 to issue 15's search folding meanwhile.)
 */
export const migration0015: Migration = {
  version: 15,
  name: 'documents-again',
  up(db) {
    createDocumentTables(db);
  },
};
