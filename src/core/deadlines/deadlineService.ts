import { addDays, localToday } from '../../shared/deadlines/dateMath';
import {
  type DeadlineDashboard,
  type DeadlineItem,
  type DoneMark,
  ruleIdOfKey,
} from '../../shared/deadlines/deadlineRules';
import { type TaskFields, taskFieldsSchema } from '../../shared/deadlines/task';
import { PanohError } from '../../shared/errors';
import { parseOrThrow } from '../records/parseOrThrow';
import type { RecordStore } from '../records/recordStore';
import { applicantSpec, taskSpec } from '../records/specs';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

/** Each bucket of the dashboard shows at most this many items; the counts say how many there are. */
export const BUCKET_LIMIT = 200;

interface ItemRow {
  key: string;
  kind: 'rule' | 'task';
  rule_id: string | null;
  title: string | null;
  applicant_id: string | null;
  family_name: string | null;
  given_name: string | null;
  lawyer: string;
  due_on: string;
  trigger_on: string | null;
  unconfirmed: number;
  warn_from: string | null;
  passes: number;
}

/**
 * Open computed deadlines (not marked done) and open manual tasks. Each side is read through its
 * due-date index with the bucket's range, so a bucket costs its own size, not the whole office's.
 */
// Deadlines marked done are left out when the table is computed (deadlineIndex), so every row here is
// open; a day from the timeline that has passed (a hearing) is no longer shown.
const OPEN_DEADLINES = `
  SELECT d.key, 'rule' AS kind, d.rule_id, NULL AS title, d.applicant_id, a.family_name, a.given_name,
         d.lawyer, d.due_on, d.trigger_on, d.unconfirmed, d.warn_from, d.passes
  FROM deadlines d JOIN applicants a ON a.id = d.applicant_id
  WHERE (d.passes = 0 OR d.due_on >= @today)`;
const OPEN_DEADLINES_COUNTED = 'SELECT d.key FROM deadlines d WHERE (d.passes = 0 OR d.due_on >= @today)';
const OPEN_TASKS = `
  SELECT 'task:' || t.id AS key, 'task' AS kind, NULL AS rule_id, json_extract(t.doc, '$.title') AS title,
         NULLIF(t.applicant_id, '') AS applicant_id, a.family_name, a.given_name, t.lawyer, t.due_on,
         NULL AS trigger_on, 0 AS unconfirmed, NULL AS warn_from, 0 AS passes
  FROM tasks t LEFT JOIN applicants a ON a.id = t.applicant_id
  WHERE t.deleted_at IS NULL AND t.done = 0 AND t.deadline_key = ''`;
const OPEN_ITEMS = `${OPEN_DEADLINES} UNION ALL ${OPEN_TASKS}`;

function toItem(row: ItemRow): DeadlineItem {
  const name = [row.family_name, row.given_name].filter(Boolean).join(' ');
  return {
    key: row.key,
    kind: row.kind,
    ...(row.rule_id ? { ruleId: row.rule_id } : {}),
    ...(row.title ? { title: row.title } : {}),
    ...(row.applicant_id ? { applicantId: row.applicant_id } : {}),
    ...(name ? { applicantName: name } : {}),
    ...(row.lawyer ? { lawyer: row.lawyer } : {}),
    dueOn: row.due_on,
    ...(row.trigger_on ? { triggerOn: row.trigger_on } : {}),
    unconfirmed: row.unconfirmed === 1,
    ...(row.warn_from ? { warnFrom: row.warn_from } : {}),
    ...(row.passes === 1 ? { passes: true } : {}),
  };
}

export class DeadlineService {
  constructor(
    private readonly db: Db,
    private readonly store: RecordStore,
  ) {}

