import type { DeadlineRule } from '../../shared/deadlines/deadlineRules';
import { forEachRoundOfPeople, type PeopleRound } from '../records/people';
import type { DerivedIndex } from '../records/recordStore';
import { insertMany } from '../vault/insertMany';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { computeDeadlines, type TimelineEntry } from './computeDeadlines';
import { effectiveRules } from './deadlineRules';

/** The deadlines marked done, per applicant of the round. */
function doneOf(db: Db, list: string): Map<string, Set<string>> {
  const done = new Map<string, Set<string>>();
  const rows = prepared(
    db,
    `SELECT applicant_id, deadline_key FROM tasks WHERE applicant_id IN (SELECT value FROM json_each(?))
       AND done = 1 AND deleted_at IS NULL AND deadline_key <> ''`,
  ).all(list) as { applicant_id: string; deadline_key: string }[];
  for (const row of rows) {
    const keys = done.get(row.applicant_id) ?? new Set<string>();
    keys.add(row.deadline_key);
    done.set(row.applicant_id, keys);
  }
  return done;
}

/** Recomputes the deadlines of one round of people (none for one deleted or gone). */
function refreshRound(db: Db, { list, people }: PeopleRound, rules: readonly DeadlineRule[]): void {
  prepared(db, 'DELETE FROM deadlines WHERE applicant_id IN (SELECT value FROM json_each(?))').run(list);
  const done = doneOf(db, list);
  const rows: unknown[] = [];
  for (const [applicantId, person] of people) {
    const timeline: TimelineEntry[] = person.events.map(({ id, doc: { applicantId: _owner, ...event } }) => ({
      id,
      event,
    }));
    for (const deadline of computeDeadlines(applicantId, person.doc, timeline, rules)) {
      if (done.get(applicantId)?.has(deadline.key)) continue;
      const { key, ruleId, dueOn, triggerOn, unconfirmed, warnFrom, passes } = deadline;
      rows.push(
        key,
        applicantId,
        ruleId,
        dueOn,
        triggerOn,
        unconfirmed ? 1 : 0,
        person.doc.assignedLawyer ?? '',
        warnFrom ?? null,
        passes ? 1 : 0,
      );
    }
  }
  insertMany(
    db,
    'INSERT INTO deadlines (key, applicant_id, rule_id, due_on, trigger_on, unconfirmed, lawyer, warn_from, passes)',
    9,
    rows,
  );
}

/** Recomputes the deadlines of these applicants (none for one deleted or gone). */
export function refreshDeadlinesOf(db: Db, ids: readonly string[], rules: readonly DeadlineRule[]): void {
  forEachRoundOfPeople(db, ids, (round) => refreshRound(db, round, rules));
}

/** Recomputes every person's deadlines (after the office changes a rule). */
export function refreshAllDeadlines(db: Db): void {
  const ids = prepared(db, 'SELECT id FROM applicants WHERE deleted_at IS NULL').pluck().all() as string[];
  refreshDeadlinesOf(db, ids, effectiveRules(db));
}

/** Keeps each person's deadlines current in the same transaction as any change to their record. */
export const deadlineIndex: DerivedIndex = {
  refreshPeople(db, round) {
    refreshRound(db, round, effectiveRules(db));
  },
};
