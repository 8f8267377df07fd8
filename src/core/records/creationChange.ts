import { PanohError } from '../../shared/errors';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

/**
 * The change-log field of a record's creation. A new record is logged as ONE change carrying its
 * whole document, which means exactly what one change per field of it with that clock would mean
 * (each replacing nothing): the field's value is the creation's until a later change of that field.
 * An import writes about a quarter of the rows it wrote with a change and a field clock per field;
 * `field_clocks` then holds only fields changed after their record was created.
 */
export const CREATED_FIELD = '_created';

/** A bundle's change value is at most this long; a larger document is logged field by field. */
export const MAX_CHANGE_VALUE_LENGTH = 1_000_000;

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]{0,59}$/;

/**
 * A creation change's value (the new record's document) as the fields it sets, each as JSON text
 * like a field change's value; a null field is not set. Anything else (not an object, a field name
 * no record has) is an invalid bundle.
 */
export function fieldsOfCreation(value: string): [field: string, value: string][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new PanohError('BUNDLE_INVALID');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new PanohError('BUNDLE_INVALID');
  const fields: [string, string][] = [];
  for (const [field, fieldValue] of Object.entries(parsed)) {
    if (!FIELD_NAME.test(field)) throw new PanohError('BUNDLE_INVALID');
    if (fieldValue !== null) fields.push([field, JSON.stringify(fieldValue)]);
  }
  return fields;
}

/** A record's creation changes, oldest first (one, unless a damaged history holds more). */
export function creationsOf(db: Db, table: string, rowId: string): { hlc: string; value: string }[] {
  return prepared(db, `SELECT hlc, value FROM changes WHERE tbl = ? AND row_id = ? AND field = ? ORDER BY hlc`).all(
    table,
    rowId,
    CREATED_FIELD,
  ) as { hlc: string; value: string }[];
}
