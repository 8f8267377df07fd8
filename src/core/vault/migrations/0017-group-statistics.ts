import type { Migration } from './migration';

/**
 * Statistics count the people an event concerns (issue 12): a detention recorded once for 29
 * people detained together counts 29 detained, not one. `events.group_size` holds the group's size
 * (the people without a file here too) as a column, and the covering index of 0006/0012 gains it
 * and `id`, through which the report joins `event_people`; so the report still reads indexes only.
 */
export const migration0017: Migration = {
  version: 17,
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

    `);
  },
};
