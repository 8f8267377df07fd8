import type { Doc, RecordSpec, RecordStore } from '../records/recordStore';
import { insertMany } from '../vault/insertMany';
import type { Db } from '../vault/openDatabase';

/** Records held before they are written together: enough to fill many multi-row statements. */
const RECORDS_PER_FLUSH = 1_000;

interface RowGroup {
  spec: RecordSpec<Doc>;
  ids: string[];
  docs: Doc[];
}

/**
 * The writes of records new to this vault (no change, row or purge of them here), held and then
 * written with multi-row statements: their changes, their field clocks and their rows. Most of a
 * first bundle is such records, and one statement per change and per row cost more than the rows.
 * Only writes wait here; whoever reads what they touch (the change log, field clocks, rows) flushes
 * first, so a read never misses a pending write.
 */
export class MergeBatch {
  private changes: unknown[] = [];
  private clocks: unknown[] = [];
  private groups: RowGroup[] = [];
  private records = 0;

  constructor(
    private readonly db: Db,
    private readonly store: RecordStore,
  ) {}

  addChange(hlc: string, tbl: string, rowId: string, field: string, value: string, prevHlc: string): void {
    this.changes.push(hlc, hlc.slice(-16), tbl, rowId, field, value, prevHlc);
  }

  addClock(tbl: string, rowId: string, field: string, hlc: string): void {
    this.clocks.push(tbl, rowId, field, hlc);
  }

  /** A whole, live record new here (rows keep the bundle's order, table by table). */
  addRow(spec: RecordSpec<Doc>, id: string, doc: Doc): void {
    let group = this.groups.at(-1);
    if (group?.spec !== spec) {
      group = { spec, ids: [], docs: [] };
      this.groups.push(group);
    }
    group.ids.push(id);
    group.docs.push(doc);
  }

  /** One record's writes are in: flushes once enough records are held. */
  recordDone(): void {
    this.records += 1;
    if (this.records >= RECORDS_PER_FLUSH) this.flush();
  }

  flush(): void {
    for (const { spec, ids, docs } of this.groups) this.store.insertMerged(spec, ids, docs);
    if (this.changes.length > 0) {
      insertMany(this.db, 'INSERT INTO changes (hlc, device_id, tbl, row_id, field, value, prev_hlc)', 7, this.changes);
    }
    if (this.clocks.length > 0) {
      insertMany(
        this.db,
        'INSERT INTO field_clocks (tbl, row_id, field, hlc)',
        4,
        this.clocks,
        'ON CONFLICT (tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc',
      );
    }
    this.changes = [];
    this.clocks = [];
    this.groups = [];
    this.records = 0;
  }
}
