import { PanohError } from '../../shared/errors';
import type { AuditTargetKind } from '../../shared/records/audit';
import type { AuditLog } from '../audit/auditLog';
import type { HybridLogicalClock } from '../sync/hlc';
import { canonicalJson as canonical } from '../vault/canonicalJson';
import { insertMany } from '../vault/insertMany';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { ChangeBatch } from './changeLog';
import { creationsOf, MAX_CHANGE_VALUE_LENGTH } from './creationChange';
import { type PeopleRound, roundsOfPeople } from './people';
import { recordIds } from './recordIds';

export type RecordTable =
  | 'applicants'
  | 'events'
  | 'incidents'
  | 'attachments'
  | 'tasks'
  | 'office_templates'
  | 'office_details';
/** What an audit entry says beyond its action and fields: counts and reasons, never client data. */
export type AuditDetail = Record<string, string | number>;
export type Doc = Record<string, unknown>;
/** The change-log field that carries a tombstone. */
export const DELETED_FIELD = '_deleted';
/** The change-log field that carries "deleted forever": content-free, it is all that stays of a record. */
export const PURGED_FIELD = '_purged';
/** Records written per round of multi-row statements: bounds the rows held in memory at once. */
const RECORDS_PER_BATCH = 1_000;

/** How one kind of record maps onto its table: derived columns and side indexes. */
export interface RecordSpec<D extends Doc> {
  table: RecordTable;
  targetKind: AuditTargetKind;
  /**
   * Columns that lists filter and sort on, recomputed from the document on every write. The same
   * column names for every document: a bulk create writes them all with one column list.
   */
  columns(doc: D): Record<string, string | null>;
  /** The applicant an audit entry should be filed under (for the per-applicant audit view). */
  applicantIdOf(id: string, doc: D): string | undefined;
  /** Extra index rows kept in step with the document (same transaction). */
  afterWrite?(db: Db, id: string, doc: D, deleted: boolean): void;
  /** The people and incidents whose derived data (search, deadlines) this write makes stale. */
  touches?(id: string, doc: D): { applicants?: string[]; incidents?: string[] };
}

/** What derived indexes must refresh before the transaction commits. */
export interface Stale {
  applicants: Set<string>;
  incidents: Set<string>;
}

/**
 * Data computed from records (the search index, deadlines). Refreshed once per transaction for
 * everything the transaction touched, so a bulk import reindexes each person once, not per event.
 */
export interface DerivedIndex {
  /** Rewrites the rows of one round of people (those absent from its map are deleted or gone). */
  refreshPeople(db: Db, round: PeopleRound): void;
  refreshIncidents?(db: Db, ids: readonly string[]): void;
}

export interface StoredRecord<D extends Doc> {
  id: string;
  doc: D;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

interface Row {
  id: string;
  doc: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/**
 * The one write path for records (DESIGN.md section 3): in a single transaction it writes the
 * row, one change-log entry per changed field (one for a whole new record) with a
 * hybrid-logical-clock stamp (what sync will ship), the field clocks, the derived indexes and the audit entry. Repositories describe their
 * table with a RecordSpec and never write SQL for records themselves.
 */
export class RecordStore {
  private depth = 0;
  private stale: Stale = { applicants: new Set(), incidents: new Set() };

