import { PanohError } from '../../shared/errors';
import { type BundleChange, blobTables, type SyncProgress } from '../../shared/sync/bundle';
import { CREATED_FIELD, creationsOf, fieldsOfCreation } from '../records/creationChange';
import { purgeRows } from '../records/purge';
import { holdPurgeRequest } from '../records/purgeRequests';
import { DELETED_FIELD, type Doc, PURGED_FIELD, type RecordStore, type RecordTable } from '../records/recordStore';
import { SPEC_OF_TABLE } from '../records/specs';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { ClockDriftError, type HybridLogicalClock, MAX_DRIFT_MS, parseHlc } from './hlc';
import { MergeBatch } from './mergeBatch';
import { ownerOf, shapeOf } from './recordShape';

export interface ApplyResult {
  /** New to this vault. */
  received: number;
  /** Already here (an earlier bundle, or one relayed through a colleague), or superseded by a purge. */
  known: number;
  conflicts: number;
  /** Records still missing their beginning (or their applicant), kept out of sight in the change log. */
  waiting: number;
  /** Records deleted forever by this bundle (with what belonged to them). */
  purged: number;
  /** Changes of a revoked computer this vault did not hold yet, dropped. */
  ignored: number;
  /** Colleagues' purges of records still live here, kept for a lawyer to confirm or decline. */
  purgeRequests: number;
}

/** What the bundle itself vouches for, against which each of its changes is checked. */
export interface BundleLimits {
  /** This vault's own device: a change in its name that it does not hold was forged. */
  self: string;
  /** The sender, and the newest of its own changes it says it holds (its vector entry). */
  sender: string;
  senderNewest: string;
  /** The bundle's creation time: no change may be stamped much later than that. */
  createdAtMillis: number;
  /** Revoked computers and the newest of their changes still accepted ('' for none). */
  revoked: ReadonlyMap<string, string>;
  /** Records coming back from a trip (`tbl/rowId`): this vault's own changes of them are genuine. */
  returning?: ReadonlySet<string>;
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
  /** A purge of this record arrived that may be carried out: the clock of that change. */
  purgedAt?: string;
  /** A purge arrived of a record live here: only a lawyer here may carry it out. */
  purgeRequest?: string;
  /** Whether this vault held anything of the record, and held it deleted, before this bundle. */
  heldBefore?: boolean;
  deletedBefore?: boolean;
  /** The record was deleted forever here before: nothing about it is taken in. */
  purgedBefore?: boolean;
  /** Whether the record has a row in its table (a whole record, or a tombstone). */
  stored: boolean;
  /** Nothing of the record is here (no change, no row): its writes can wait in the batch. */
  fresh: boolean;
  /** Every field's winning change, read once per record rather than once per change. */
  clocks: Map<string, FieldClock>;
  /** Fields whose winning change this import replaced. */
  changed: Set<string>;
}

/**
 * A colleague's purge is carried out at once only where it destroys nothing a lawyer here still
 * sees: a record this vault never held, or one that was already deleted here (by a deletion no
 * newer than the purge) and stays deleted. Anything else waits for a lawyer (a stolen laptop must
 * not erase the office with one bundle).
 */
function mayPurge(state: RowState, hlc: string): boolean {
  if (!state.heldBefore) return true;
  const deletedAt = state.clocks.get(DELETED_FIELD)?.hlc ?? '';
  return Boolean(state.deletedBefore) && state.deleted && deletedAt <= hlc;
}

export type BlobTable = (typeof blobTables)[number];
const isBlobTable = (tbl: RecordTable): tbl is BlobTable => (blobTables as readonly string[]).includes(tbl);

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
      fresh: false,
      clocks,
      changed: new Set(),
    };
  }
  const state: RowState = { doc: {}, deleted: false, stored: false, fresh: false, clocks, changed: new Set() };
  for (const [field, { value }] of clocks) applyValue(state, field, value);
  return state;
}

/** A record this vault has never heard of: no change in its log (not even a purge), no row. */
function isFresh(db: Db, tbl: RecordTable, rowId: string): boolean {
  return (
    prepared(db, 'SELECT 1 FROM changes WHERE tbl = ? AND row_id = ? LIMIT 1').get(tbl, rowId) === undefined &&
    prepared(db, `SELECT 1 FROM ${tbl} WHERE id = ?`).get(rowId) === undefined
  );
}

