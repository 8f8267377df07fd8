import type { Migration } from './migration';

/**
 * - Statistics count the people an event concerns (issue 12): a detention recorded once for 29
 *   people detained together counts 29 detained, not one. `events.group_size` holds the group's
 *   size (the people without a file here too) as a column, and the covering index of 0006/0007
 *   gains it and `id`, through which the report joins `event_people`; so the report still reads
 *   indexes only.
 * - 0010 made the applicant search table anew and the typo index beside it without 0008's FTS5
 *   `secure-delete`, so "delete forever" left a purged name's search keys in their segments. Both
 *   get it back, and are merged once ('optimize') so that keys deleted before are gone too.
 */
export const migration0015: Migration = {
  version: 15,
  name: 'group-statistics',
  up(db) {
    db.exec(`
      ALTER TABLE events ADD COLUMN group_size INTEGER;
      UPDATE events SET group_size = json_extract(doc, '$.groupSize')
        WHERE json_extract(doc, '$.groupSize') IS NOT NULL;
      DROP INDEX events_statistics;
      CREATE INDEX events_statistics
        ON events (type, sort_date, outcome, reasons_given, requesting_state, handed_to, group_size, id,
                   applicant_id, deleted_at)
        WHERE deleted_at IS NULL;

      INSERT INTO applicant_search (applicant_search, rank) VALUES ('secure-delete', 1);
      INSERT INTO applicant_near (applicant_near, rank) VALUES ('secure-delete', 1);
      INSERT INTO applicant_search (applicant_search) VALUES ('optimize');
      INSERT INTO applicant_near (applicant_near) VALUES ('optimize');
    `);
  },
};
