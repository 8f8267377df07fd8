import { insertMany } from '../vault/insertMany';
import type { Db } from '../vault/openDatabase';
import { CREATED_FIELD } from './creationChange';

/**
 * The change-log rows of one write (DESIGN.md section 5): a `changes` row per changed field (or one
 * for a whole new record, see creationChange), stamped with its clock and device and naming the
 * clock of the value it replaced, and the field's clock in `field_clocks`, which moves only
 * forward. Collected, then written with multi-row statements.
 */
export class ChangeBatch {
  private readonly changes: unknown[] = [];
  private readonly clocks: unknown[] = [];

  constructor(
    private readonly table: string,
    private readonly deviceId: string,
  ) {}

  /** `value` is the field's new value already as JSON text; `previous` is '' for a first value. */
  add(hlc: string, rowId: string, field: string, value: string, previous: string): void {
    this.changes.push(hlc, this.deviceId, this.table, rowId, field, value, previous);
    this.clocks.push(this.table, rowId, field, hlc);
  }

  /** A new record's creation: its fields' clocks are the creation's own, so no field clock is kept. */
  addCreation(hlc: string, rowId: string, fieldsJson: string): void {
    this.changes.push(hlc, this.deviceId, this.table, rowId, CREATED_FIELD, fieldsJson, '');
  }

  write(db: Db): void {
    if (this.changes.length === 0) return;
    insertMany(db, 'INSERT INTO changes (hlc, device_id, tbl, row_id, field, value, prev_hlc)', 7, this.changes);
    if (this.clocks.length === 0) return;
    insertMany(
      db,
      'INSERT INTO field_clocks (tbl, row_id, field, hlc)',
      4,
      this.clocks,
      'ON CONFLICT (tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc WHERE excluded.hlc > field_clocks.hlc',
    );
  }
}
