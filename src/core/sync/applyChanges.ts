import type { z } from 'zod';
import { taskFieldsSchema } from '../../shared/deadlines/task';
import { officeDetailsSchema } from '../../shared/documents/officeDetails';
import { officeTemplateDocSchema } from '../../shared/documents/templates';
import { PanohError } from '../../shared/errors';
import { applicantFieldsSchema } from '../../shared/records/applicant';
import { eventDocSchema } from '../../shared/records/events';
import { incidentFieldsSchema } from '../../shared/records/incident';
import type { BundleChange, SyncProgress } from '../../shared/sync/bundle';
import { CREATED_FIELD, creationsOf, fieldsOfCreation } from '../records/creationChange';
import { DELETED_FIELD, type Doc, type RecordSpec, type RecordStore, type RecordTable } from '../records/recordStore';
import {
  applicantSpec,
  attachmentDocSchema,
  attachmentSpec,
  eventSpec,
  incidentSpec,
  officeDetailsSpec,
  officeTemplateSpec,
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
  office_templates: officeTemplateSpec as unknown as RecordSpec<Doc>,
  office_details: officeDetailsSpec as unknown as RecordSpec<Doc>,
};

/** The shared schema every merged record must pass before the import may commit. */
const SCHEMAS: Record<RecordTable, z.ZodType> = {
  applicants: applicantFieldsSchema,
  events: eventDocSchema,
  incidents: incidentFieldsSchema,
  attachments: attachmentDocSchema,
  tasks: taskFieldsSchema,
  office_templates: officeTemplateDocSchema,
  office_details: officeDetailsSchema,
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

/** The change that holds a field's value now. */
interface FieldClock {
  hlc: string;
  value: string;
  prevHlc: string;
  /** The value came with the record's creation, which keeps no field clock of its own. */
  created?: boolean;
}

interface RowState {
  doc: Doc;
  deleted: boolean;
  /** Whether the record has a row in its table (a whole record, or a tombstone). */
  stored: boolean;
  /** Every field's winning change, read once per record rather than once per change. */
  clocks: Map<string, FieldClock>;
  /** Fields whose winning change this import replaced. */
  changed: Set<string>;
}

/** How often the merge reports progress, in changes. */
const PROGRESS_EVERY = 5_000;

/** Each field's winning change: its own newest change, or the record's creation if newer. */
function clocksOf(db: Db, tbl: RecordTable, rowId: string): Map<string, FieldClock> {
  const rows = prepared(
    db,
    `SELECT f.field, f.hlc, c.value, c.prev_hlc AS prevHlc FROM field_clocks f
     JOIN changes c ON c.tbl = f.tbl AND c.row_id = f.row_id AND c.field = f.field AND c.hlc = f.hlc
     WHERE f.tbl = ? AND f.row_id = ?`,
  ).all(tbl, rowId) as (FieldClock & { field: string })[];
  const clocks = new Map(rows.map(({ field, ...clock }) => [field, clock]));
  for (const creation of creationsOf(db, tbl, rowId)) {
    for (const [field, value] of creation.fields) {
      const own = clocks.get(field);
      if (!own || creation.hlc > own.hlc) clocks.set(field, { hlc: creation.hlc, value, prevHlc: '', created: true });
    }
  }
  return clocks;
}

/**
 * A record's state: its stored row when it has one, else what the change log holds (the winning
 * value of every field), which a bundle that was not whole may have left without a row.
 */
function loadRow(db: Db, tbl: RecordTable, rowId: string): RowState {
  const clocks = clocksOf(db, tbl, rowId);
  const row = prepared(db, `SELECT doc, deleted_at FROM ${tbl} WHERE id = ?`).get(rowId) as
    | { doc: string; deleted_at: string | null }
    | undefined;
  if (row) {
    return {
      doc: JSON.parse(row.doc) as Doc,
      deleted: Boolean(row.deleted_at),
      stored: true,
      clocks,
      changed: new Set(),
    };
  }
  const state: RowState = { doc: {}, deleted: false, stored: false, clocks, changed: new Set() };
  for (const [field, { value }] of clocks) applyValue(state, field, value);
  return state;
}

function applyValue(state: RowState, field: string, value: string): void {
  const parsed: unknown = JSON.parse(value);
  if (field === DELETED_FIELD) state.deleted = parsed === true;
  else if (parsed === null) delete state.doc[field];
  else state.doc[field] = parsed;
}

const same = (a: string, b: string) => a === b;

/** A stored tombstone whose document never became whole (it holds only what arrived). */
function isIncompleteTombstone(db: Db, tbl: RecordTable, rowId: string): boolean {
  const row = prepared(db, `SELECT doc, deleted_at FROM ${tbl} WHERE id = ?`).get(rowId) as
    | { doc: string; deleted_at: string | null }
    | undefined;
  return Boolean(row?.deleted_at) && !SCHEMAS[tbl].safeParse(JSON.parse(row?.doc ?? '{}')).success;
}

/** Bundles list changes by table, record, field, then clock; the merge relies on that order. */
function orderKey(change: BundleChange): string {
  return `${change.tbl}\u0000${change.rowId}\u0000${change.field}\u0000${change.hlc}`;
}

/**
 * Merges changes from another device, field by field, last writer wins by hybrid logical clock.
 * Idempotent (a change already in the log is skipped) and order-independent (the newest clock
 * wins whatever the arrival order), so every vault converges. When two devices changed a field
 * without seeing each other's change (neither replaced the other) and the values differ, the newer
 * still wins, and a conflict is recorded for a lawyer to confirm or reverse.
 *
 * Changes arrive one at a time in bundle order (record by record), and each record is written as
 * soon as its last change has arrived, so a whole office's bundle never sits in memory at once.
 * Runs inside the caller's transaction; any invalid result aborts the whole import.
 */
export class ChangeApplier {
  readonly result: ApplyResult = { received: 0, known: 0, conflicts: 0, waiting: 0 };
  private readonly now = Date.now();
  private readonly detectedAt = new Date(this.now).toISOString();
  private newest = '';
  private previousKey = '';
  private current: { tbl: RecordTable; rowId: string; state: RowState } | undefined;
  private seen = 0;

  constructor(
    private readonly db: Db,
    private readonly store: RecordStore,
    private readonly clock: HybridLogicalClock,
    private readonly total: number,
    private readonly onProgress: (progress: SyncProgress) => void = () => {},
  ) {}

  add(change: BundleChange): void {
    if (this.seen % PROGRESS_EVERY === 0) this.onProgress({ phase: 'merging', done: this.seen, total: this.total });
    this.seen += 1;
    const key = orderKey(change);
    if (key <= this.previousKey) throw new PanohError('BUNDLE_INVALID');
    this.previousKey = key;
    if (parseHlc(change.hlc).millis - this.now > MAX_DRIFT_MS) throw new PanohError('CLOCK_DRIFT');
    if (!this.current || this.current.tbl !== change.tbl || this.current.rowId !== change.rowId) {
      this.writeCurrent();
      this.current = { tbl: change.tbl, rowId: change.rowId, state: loadRow(this.db, change.tbl, change.rowId) };
    }
    this.merge(change, this.current.state);
  }

  finish(): ApplyResult {
    this.writeCurrent();
    if (this.newest) {
      try {
        this.clock.receive(this.newest);
      } catch (error) {
        if (error instanceof ClockDriftError) throw new PanohError('CLOCK_DRIFT');
        throw error;
      }
    }
    return this.result;
  }

  private merge(change: BundleChange, state: RowState): void {
    const { hlc, tbl, rowId, field, value, prevHlc } = change;
    const inserted = prepared(
      this.db,
      'INSERT OR IGNORE INTO changes (hlc, device_id, tbl, row_id, field, value, prev_hlc) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(hlc, hlc.slice(-16), tbl, rowId, field, value, prevHlc);
    if (inserted.changes === 0) {
      this.result.known += 1;
      return;
    }
    this.result.received += 1;
    if (hlc > this.newest) this.newest = hlc;
    if (field !== CREATED_FIELD) {
      this.mergeField(tbl, rowId, field, { hlc, value, prevHlc }, state);
      return;
    }
    // A creation means one change per field it sets, each replacing nothing.
    if (prevHlc !== '') throw new PanohError('BUNDLE_INVALID');
    for (const [createdField, createdValue] of fieldsOfCreation(value)) {
      this.mergeField(tbl, rowId, createdField, { hlc, value: createdValue, prevHlc: '', created: true }, state);
    }
  }

  private mergeField(tbl: RecordTable, rowId: string, field: string, incoming: FieldClock, state: RowState): void {
    const db = this.db;
    const { hlc, value, prevHlc } = incoming;
    const current = state.clocks.get(field);
    const conflict = (winner: FieldClock, loser: FieldClock) => {
      this.result.conflicts += prepared(
        db,
        `INSERT OR IGNORE INTO conflicts (tbl, row_id, field, winner_hlc, winner_value, loser_hlc, loser_value, detected_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(tbl, rowId, field, winner.hlc, winner.value, loser.hlc, loser.value, this.detectedAt).changes;
    };

    if (!current || hlc > current.hlc) {
      if (current && prevHlc !== current.hlc && !same(value, current.value)) conflict(incoming, current);
      if (current && prevHlc === current.hlc) {
        prepared(
          db,
          `UPDATE conflicts SET resolved_at = ? WHERE tbl = ? AND row_id = ? AND field = ? AND winner_hlc = ? AND resolved_at IS NULL`,
        ).run(this.detectedAt, tbl, rowId, field, current.hlc);
      }
      applyValue(state, field, value);
      state.clocks.set(field, incoming);
      state.changed.add(field);
    } else {
      // An older change conflicts unless the winner's history (which may now run through it) does.
      const history = this.historyOf(tbl, rowId, field, current.prevHlc);
      if (!history.has(hlc)) {
        if (!same(value, current.value)) conflict(current, incoming);
      } else {
        // It filled a gap in that history: a loser recorded while the gap was open (a colleague's
        // bundle that skipped an edit) may have been an earlier step of the same line of edits.
        prepared(
          db,
          `UPDATE conflicts SET resolved_at = ? WHERE tbl = ? AND row_id = ? AND field = ? AND winner_hlc = ?
             AND resolved_at IS NULL AND loser_hlc IN (SELECT value FROM json_each(?))`,
        ).run(this.detectedAt, tbl, rowId, field, current.hlc, JSON.stringify([...history]));
      }
    }
  }

  /** The clocks a field's value replaced one after another, back from `from`, as far as this vault holds them. */
  private historyOf(tbl: RecordTable, rowId: string, field: string, from: string): Set<string> {
    const previous = prepared(
      this.db,
      'SELECT prev_hlc FROM changes WHERE tbl = ? AND row_id = ? AND field = ? AND hlc = ?',
    );
    const history = new Set<string>();
    for (let hlc = from; hlc && !history.has(hlc); ) {
      history.add(hlc);
      hlc = (previous.get(tbl, rowId, field, hlc) as { prev_hlc: string } | undefined)?.prev_hlc ?? '';
    }
    return history;
  }

  /** Writes the record whose changes have all arrived. */
  private writeCurrent(): void {
    const record = this.current;
    if (!record) return;
    this.current = undefined;
    const { tbl, rowId, state } = record;
    const setClock = prepared(
      this.db,
      `INSERT INTO field_clocks (tbl, row_id, field, hlc) VALUES (?, ?, ?, ?)
       ON CONFLICT (tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc`,
    );
    for (const field of state.changed) {
      const winner = state.clocks.get(field);
      if (winner && !winner.created) setClock.run(tbl, rowId, field, winner.hlc);
    }
    // The parsed form fills the defaults a new record does not log (empty lists), exactly as the
    // sending device stored them, so both hold the same document.
    const parsed = SCHEMAS[tbl].safeParse(state.doc);
    if (parsed.success) {
      this.store.writeMerged(SPECS[tbl], rowId, parsed.data as Doc, state.deleted ? this.detectedAt : null, true);
    } else if (state.deleted) {
      // Deleted before this vault saw all of it: a tombstone with what is known, nothing to list.
      this.store.writeMerged(SPECS[tbl], rowId, state.doc, this.detectedAt, false);
    } else if (!state.stored || isIncompleteTombstone(this.db, tbl, rowId)) {
      // The bundle was made for colleagues who already had this record's beginning. Its changes
      // are in the log; it appears when a bundle brings the rest.
      prepared(this.db, `DELETE FROM ${tbl} WHERE id = ?`).run(rowId);
      this.result.waiting += 1;
    } else {
      // A whole record made invalid by valid changes: no device writes that, so the bundle is wrong.
      throw new PanohError('BUNDLE_INVALID');
    }
  }
}