  constructor(
    private readonly db: Db,
    private readonly clock: HybridLogicalClock,
    readonly audit: AuditLog,
    private readonly derived: readonly DerivedIndex[] = [],
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Runs `work` in a transaction; derived indexes refresh before commit. Nested calls join the
   * outer transaction without a savepoint: any failure aborts the whole outer unit (an import is
   * all or nothing), and savepoints per record cost a third of a bulk import's time.
   */
  transaction<T>(work: () => T): T {
    if (this.depth > 0) return work();
    return this.db.transaction(() => {
      this.depth += 1;
      try {
        const result = work();
        this.refreshDerived();
        return result;
      } finally {
        this.depth -= 1;
        this.stale = { applicants: new Set(), incidents: new Set() };
      }
    })();
  }

  /**
   * The same for work that pauses between its steps (a long bundle import that can be cancelled):
   * `steps` yields whenever it may pause, and so does the refresh of derived indexes after it;
   * `pause` runs at each such point, and whatever it throws (a cancellation) rolls everything back.
   * Nothing else may write while it pauses: the caller keeps every other call out meanwhile.
   */
  async transactionInSteps<T>(steps: Generator<unknown, T>, pause: () => Promise<void>): Promise<T> {
    if (this.depth > 0 || this.db.inTransaction) throw new Error('transactionInSteps cannot be nested');
    this.db.exec('BEGIN');
    this.depth += 1;
    try {
      let step = steps.next();
      while (!step.done) {
        await pause();
        step = steps.next();
      }
      for (const _ of this.refreshSteps()) await pause();
      this.db.exec('COMMIT');
      return step.value;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    } finally {
      this.depth -= 1;
      this.stale = { applicants: new Set(), incidents: new Set() };
    }
  }

  private refreshDerived(): void {
    for (const _ of this.refreshSteps());
  }

  /** Each round of stale people is read once and handed to every index; a step per round. */
  private *refreshSteps(): Generator<void> {
    for (const round of roundsOfPeople(this.db, [...this.stale.applicants])) {
      for (const index of this.derived) index.refreshPeople(this.db, round);
      yield;
    }
    if (this.stale.incidents.size === 0) return;
    for (const index of this.derived) index.refreshIncidents?.(this.db, [...this.stale.incidents]);
  }

  private markStale<D extends Doc>(spec: RecordSpec<D>, id: string, doc: D): void {
    const touched = spec.touches?.(id, doc);
    for (const applicant of touched?.applicants ?? []) if (applicant) this.stale.applicants.add(applicant);
    for (const incident of touched?.incidents ?? []) if (incident) this.stale.incidents.add(incident);
  }

  get<D extends Doc>(spec: RecordSpec<D>, id: string): StoredRecord<D> | undefined {
    const row = prepared(
      this.db,
      `SELECT id, doc, created_at, updated_at, deleted_at FROM ${spec.table} WHERE id = ?`,
    ).get(id) as Row | undefined;
    return row && toStored<D>(row);
  }

  require<D extends Doc>(spec: RecordSpec<D>, id: string, options: { allowDeleted?: boolean } = {}): StoredRecord<D> {
    const record = this.get(spec, id);
    if (!record || (record.deletedAt && !options.allowDeleted)) {
      throw new PanohError('RECORD_NOT_FOUND', { kind: spec.targetKind });
    }
    return record;
  }

  create<D extends Doc>(
    spec: RecordSpec<D>,
    doc: D,
    options: { id?: string; audit?: boolean; auditDetail?: AuditDetail } = {},
  ): string {
    const [id] = this.createMany(spec, [doc], {
      ids: [options.id],
      audit: options.audit,
      auditDetail: options.auditDetail,
    });
    return id ?? '';
  }

  /**
   * Creates records already validated by the caller and writes exactly what as many `create` calls
   * would (the row, one creation change, an audit entry each), but with multi-row statements and
   * ids that sort together (see recordIds). Returns the ids in the order of `docs`.
   */
  createMany<D extends Doc>(
    spec: RecordSpec<D>,
    docs: readonly D[],
    options: { ids?: readonly (string | undefined)[]; audit?: boolean; auditDetail?: AuditDetail } = {},
  ): string[] {
    return this.transaction(() => {
      const fresh = recordIds(docs.length);
      const ids = docs.map((_, index) => options.ids?.[index] ?? fresh[index] ?? '');
      const audit = options.audit === false ? false : (options.auditDetail ?? true);
      for (let start = 0; start < docs.length; start += RECORDS_PER_BATCH) {
        const batch = docs.slice(start, start + RECORDS_PER_BATCH);
        this.createBatch(spec, ids.slice(start, start + RECORDS_PER_BATCH), batch, audit);
      }
      return ids;
    });
  }

  private createBatch<D extends Doc>(
    spec: RecordSpec<D>,
    ids: readonly string[],
    docs: readonly D[],
    audit: boolean | AuditDetail,
  ) {
    // The creation change carries the document exactly as the row stores it.
    const texts = docs.map((doc) => JSON.stringify(doc));
    this.insertRows(spec, ids, docs, texts);
    const log = new ChangeBatch(spec.table, this.clock.deviceId);
    docs.forEach((doc, index) => {
      const id = ids[index] ?? '';
      const hlc = this.clock.now();
      const text = texts[index] ?? '{}';
      if (text.length <= MAX_CHANGE_VALUE_LENGTH) log.addCreation(hlc, id, text);
      else {
        for (const [field, value] of Object.entries(doc)) {
          if (value !== undefined && value !== null) log.add(hlc, id, field, JSON.stringify(value), '');
        }
      }
      spec.afterWrite?.(this.db, id, doc, false);
      this.markStale(spec, id, doc);
    });
    log.write(this.db);
    if (!audit) return;
    this.audit.appendMany(
      docs.map((doc, index) => ({
        action: 'create',
        targetKind: spec.targetKind,
        targetId: ids[index],
        applicantId: spec.applicantIdOf(ids[index] ?? '', doc),
        fields: Object.keys(doc),
        ...(audit === true ? {} : { detail: audit }),
      })),
    );
  }

  private insertRows<D extends Doc>(
    spec: RecordSpec<D>,
    ids: readonly string[],
    docs: readonly D[],
    texts: readonly string[],
  ): void {
    const at = this.now().toISOString();
    let names: string[] | undefined;
    const values: unknown[] = [];
    docs.forEach((doc, index) => {
      const columns = spec.columns(doc);
      names ??= Object.keys(columns);
      values.push(ids[index], texts[index], at, at);
      for (const name of names) values.push(columns[name] ?? null);
    });
    if (!names) return;
    insertMany(
      this.db,
      `INSERT INTO ${spec.table} (id, doc, created_at, updated_at${names.map((n) => `, ${n}`).join('')})`,
      4 + names.length,
      values,
    );
  }

  /**
   * Replaces the document with `next` (already validated whole by the caller) and logs only the
   * fields whose values differ. Returns their names; an edit that changes nothing writes nothing.
   */
  update<D extends Doc>(
    spec: RecordSpec<D>,
    id: string,
    next: D,
    options: { allowDeleted?: boolean; auditDetail?: AuditDetail } = {},
  ): string[] {
    return this.transaction(() => {
      const current = this.require(spec, id, options);
      const keys = new Set([...Object.keys(current.doc), ...Object.keys(next)]);
      const changed = [...keys].filter((key) => canonical(current.doc[key]) !== canonical(next[key]));
      if (changed.length === 0) return [];
      const hlc = this.clock.now();
      this.writeRow(spec, id, next, current.deletedAt);
      this.recordChanges(
        spec.table,
        id,
        hlc,
        changed.map((key) => [key, next[key] ?? null]),
      );
      this.audit.append({
        action: 'update',
        targetKind: spec.targetKind,
        targetId: id,
        applicantId: spec.applicantIdOf(id, next),
        fields: changed.sort(),
        ...(options.auditDetail ? { detail: options.auditDetail } : {}),
      });
      return changed;
    });
  }

  /** Deletes (a tombstone, restorable from "recently deleted") or restores a record. */
  setDeleted<D extends Doc>(spec: RecordSpec<D>, id: string, deleted: boolean): void {
    this.transaction(() => {
      const current = this.require(spec, id, { allowDeleted: true });
      if (Boolean(current.deletedAt) === deleted) return;
      const hlc = this.clock.now();
      this.writeRow(spec, id, current.doc, deleted ? this.now().toISOString() : null);
      this.recordChanges(spec.table, id, hlc, [[DELETED_FIELD, deleted]]);
      this.audit.append({
        action: deleted ? 'delete' : 'restore',
        targetKind: spec.targetKind,
        targetId: id,
        applicantId: spec.applicantIdOf(id, current.doc),
      });
    });
  }

  /**
   * Writes one field even when its value does not change: a lawyer's decision on a sync conflict
   * must travel as a new change that wins on every device, also when it confirms the current value.
   */
  writeField<D extends Doc>(spec: RecordSpec<D>, id: string, field: string, value: unknown): void {
    this.transaction(() => {
      const current = this.require(spec, id, { allowDeleted: true });
      const hlc = this.clock.now();
      if (field === DELETED_FIELD) {
        this.writeRow(spec, id, current.doc, value === true ? this.now().toISOString() : null);
      } else {
        const doc = { ...current.doc } as Doc;
        if (value === null || value === undefined) delete doc[field];
        else doc[field] = value;
        this.writeRow(spec, id, doc as D, current.deletedAt);
      }
      this.recordChanges(spec.table, id, hlc, [[field, value ?? null]]);
      this.audit.append({
        action: 'update',
        targetKind: spec.targetKind,
        targetId: id,
        applicantId: spec.applicantIdOf(id, current.doc),
        fields: [field],
        detail: { reason: 'conflictResolved' },
      });
    });
  }

  /**
   * Writes a record as merged by sync (no new change, no audit entry of its own: the import is
   * audited once). Creates the row when it is new here; keeps derived columns and indexes in step.
   */
  writeMerged<D extends Doc>(spec: RecordSpec<D>, id: string, doc: D, deletedAt: string | null, whole: boolean): void {
    const exists = prepared(this.db, `SELECT 1 FROM ${spec.table} WHERE id = ?`).get(id);
    if (!exists && whole && deletedAt === null) {
      this.insertMerged(spec, [id], [doc]);
      return;
    }
    if (!exists) {
      const at = this.now().toISOString();
      prepared(this.db, `INSERT INTO ${spec.table} (id, doc, created_at, updated_at) VALUES (?, '{}', ?, ?)`).run(
        id,
        at,
        at,
      );
    }
    if (whole) this.writeRow(spec, id, doc, deletedAt);
    else {
      // An incomplete tombstone has nothing to list or index; only its document and state are kept.
      prepared(this.db, `UPDATE ${spec.table} SET doc = ?, updated_at = ?, deleted_at = ? WHERE id = ?`).run(
        JSON.stringify(doc),
        this.now().toISOString(),
        deletedAt,
        id,
      );
    }
  }

  /**
   * Writes whole, live records merged by sync that have no row here, each once, whole, rather than
   * inserted empty and then updated (which would move every index entry twice): most of a first
   * bundle is such records. Like `writeMerged`, no change and no audit entry of their own.
   */
  insertMerged<D extends Doc>(spec: RecordSpec<D>, ids: readonly string[], docs: readonly D[]): void {
    this.insertRows(
      spec,
      ids,
      docs,
      docs.map((doc) => JSON.stringify(doc)),
    );
    docs.forEach((doc, index) => {
      const id = ids[index] ?? '';
      spec.afterWrite?.(this.db, id, doc, false);
      this.markStale(spec, id, doc);
    });
  }

  /**
   * Deletes a record for good: its row, every change and field clock of it (every old value), its
   * conflicts, drafts and derived rows (search and deadlines refresh before commit, and forget it).
   * What stays is one content-free change, `_purged`, so sync carries the deletion and no bundle
   * brings the record back: `hlc` is the received change's clock when a bundle brought it, and
   * `marker: false` leaves none (a purge that must not travel). `tombstoneFirst` keeps a deletion
   * before the marker, so a colleague who still holds the record live sees it deleted (restorable)
   * while the purge waits there for a lawyer's word. Returns whether a row was there.
   */
  purge<D extends Doc>(
    spec: RecordSpec<D>,
    id: string,
    options: { hlc?: string; marker?: boolean; tombstoneFirst?: boolean } = {},
  ): boolean {
    return this.transaction(() => {
      const current = this.get(spec, id);
      if (current) {
        spec.afterWrite?.(this.db, id, current.doc, true);
        this.markStale(spec, id, current.doc);
      }
      // The deletion names the tombstone clock it replaces, read before the log of the record goes.
      const deletedBefore = (
        prepared(this.db, 'SELECT hlc FROM field_clocks WHERE tbl = ? AND row_id = ? AND field = ?').get(
          spec.table,
          id,
          DELETED_FIELD,
        ) as { hlc: string } | undefined
      )?.hlc;
      prepared(this.db, `DELETE FROM ${spec.table} WHERE id = ?`).run(id);
      for (const table of ['changes', 'field_clocks', 'conflicts', 'sync_waiting', 'purge_requests']) {
        prepared(this.db, `DELETE FROM ${table} WHERE tbl = ? AND row_id = ?`).run(spec.table, id);
      }
      // Form drafts are keyed `<kind>.<id>` (and `event.new.<applicant id>`).
      prepared(this.db, "DELETE FROM drafts WHERE form_key LIKE '%.' || ?").run(id);
      if (options.marker === false) return current !== undefined;
      const log = prepared(
        this.db,
        'INSERT OR IGNORE INTO changes (hlc, device_id, tbl, row_id, field, value, prev_hlc) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      if (options.tombstoneFirst && current && !options.hlc) {
        const hlc = this.clock.now();
        log.run(hlc, hlc.slice(-16), spec.table, id, DELETED_FIELD, 'true', deletedBefore ?? '');
      }
      const hlc = options.hlc ?? this.clock.now();
      log.run(hlc, hlc.slice(-16), spec.table, id, PURGED_FIELD, 'true', '');
      return current !== undefined;
    });
  }

  /**
   * Whether a record was deleted forever here (its `_purged` change is kept), or left at the office
   * for a trip (travel mode): either way nothing about it is taken in.
   */
  isPurged(table: RecordTable, id: string): boolean {
    return (
      prepared(this.db, 'SELECT 1 FROM changes WHERE tbl = ? AND row_id = ? AND field = ? LIMIT 1').get(
        table,
        id,
        PURGED_FIELD,
      ) !== undefined ||
      prepared(this.db, 'SELECT 1 FROM travel_excluded WHERE tbl = ? AND row_id = ?').get(table, id) !== undefined
    );
  }

  private writeRow<D extends Doc>(spec: RecordSpec<D>, id: string, doc: D, deletedAt: string | null): void {
    // Whoever the record concerned before this write is stale too (a person taken out of a group event).
    if (spec.touches) {
      const before = prepared(this.db, `SELECT doc FROM ${spec.table} WHERE id = ?`).get(id) as
        | { doc: string }
        | undefined;
      if (before) this.markStale(spec, id, JSON.parse(before.doc) as D);
    }
    const columns = spec.columns(doc);
    const names = Object.keys(columns);
    prepared(
      this.db,
      `UPDATE ${spec.table} SET doc = @doc, updated_at = @at, deleted_at = @deletedAt${names
        .map((n) => `, ${n} = @${n}`)
        .join('')} WHERE id = @id`,
    ).run({ id, doc: JSON.stringify(doc), at: this.now().toISOString(), deletedAt, ...columns });
    spec.afterWrite?.(this.db, id, doc, deletedAt !== null);
    this.markStale(spec, id, doc);
  }

  /**
   * Logs changes of an existing record: each names the clock of the value it replaces, the newer of
   * the field's own last change and the record's creation when that set the field.
   */
  private recordChanges(table: RecordTable, id: string, hlc: string, fields: [string, unknown][]): void {
    const clockOf = prepared(this.db, 'SELECT hlc FROM field_clocks WHERE tbl = ? AND row_id = ? AND field = ?');
    const createdClocks = new Map<string, string>();
    for (const creation of creationsOf(this.db, table, id)) {
      for (const [field] of creation.fields) createdClocks.set(field, creation.hlc);
    }
    const log = new ChangeBatch(table, this.clock.deviceId);
    for (const [field, value] of fields) {
      const own = (clockOf.get(table, id, field) as { hlc: string } | undefined)?.hlc ?? '';
      const created = createdClocks.get(field) ?? '';
      const [, newer] = [own, created].sort();
      log.add(hlc, id, field, JSON.stringify(value ?? null), newer ?? '');
    }
    log.write(this.db);
  }
}

function toStored<D extends Doc>(row: Row): StoredRecord<D> {
  return {
    id: row.id,
    doc: JSON.parse(row.doc) as D,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}
