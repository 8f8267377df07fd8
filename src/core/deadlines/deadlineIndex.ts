import type { DeadlineRule } from '../../shared/deadlines/deadlineRules';
import type { ApplicantFields } from '../../shared/records/applicant';
import type { DerivedIndex, Stale } from '../records/recordStore';
import type { EventDoc } from '../records/specs';
import { insertMany } from '../vault/insertMany';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { computeDeadlines, type TimelineEntry } from './computeDeadlines';
import { effectiveRules } from './deadlineRules';

/** Ids per round of set-wise reads: enough to spread each query's cost, few enough to hold in memory. */
const IDS_PER_ROUND = 500;

interface Person {
  applicant: ApplicantFields;
  timeline: TimelineEntry[];
  done: Set<string>;
}

/** The live applicants among `ids` with their live events and the deadlines marked done. */
function readPeople(db: Db, list: string): Map<string, Person> {
  const people = new Map<string, Person>();
  const rows = prepared(
    db,
    'SELECT id, doc FROM applicants WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL',
  ).all(list) as { id: string; doc: string }[];
  for (const row of rows) {
    people.set(row.id, { applicant: JSON.parse(row.doc) as ApplicantFields, timeline: [], done: new Set() });
  }
  const events = prepared(
    db,
    'SELECT id, applicant_id, doc FROM events WHERE applicant_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL',
  ).all(list) as { id: string; applicant_id: string; doc: string }[];
  for (const row of events) {
    const { applicantId: _owner, ...event } = JSON.parse(row.doc) as EventDoc;
    people.get(row.applicant_id)?.timeline.push({ id: row.id, event });
  }
  const done = prepared(
    db,
    `SELECT applicant_id, deadline_key FROM tasks WHERE applicant_id IN (SELECT value FROM json_each(?))
       AND done = 1 AND deleted_at IS NULL AND deadline_key <> ''`,
  ).all(list) as { applicant_id: string; deadline_key: string }[];
  for (const row of done) people.get(row.applicant_id)?.done.add(row.deadline_key);
  return people;
}

/** Recomputes the deadlines of these applicants (none for one deleted or gone). */
export function refreshDeadlinesOf(db: Db, ids: readonly string[], rules: readonly DeadlineRule[]): void {
  for (let start = 0; start < ids.length; start += IDS_PER_ROUND) {
    const list = JSON.stringify(ids.slice(start, start + IDS_PER_ROUND));
    prepared(db, 'DELETE FROM deadlines WHERE applicant_id IN (SELECT value FROM json_each(?))').run(list);
    const rows: unknown[] = [];
    for (const [applicantId, { applicant, timeline, done }] of readPeople(db, list)) {
      for (const deadline of computeDeadlines(applicantId, applicant, timeline, rules)) {
        if (done.has(deadline.key)) continue;
        const { key, ruleId, dueOn, triggerOn, unconfirmed } = deadline;
        rows.push(key, applicantId, ruleId, dueOn, triggerOn, unconfirmed ? 1 : 0, applicant.assignedLawyer ?? '');
      }
    }
    insertMany(
      db,
      'INSERT INTO deadlines (key, applicant_id, rule_id, due_on, trigger_on, unconfirmed, lawyer)',
      7,
      rows,
    );
  }
}

/** Recomputes every person's deadlines (after the office changes a rule). */
export function refreshAllDeadlines(db: Db): void {
  const ids = prepared(db, 'SELECT id FROM applicants WHERE deleted_at IS NULL').pluck().all() as string[];
  refreshDeadlinesOf(db, ids, effectiveRules(db));
}

/** Keeps each person's deadlines current in the same transaction as any change to their record. */
export const deadlineIndex: DerivedIndex = {
  refresh(db: Db, stale: Stale) {
    if (stale.applicants.size === 0) return;
    refreshDeadlinesOf(db, [...stale.applicants], effectiveRules(db));
  },
};