const freshRow = (): RowState => ({
  doc: {},
  deleted: false,
  stored: false,
  fresh: true,
  clocks: new Map(),
  changed: new Set(),
});

function applyValue(state: RowState, field: string, value: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    // Only a bundle writes a change that is not JSON (the log stores what it was sent).
    throw new PanohError('BUNDLE_INVALID');
  }
  if (field === DELETED_FIELD) state.deleted = parsed === true;
  else if (parsed === null) delete state.doc[field];
  else state.doc[field] = parsed;
}

const same = (a: string, b: string) => a === b;

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
 * A colleague's bundle is checked like any input, since a stolen laptop stays trusted until it is
 * revoked: every merged record (deleted or not) against its schema, every dependent record against
 * an owner that exists, every clock against the bundle's own time, every change in this vault's
 * own name against its log. A purge wins over everything else about its record.
 *
 * Changes arrive one at a time in bundle order (record by record), and each record is written as
 * soon as its last change has arrived, so a whole office's bundle never sits in memory at once.
 * Runs inside the caller's transaction; any invalid result aborts the whole import.
 */
export class ChangeApplier {
  readonly result: ApplyResult = {
    received: 0,
    known: 0,
    conflicts: 0,
    waiting: 0,
    purged: 0,
    ignored: 0,
    purgeRequests: 0,
  };
  private readonly now = Date.now();
  private readonly detectedAt = new Date(this.now).toISOString();
  private newest = '';
  private previousKey = '';
  private current: { tbl: RecordTable; rowId: string; state: RowState } | undefined;
  private seen = 0;
  /** Records of this import left waiting (a later record of the same import may release them). */
  private readonly waitingRows = new Set<string>();
  /** The rows with a file (scans, office templates) this import wrote: their files must match them. */
  readonly filesWritten: { tbl: BlobTable; id: string }[] = [];
  /** The files the records of this import refer to (placed or waiting): only these are kept. */
  readonly scansReferred = new Set<string>();
  /** Applicants and incidents this import placed (their rows may still wait in the batch). */
  private readonly placedOwners = new Set<string>();
  /** Whether any record may be waiting for its owner (there were some, or this import left some). */
  private mayWait: boolean;
  private readonly batch: MergeBatch;

  constructor(
    private readonly db: Db,
    private readonly store: RecordStore,
    private readonly clock: HybridLogicalClock,
    private readonly total: number,
    private readonly limits: BundleLimits,
    private readonly onProgress: (progress: SyncProgress) => void = () => {},
  ) {
    this.batch = new MergeBatch(db, store);
    this.mayWait = prepared(db, 'SELECT 1 FROM sync_waiting LIMIT 1').get() !== undefined;
  }

  add(change: BundleChange): void {
    if (this.seen % PROGRESS_EVERY === 0) this.onProgress({ phase: 'merging', done: this.seen, total: this.total });
    this.seen += 1;
    const key = orderKey(change);
    if (key <= this.previousKey) throw new PanohError('BUNDLE_INVALID');
    this.previousKey = key;
    this.checkClock(change.hlc);
    if (!this.current || this.current.tbl !== change.tbl || this.current.rowId !== change.rowId) {
      this.writeCurrent();
      this.current = { tbl: change.tbl, rowId: change.rowId, state: this.stateOf(change.tbl, change.rowId) };
    }
    // A lost laptop stamps its own clocks: whatever it says it made before the revocation cannot be
    // believed, so only what this vault already holds of it counts.
    if (this.limits.revoked.has(change.hlc.slice(-16))) {
      if (this.isHeld(change)) this.result.known += 1;
      else this.result.ignored += 1;
      return;
    }
    if (this.current.state.purgedAt || this.current.state.purgedBefore) {
      this.result.known += 1;
      return;
    }
    this.merge(change, this.current.state);
  }

