import { PanohError } from '../../shared/errors';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

/**
 * The change-log field of a record's creation. A new record is logged as ONE change carrying its
 * whole document, which means exactly what one change per given field with that clock would mean
 * (each replacing nothing): the field's value is the creation's until a later change of that field.
 * An import writes about a quarter of the rows it wrote with a change and a field clock per field;
 * `field_clocks` then holds only fields changed after their record was created.
 */
export const CREATED_FIELD = '_created';

/** A bundle's change value is at most this long; a larger document is logged field by field. */
export const MAX_CHANGE_VALUE_LENGTH = 1_000_000;

/** The fields a new record logs: what it was given, without absent fields and empty lists (the defaults). */
export function createdFields(doc: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(doc)) {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    fields[field] = value;
  }
  return fields;
}

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]{0,59}$/;

/**
 * A creation change's value as the fields it sets, each as JSON text like a field change's value.
 * Anything else (not an object, a field name no record has) is an invalid bundle.
 */
export function fieldsOfCreation(value: string): [field: string, value: string][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new PanohError('BUNDLE_INVALID');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new PanohError('BUNDLE_INVALID');
  return Object.entries(parsed).map(([field, fieldValue]) => {
    if (!FIELD_NAME.test(field) || fieldValue === null) throw new PanohError('BUNDLE_INVALID');
    return [field, JSON.stringify(fieldValue)];
  });
}

/** A record's creation changes, oldest first (one, unless a damaged history holds more). */
export function creationsOf(db: Db, table: string, rowId: string): { hlc: string; value: string }[] {
  return prepared(db, `SELECT hlc, value FROM changes WHERE tbl = ? AND row_id = ? AND field = ? ORDER BY hlc`).all(
    table,
    rowId,
    CREATED_FIELD,
  ) as { hlc: string; value: string }[];
}