  dashboard(options: { lawyer?: string | undefined; today?: string | undefined }): DeadlineDashboard & {
    counts: Record<'overdue' | 'dueToday' | 'thisWeek' | 'later', number>;
  } {
    const today = options.today ?? localToday();
    const weekEnd = addDays(today, 7);
    const params = { today, weekEnd, lawyer: options.lawyer ?? null, limit: BUCKET_LIMIT };
    const lawyer = (alias: string) => `(@lawyer IS NULL OR ${alias}.lawyer = @lawyer)`;
    const count = (sql: string) =>
      (prepared(this.db, `SELECT count(*) AS n FROM (${sql})`).get(params) as { n: number }).n;
    /**
     * A bucket as one or more ranges, each read through an index on its own (an OR of two ranges
     * would scan every later deadline): a range over the due day, or over the day a rule's
     * warning starts (`warned`), which tasks do not have.
     */
    const bucket = (ranges: { sql: (due: string, warn: string) => string; warned?: boolean }[]) => {
      const rows: ItemRow[] = [];
      let total = 0;
      for (const range of ranges) {
        const deadlines = `${OPEN_DEADLINES} AND ${lawyer('d')} AND ${range.sql('d.due_on', 'd.warn_from')}`;
        rows.push(
          ...(prepared(this.db, `${deadlines} ORDER BY d.due_on, d.key LIMIT @limit`).all(params) as ItemRow[]),
        );
        total += count(`${OPEN_DEADLINES_COUNTED} AND ${lawyer('d')} AND ${range.sql('d.due_on', 'd.warn_from')}`);
        if (range.warned) continue;
        const tasks = `${OPEN_TASKS} AND ${lawyer('t')} AND ${range.sql('t.due_on', 'NULL')}`;
        rows.push(...(prepared(this.db, `${tasks} ORDER BY t.due_on LIMIT @limit`).all(params) as ItemRow[]));
        total += count(tasks);
      }
      const items = rows
        .sort((a, b) => (a.due_on === b.due_on ? a.key.localeCompare(b.key) : a.due_on < b.due_on ? -1 : 1))
        .slice(0, BUCKET_LIMIT);
      return { items: items.map(toItem), count: total };
    };
    const overdue = bucket([{ sql: (due) => `${due} < @today` }]);
    const dueToday = bucket([{ sql: (due) => `${due} = @today` }]);
    // "This week" also holds what its rule says to prepare for earlier (a certificate to renew).
    const thisWeek = bucket([
      { sql: (due) => `${due} > @today AND ${due} <= @weekEnd` },
      { sql: (due, warn) => `${warn} <= @today AND ${due} > @weekEnd`, warned: true },
    ]);
    const later = bucket([{ sql: (due, warn) => `${due} > @weekEnd AND NOT ((${warn} <= @today) IS TRUE)` }]);
    return {
      today,
      overdue: overdue.items,
      dueToday: dueToday.items,
      thisWeek: thisWeek.items,
      later: later.items,
      counts: { overdue: overdue.count, dueToday: dueToday.count, thisWeek: thisWeek.count, later: later.count },
    };
  }

  forApplicant(applicantId: string, today: string = localToday()): DeadlineItem[] {
    return (
      prepared(this.db, `SELECT * FROM (${OPEN_ITEMS}) WHERE applicant_id = @applicantId ORDER BY due_on, key`).all({
        applicantId,
        today,
      }) as ItemRow[]
    ).map(toItem);
  }

  /**
   * Marks a computed deadline dealt with: a task record, so the mark is audited and synced. A mark
   * undone before is done again (the same record), so undoing and redoing leaves one mark.
   */
  markDone(key: string): void {
    this.store.transaction(() => {
      const row = prepared(this.db, 'SELECT applicant_id, due_on, lawyer FROM deadlines WHERE key = ?').get(key) as
        | { applicant_id: string; due_on: string; lawyer: string }
        | undefined;
      if (!row) throw new PanohError('RECORD_NOT_FOUND', { kind: 'deadline' });
      const undone = this.markOf(key, false);
      if (undone) {
        this.store.update<TaskFields>(
          taskSpec,
          undone.id,
          { ...undone.doc, done: true },
          {
            auditDetail: { reason: 'deadlineDone' },
          },
        );
        return;
      }
      this.store.create(
        taskSpec,
        {
          dueOn: row.due_on,
          applicantId: row.applicant_id,
          ...(row.lawyer ? { lawyer: row.lawyer } : {}),
          done: true,
          deadlineKey: key,
        },
        { auditDetail: { reason: 'deadlineDone' } },
      );
    });
  }

  /** Opens a deadline marked done again: it is back on the dashboard at the next recomputation (now). */
  undoDone(key: string): void {
    this.store.transaction(() => {
      const mark = this.markOf(key, true);
      if (!mark) throw new PanohError('RECORD_NOT_FOUND', { kind: 'deadline' });
      this.store.update<TaskFields>(
        taskSpec,
        mark.id,
        { ...mark.doc, done: false },
        {
          auditDetail: { reason: 'deadlineReopened' },
        },
      );
    });
  }

  /** The deadlines of a person marked done, newest mark first, for "undo". */
  doneFor(applicantId: string, limit = 50): DoneMark[] {
    const rows = prepared(
      this.db,
      `SELECT deadline_key, due_on, updated_at FROM tasks WHERE applicant_id = ? AND done = 1 AND deadline_key <> ''
         AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT ?`,
    ).all(applicantId, limit) as { deadline_key: string; due_on: string; updated_at: string }[];
    return rows.map((row) => ({
      key: row.deadline_key,
      ruleId: ruleIdOfKey(row.deadline_key),
      dueOn: row.due_on,
      markedAt: row.updated_at,
    }));
  }

  private markOf(key: string, done: boolean): { id: string; doc: TaskFields } | undefined {
    const id = prepared(
      this.db,
      'SELECT id FROM tasks WHERE deadline_key = ? AND done = ? AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT 1',
    )
      .pluck()
      .get(key, done ? 1 : 0) as string | undefined;
    return id ? { id, doc: this.store.require(taskSpec, id).doc } : undefined;
  }

  createTask(input: unknown): string {
    const fields = parseOrThrow(taskFieldsSchema, input);
    return this.store.transaction(() => {
      if (fields.applicantId) this.store.require(applicantSpec, fields.applicantId);
      return this.store.create(taskSpec, { ...fields, deadlineKey: undefined });
    });
  }

  setTaskDone(id: string, done: boolean): void {
    this.store.transaction(() => {
      const task = this.store.require(taskSpec, id);
      this.store.update<TaskFields>(taskSpec, id, { ...task.doc, done });
    });
  }
}
