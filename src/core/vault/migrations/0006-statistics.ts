import type { Migration } from './migration';

/**
 * Statistics without reading documents (issue 5: 8 s at 100,000 applicants, spent reading whole
 * rows and parsing their JSON). The figures the report counts by become columns, written from the
 * document on every save by each spec's `columns()` (src/core/records/specs.ts) and filled here for
 * existing rows with the json_extract the report used before; covering indexes hold them, so the
 * report reads indexes only.
 *
 * Not generated columns: SQLite does not count an index as covering when the query names a virtual
 * generated column (it marks `doc` as used), so every row would still be read.
 *
 * `deleted_at` ends each index although the WHERE clause keeps it NULL: SQLite treats a partial
 * index as covering only when it holds every column the query names.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'statistics',
  up(db) {
    db.exec(`
      ALTER TABLE applicants ADD COLUMN arrival_date TEXT NOT NULL DEFAULT '';
      UPDATE applicants SET arrival_date = json_extract(doc, '$.arrivalDate')
        WHERE json_extract(doc, '$.arrivalDate') IS NOT NULL;
      -- Leads with id: the report joins every event to its (live) applicant through it.
      CREATE INDEX applicants_statistics ON applicants (id, deleted_at, citizenship, arrival_date)
        WHERE deleted_at IS NULL;

      -- Set only for the types the report counts by them: an intervention's outcome is free text.
      ALTER TABLE events ADD COLUMN outcome TEXT;
      ALTER TABLE events ADD COLUMN reasons_given INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE events ADD COLUMN requesting_state TEXT;
      UPDATE events SET outcome = json_extract(doc, '$.outcome'),
          reasons_given = json_extract(doc, '$.reasons') IS NOT NULL,
          requesting_state = json_extract(doc, '$.requestingState')
        WHERE type IN ('decision', 'appeal', 'extradition');
      CREATE INDEX events_statistics
        ON events (type, sort_date, outcome, reasons_given, requesting_state, applicant_id, deleted_at)
        WHERE deleted_at IS NULL;

      ALTER TABLE incidents ADD COLUMN perpetrator TEXT NOT NULL DEFAULT '';
      UPDATE incidents SET perpetrator = COALESCE(json_extract(doc, '$.perpetrator'), '');
      CREATE INDEX incidents_statistics ON incidents (occurred_on, kind, perpetrator, deleted_at)
        WHERE deleted_at IS NULL;
    `);
  },
};
