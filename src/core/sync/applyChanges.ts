import { z } from 'zod';
import { taskFieldsSchema } from '../../shared/deadlines/task';
import { PanohError } from '../../shared/errors';
import { applicantFieldsSchema } from '../../shared/records/applicant';
import { eventFieldsSchema } from '../../shared/records/events';
import { incidentFieldsSchema } from '../../shared/records/incident';
import type { BundleChange, SyncProgress } from '../../shared/sync/bundle';
import { DELETED_FIELD, type Doc, type RecordSpec, type RecordStore, type RecordTable } from '../records/recordStore';
import {
  applicantSpec,
  attachmentDocSchema,
  attachmentSpec,
  eventSpec,
  incidentSpec,
  taskSpec,
} from '../records/specs';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { ClockDriftError, type HybridLogicalClock, MAX_DRIFT_MS, parseHlc } from './hlc';

const SPECS: Record<RecordTable, RecordSpec<Doc>> = {
  applicants: applicantSpec as unknown as RecordSpec<Doc>,
  events: eventSpec as unknown as RecordSpec<Doc>,
  incidents: incidentSpec as unknown as RecordSpec<Doc>,
  attachments: attachmentSpec as unknown as RecordSpec<Doc>,
  tasks: taskSpec as unknown as RecordSpec<Doc>,
};

/** The shared schema every merged record must pass before the import may commit. */
const SCHEMAS: Record<RecordTable, z.ZodType> = {
  applicants: applicantFieldsSchema,
  events: z.intersection(eventFieldsSchema, z.object({ applicantId: z.uuid() })),
  incidents: incidentFieldsSchema,
  attachments: attachmentDocSchema,
  tasks: taskFieldsSchema,
};

export interface ApplyResult {
  /** New to this vault. */
  received: number;
  /** Already here (an earlier bundle, or one relayed through a colleague). */
  known: number;
  conflicts: number;
  /** Records still missing their beginning, kept out of sight in the change log. */
  waiting: number;
}

interface RowState {
  doc: Doc;
  deleted: boolean;
  /** Whether the record has a row in its table (a whole record, or a tombstone). */
  stored: boolean;
}

/** How often the merge reports progress, in changes. */
const PROGRESS_EVERY = 5_000;

/**
 * A record's merged state as the change log holds it: the winning value of every field. Used for
 * records without a table row, which may have fields from an earlier bundle that was not whole.
 */
function stateFromLog(db: Db, tbl: RecordTable, rowId: string): RowState {
  const fields = prepared(
    db,
    `SELECT f.field, c.value FROM field_clocks f
     JOIN changes c ON c.hlc = f.hlc AND c.tbl = f.tbl AND c.row_id = f.row_id AND c.field = f.field
     WHERE f.tbl = ? AND f.row_id = ?`,
  ).all(tbl, rowId) as { field: string; value: string }[];
  const state: RowState = { doc: {}, deleted: false, stored: false };
  for (const { field, value } of fields) {
    const parsed: unknown = JSON.parse(value);
    if (field === DELETED_FIELD) state.deleted = parsed === true;
    else if (parsed !== null) state.doc[field] = parsed;
  }
  return state;
}

const same = (a: string, b: string) => a === b;

/**
 * Merges changes from another device, field by field, last writer wins by hybrid logical clock.
 * Idempotent (a change already in the log is skipped) and order-independent (the newest clock
 * wins whatever the arrival order), so every vault converges. When two devices changed a field
 * without seeing each other's change (neither replaced the other) and the values differ, the newer
 * still wins, and a conflict is recorded for a lawyer to confirm or reverse.
 * Runs inside the caller's transaction; any invalid result aborts the whole import.
 */
/** A stored tombstone whose document never became whole (it holds only what arrived). */
function isIncompleteTombstone(db: Db, tbl: RecordTable, rowId: string): boolean {
  const row = prepared(db, `SELECT doc, deleted_at FROM ${tbl} WHERE id = ?`).get(rowId) as
    | { doc: string; deleted_at: string | null }
    | undefined;
  return Boolean(row?.deleted_at) && !SCHEMAS[tbl].safeParse(JSON.parse(row?.doc ?? '{}')).success;
}