  finish(): ApplyResult {
    this.writeCurrent();
    this.batch.flush();
    this.result.waiting = this.waitingRows.size;
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

  /**
   * No clock may run far ahead of now or of the bundle's own creation time (a laptop set to 2031,
   * or a forged change meant to win every later edit), and the sender's own changes cannot be
   * newer than what its signed vector says it holds.
   */
  private checkClock(hlc: string): void {
    const { millis } = parseHlc(hlc);
    if (millis - this.now > MAX_DRIFT_MS || millis - this.limits.createdAtMillis > MAX_DRIFT_MS) {
      throw new PanohError('CLOCK_DRIFT');
    }
    if (hlc.slice(-16) === this.limits.sender && hlc > this.limits.senderNewest) throw new PanohError('BUNDLE_INVALID');
  }

  /** A record new here starts empty; any other is read after the batch is written (it may touch it). */
  private stateOf(tbl: RecordTable, rowId: string): RowState {
    if (isFresh(this.db, tbl, rowId)) return freshRow();
    this.batch.flush();
    const state = loadRow(this.db, tbl, rowId);
    state.purgedBefore = this.store.isPurged(tbl, rowId);
    state.heldBefore = state.stored || state.clocks.size > 0;
    state.deletedBefore = state.deleted;
    return state;
  }

  /** Logs a change unless the log holds it already; whether it was new. */
  private logChange(change: BundleChange, state: RowState): boolean {
    const { hlc, tbl, rowId, field, value, prevHlc } = change;
    if (state.fresh) {
      // Nothing of this record is in the log, and the bundle's strict order rules out a repeat.
      this.batch.addChange(hlc, tbl, rowId, field, value, prevHlc);
      return true;
    }
    return (
      prepared(
        this.db,
        'INSERT OR IGNORE INTO changes (hlc, device_id, tbl, row_id, field, value, prev_hlc) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(hlc, hlc.slice(-16), tbl, rowId, field, value, prevHlc).changes > 0
    );
  }

  private merge(change: BundleChange, state: RowState): void {
    const { hlc, tbl, rowId, field, value, prevHlc } = change;
    if (field === PURGED_FIELD) {
      if (value !== 'true' || prevHlc !== '') throw new PanohError('BUNDLE_INVALID');
      // This vault keeps the marker of every purge it made: one it does not hold was forged.
      if (hlc.slice(-16) === this.limits.self) throw new PanohError('BUNDLE_INVALID');
      this.result.received += 1;
      if (hlc > this.newest) this.newest = hlc;
      if (mayPurge(state, hlc)) state.purgedAt = hlc;
      else if (hlc > (state.purgeRequest ?? '')) state.purgeRequest = hlc;
      return;
    }
    if (!this.logChange(change, state)) {
      this.result.known += 1;
      return;
    }
    // A change in this vault's own name that its log does not hold was never made here.
    if (hlc.slice(-16) === this.limits.self && !this.limits.returning?.has(`${tbl}/${rowId}`)) {
      throw new PanohError('BUNDLE_INVALID');
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
    this.batch.flush();
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
    if (state.purgedBefore) return;
    if (state.purgedAt) {
      this.batch.flush();
      const rows = purgeRows(this.store, this.db, { tbl, id: rowId }, { hlc: state.purgedAt });
      this.result.purged += rows;
      if (state.heldBefore) {
        this.store.audit.append({
          action: 'purge',
          targetKind: SPEC_OF_TABLE[tbl].targetKind,
          targetId: rowId,
          detail: { rows, reason: 'colleague' },
        });
      }
      return;
    }
    const setClock = prepared(
      this.db,
      `INSERT INTO field_clocks (tbl, row_id, field, hlc) VALUES (?, ?, ?, ?)
       ON CONFLICT (tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc`,
    );
    for (const field of state.changed) {
      const winner = state.clocks.get(field);
      if (!winner || winner.created) continue;
      if (state.fresh) this.batch.addClock(tbl, rowId, field, winner.hlc);
      else setClock.run(tbl, rowId, field, winner.hlc);
    }
    this.place(tbl, rowId, state);
    if (state.purgeRequest)
      this.result.purgeRequests += holdPurgeRequest(
        this.db,
        { tbl, id: rowId, hlc: state.purgeRequest, doc: state.doc },
        this.detectedAt,
      );
    if (state.fresh) this.batch.recordDone();
  }

  /** Whether a record's owner is deleted forever here, or has no row (yet). */
  private ownerState(owner: { tbl: RecordTable; id: string }): 'purged' | 'missing' | 'here' {
    // Placed by this import: neither purged nor missing, though its row may still be in the batch.
    if (this.placedOwners.has(`${owner.tbl}/${owner.id}`)) return 'here';
    if (this.store.isPurged(owner.tbl, owner.id)) return 'purged';
    return prepared(this.db, `SELECT 1 FROM ${owner.tbl} WHERE id = ?`).get(owner.id) ? 'here' : 'missing';
  }

  /** Whether this vault's log already holds the change. */
  private isHeld({ hlc, tbl, rowId, field }: BundleChange): boolean {
    return (
      prepared(this.db, 'SELECT 1 FROM changes WHERE hlc = ? AND tbl = ? AND row_id = ? AND field = ?').get(
        hlc,
        tbl,
        rowId,
        field,
      ) !== undefined
    );
  }

  /**
   * Stores a merged record as a row, or keeps it waiting out of sight (changes in the log, no row)
   * until what it lacks arrives: its first fields, or the applicant or incident it belongs to.
   */
  private place(tbl: RecordTable, rowId: string, state: RowState): void {
    if (isBlobTable(tbl) && typeof state.doc.sha256 === 'string') this.scansReferred.add(state.doc.sha256);
    const shape = shapeOf(tbl, state.doc);
    if (shape.kind === 'invalid') throw new PanohError('BUNDLE_INVALID');
    if (shape.kind === 'incomplete') {
      // A whole record made incomplete by valid changes: no device writes that, so the bundle is wrong.
      if (state.stored && !this.isIncompleteRow(tbl, rowId)) throw new PanohError('BUNDLE_INVALID');
      this.wait(tbl, rowId, '');
      return;
    }
    const owner = ownerOf(tbl, shape.doc);
    const ownerState = owner ? this.ownerState(owner) : 'here';
    if (ownerState === 'purged') {
      // It belongs to someone deleted forever here: it goes the same way, and never comes back.
      this.batch.flush();
      this.result.purged += purgeRows(this.store, this.db, { tbl, id: rowId });
      return;
    }
    if (owner && ownerState === 'missing') {
      this.wait(tbl, rowId, owner.id);
      return;
    }
    // A record new here was waiting for nothing.
    if (!state.fresh) prepared(this.db, 'DELETE FROM sync_waiting WHERE tbl = ? AND row_id = ?').run(tbl, rowId);
    this.waitingRows.delete(`${tbl}/${rowId}`);
    const spec = SPEC_OF_TABLE[tbl];
    if (state.fresh && !state.deleted) this.batch.addRow(spec, rowId, shape.doc);
    else this.store.writeMerged(spec, rowId, shape.doc, state.deleted ? this.detectedAt : null, true);
    if (isBlobTable(tbl)) this.filesWritten.push({ tbl, id: rowId });
    if (tbl === 'applicants' || tbl === 'incidents') {
      this.placedOwners.add(`${tbl}/${rowId}`);
      this.releaseWaiting(rowId);
    }
  }

  private wait(tbl: RecordTable, rowId: string, ownerId: string): void {
    this.mayWait = true;
    prepared(this.db, `DELETE FROM ${tbl} WHERE id = ?`).run(rowId);
    prepared(this.db, 'INSERT OR REPLACE INTO sync_waiting (tbl, row_id, owner_id) VALUES (?, ?, ?)').run(
      tbl,
      rowId,
      ownerId,
    );
    this.waitingRows.add(`${tbl}/${rowId}`);
  }

  /** Records that waited for this applicant or incident are placed now, from what the log holds. */
  private releaseWaiting(ownerId: string): void {
    if (!this.mayWait) return;
    const waiting = prepared(this.db, 'SELECT tbl, row_id FROM sync_waiting WHERE owner_id = ?').all(ownerId) as {
      tbl: RecordTable;
      row_id: string;
    }[];
    if (waiting.length === 0) return;
    // They are read from the log, which may still miss what the batch holds.
    this.batch.flush();
    for (const { tbl, row_id } of waiting) this.place(tbl, row_id, loadRow(this.db, tbl, row_id));
  }

  /** A stored row whose document never became whole (an older version kept such tombstones). */
  private isIncompleteRow(tbl: RecordTable, rowId: string): boolean {
    const row = prepared(this.db, `SELECT doc FROM ${tbl} WHERE id = ?`).get(rowId) as { doc: string } | undefined;
    return row !== undefined && shapeOf(tbl, JSON.parse(row.doc) as Doc).kind !== 'valid';
  }
}
