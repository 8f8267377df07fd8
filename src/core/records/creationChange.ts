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
 * like a field change's value. Null fields and empty lists are not set: they are the defaults, which
 * a record never logged field by field either, so a later first value of such a field replaces
 * nothing on every device (and a colleague who missed an intermediate edit sees no false conflict
 * against an empty list). Anything else (not an object, a key that is not a field name) is an
 * invalid bundle.
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
    if (fieldValue === null || (Array.isArray(fieldValue) && fieldValue.length === 0)) continue;
    fields.push([field, JSON.stringify(fieldValue)]);
  }
  return fields;
}

/**
 * A record's stored creations, oldest first, with the fields each sets (one creation, unless a
 * damaged history holds more). One that cannot be read as a creation is skipped rather than
 * failing every later edit of the record: a reader before bundle version 2 stored any `_created`
 * a peer sent as an ordinary (ignored) field.
 */
export function creationsOf(db: Db, table: string, rowId: string): { hlc: string; fields: [string, string][] }[] {
  const rows = prepared(
    db,
    'SELECT hlc, value FROM changes WHERE tbl = ? AND row_id = ? AND field = ? ORDER BY hlc',
  ).all(table, rowId, CREATED_FIELD) as { hlc: string; value: string }[];
  return rows.flatMap(({ hlc, value }) => {
    try {
      return [{ hlc, fields: fieldsOfCreation(value) }];
    } catch {
      return [];
    }
  });
}