export function applyChanges(
  db: Db,
  store: RecordStore,
  clock: HybridLogicalClock,
  changes: BundleChange[],
  onProgress: (progress: SyncProgress) => void = () => {},
): ApplyResult {
  const now = Date.now();
  for (const change of changes) {
    if (parseHlc(change.hlc).millis - now > MAX_DRIFT_MS) throw new PanohError('CLOCK_DRIFT');
  }
  const insert = prepared(
    db,
    `INSERT OR IGNORE INTO changes (hlc, device_id, tbl, row_id, field, value, prev_hlc)
     VALUES (@hlc, @device, @tbl, @rowId, @field, @value, @prevHlc)`,
  );
  const clockOf = prepared(db, 'SELECT hlc FROM field_clocks WHERE tbl = ? AND row_id = ? AND field = ?');
  const changeAt = prepared(
    db,
    'SELECT value, prev_hlc FROM changes WHERE hlc = ? AND tbl = ? AND row_id = ? AND field = ?',
  );
  const setClock = prepared(
    db,
    `INSERT INTO field_clocks (tbl, row_id, field, hlc) VALUES (?, ?, ?, ?)
     ON CONFLICT (tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc`,
  );
  const recordConflict = prepared(
    db,
    `INSERT OR IGNORE INTO conflicts (tbl, row_id, field, winner_hlc, winner_value, loser_hlc, loser_value, detected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const resolveConflicts = prepared(
    db,
    `UPDATE conflicts SET resolved_at = ? WHERE tbl = ? AND row_id = ? AND field = ? AND winner_hlc = ? AND resolved_at IS NULL`,
  );

  const rows = new Map<string, RowState>();
  const rowOf = (tbl: RecordTable, rowId: string): RowState => {
    const key = `${tbl}/${rowId}`;
    let state = rows.get(key);
    if (!state) {
      const row = prepared(db, `SELECT doc, deleted_at FROM ${tbl} WHERE id = ?`).get(rowId) as
        | { doc: string; deleted_at: string | null }
        | undefined;
      state = row
        ? { doc: JSON.parse(row.doc) as Doc, deleted: Boolean(row.deleted_at), stored: true }
        : stateFromLog(db, tbl, rowId);
      rows.set(key, state);
    }
    return state;
  };

  const result: ApplyResult = { received: 0, known: 0, conflicts: 0, waiting: 0 };
  const detectedAt = new Date(now).toISOString();
  let newest = '';
  const ordered = [...changes].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
  for (const [index, change] of ordered.entries()) {
    if (index % PROGRESS_EVERY === 0) onProgress({ phase: 'merging', done: index, total: ordered.length });
    const { hlc, tbl, rowId, field, value, prevHlc } = change;
    const inserted = insert.run({ ...change, device: parseHlc(hlc).deviceId });
    if (inserted.changes === 0) {
      result.known += 1;
      continue;
    }
    result.received += 1;
    if (hlc > newest) newest = hlc;
    const state = rowOf(tbl, rowId);
    const current = (clockOf.get(tbl, rowId, field) as { hlc: string } | undefined)?.hlc;
    const currentValue = current
      ? ((changeAt.get(current, tbl, rowId, field) as { value: string; prev_hlc: string } | undefined) ?? undefined)
      : undefined;

    if (!current || hlc > current) {
      if (current && currentValue && prevHlc !== current && !same(value, currentValue.value)) {
        result.conflicts += recordConflict.run(
          tbl,
          rowId,
          field,
          hlc,
          value,
          current,
          currentValue.value,
          detectedAt,
        ).changes;
      }
      if (current && prevHlc === current) resolveConflicts.run(detectedAt, tbl, rowId, field, current);
      const parsed: unknown = JSON.parse(value);
      if (field === DELETED_FIELD) state.deleted = parsed === true;
      else if (parsed === null) delete state.doc[field];
      else state.doc[field] = parsed;
      setClock.run(tbl, rowId, field, hlc);
    } else if (currentValue && currentValue.prev_hlc !== hlc && !same(value, currentValue.value)) {
      result.conflicts += recordConflict.run(
        tbl,
        rowId,
        field,
        current,
        currentValue.value,
        hlc,
        value,
        detectedAt,
      ).changes;
    }
  }

  onProgress({ phase: 'writing', done: 0, total: rows.size });
  for (const [key, state] of rows) {
    const [tbl, rowId] = key.split('/') as [RecordTable, string];
    // The parsed form fills the defaults a new record does not log (empty lists), exactly as the
    // sending device stored them, so both hold the same document.
    const parsed = SCHEMAS[tbl].safeParse(state.doc);
    if (parsed.success) {
      store.writeMerged(SPECS[tbl], rowId, parsed.data as Doc, state.deleted ? detectedAt : null, true);
    } else if (state.deleted) {
      // Deleted before this vault saw all of it: a tombstone with what is known, nothing to list.
      store.writeMerged(SPECS[tbl], rowId, state.doc, detectedAt, false);
    } else if (!state.stored || isIncompleteTombstone(db, tbl, rowId)) {
      // The bundle was made for colleagues who already had this record's beginning. Its changes
      // are in the log; it appears when a bundle brings the rest.
      prepared(db, `DELETE FROM ${tbl} WHERE id = ?`).run(rowId);
      result.waiting += 1;
    } else {
      // A whole record made invalid by valid changes: no device writes that, so the bundle is wrong.
      throw new PanohError('BUNDLE_INVALID');
    }
  }
  if (newest) {
    try {
      clock.receive(newest);
    } catch (error) {
      if (error instanceof ClockDriftError) throw new PanohError('CLOCK_DRIFT');
      throw error;
    }
  }
  return result;
}
