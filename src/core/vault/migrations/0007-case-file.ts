import { refreshAllDeadlines } from '../../deadlines/deadlineIndex';
import type { Migration } from './migration';

/**
 * What the case file needed for group cases and the dates that matter (issue 12).
 *
 * - `event_people`: who each live event concerns. An event of a group (29 people detained
 *   together) is one record whose `doc.applicantId` is the person it was recorded for and whose
 *   `doc.otherApplicantIds` are the others; every member's timeline, search row and deadlines read
 *   it through this table, kept by `eventSpec.afterWrite` like `incident_victims`. Backfilled from
 *   `events.applicant_id`, which keeps meaning "recorded for" (statistics still count events by it).
 * - `applicants.sort_name`: the family name, or the only name of a person known by one name.
 * - `deadlines.warn_from` and `deadlines.passes`: a rule's warning period, and days from the
 *   timeline (hearings) that leave the dashboard once past.
 * - `events.handed_to`: the state an extradited person was actually handed to, for statistics to
 *   count transfers to a third country (in the covering index of 0006, rebuilt with it).
 *
 * Then every person's deadlines are computed again: the new rules (hearings, custody terms, other
 * certificates) apply to records made before. The search rows are not: today's search code needs
 * 0010's typo index, and 0010 writes every search row again anyway, with the new searchable fields
 * (case, decision and request numbers, third parties' names) among them.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'case-file',
  up(db) {
    db.exec(`
      CREATE TABLE event_people (
        event_id     TEXT NOT NULL,
        applicant_id TEXT NOT NULL,
        PRIMARY KEY (event_id, applicant_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX event_people_by_applicant ON event_people (applicant_id, event_id);
      INSERT INTO event_people (event_id, applicant_id)
        SELECT id, applicant_id FROM events WHERE deleted_at IS NULL AND applicant_id <> '';

      ALTER TABLE applicants ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
      UPDATE applicants SET sort_name = family_name;
      DROP INDEX applicants_by_name;
      CREATE INDEX applicants_by_name ON applicants (sort_name COLLATE NOCASE, given_name COLLATE NOCASE, id)
        WHERE deleted_at IS NULL;

      ALTER TABLE events ADD COLUMN handed_to TEXT;
      UPDATE events SET handed_to = json_extract(doc, '$.handedTo') WHERE type = 'extradition';
      DROP INDEX events_statistics;
      CREATE INDEX events_statistics
        ON events (type, sort_date, outcome, reasons_given, requesting_state, handed_to, applicant_id, deleted_at)
        WHERE deleted_at IS NULL;

      ALTER TABLE deadlines ADD COLUMN warn_from TEXT;
      ALTER TABLE deadlines ADD COLUMN passes INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX deadlines_by_warning ON deadlines (warn_from) WHERE warn_from IS NOT NULL;
    `);
    refreshAllDeadlines(db);
  },
};
