import type { DeadlineRule } from '../../shared/deadlines/deadlineRules';
import type { ApplicantFields } from '../../shared/records/applicant';
import type { DerivedIndex, Stale } from '../records/recordStore';
import type { EventDoc } from '../records/specs';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { computeDeadlines } from './computeDeadlines';
import { effectiveRules } from './deadlineRules';

export function refreshDeadlines(db: Db, applicantId: string, rules: readonly DeadlineRule[]): void {
  prepared(db, 'DELETE FROM deadlines WHERE applicant_id = ?').run(applicantId);
  const row = prepared(db, 'SELECT doc, deleted_at FROM applicants WHERE id = ?').get(applicantId) as
    | { doc: string; deleted_at: string | null }
    | undefined;
  if (!row || row.deleted_at) return;
  const applicant = JSON.parse(row.doc) as ApplicantFields;
  const timeline = (
    prepared(db, 'SELECT id, doc FROM events WHERE applicant_id = ? AND deleted_at IS NULL').all(applicantId) as {
      id: string;
      doc: string;
    }[]
  ).map((event) => {
    const { applicantId: _owner, ...fields } = JSON.parse(event.doc) as EventDoc;
    return { id: event.id, event: fields };
  });
  const insert = prepared(
    db,
    `INSERT INTO deadlines (key, applicant_id, rule_id, due_on, trigger_on, unconfirmed, lawyer)
     VALUES (@key, @applicantId, @ruleId, @dueOn, @triggerOn, @unconfirmed, @lawyer)`,
  );
  const done = new Set(
    (
      prepared(
        db,
        "SELECT deadline_key FROM tasks WHERE applicant_id = ? AND done = 1 AND deleted_at IS NULL AND deadline_key <> ''",
      ).all(applicantId) as { deadline_key: string }[]
    ).map((row) => row.deadline_key),
  );
  for (const deadline of computeDeadlines(applicantId, applicant, timeline, rules)) {
    if (done.has(deadline.key)) continue;
    insert.run({
      ...deadline,
      applicantId,
      unconfirmed: deadline.unconfirmed ? 1 : 0,
      lawyer: applicant.assignedLawyer ?? '',
    });
  }
}

/** Recomputes every person's deadlines (after the office changes a rule). */
export function refreshAllDeadlines(db: Db): void {
  const rules = effectiveRules(db);
  for (const { id } of prepared(db, 'SELECT id FROM applicants WHERE deleted_at IS NULL').all() as { id: string }[]) {
    refreshDeadlines(db, id, rules);
  }
}

/** Keeps each person's deadlines current in the same transaction as any change to their record. */
export const deadlineIndex: DerivedIndex = {
  refresh(db: Db, stale: Stale) {
    if (stale.applicants.size === 0) return;
    const rules = effectiveRules(db);
    for (const id of stale.applicants) refreshDeadlines(db, id, rules);
  },
};
