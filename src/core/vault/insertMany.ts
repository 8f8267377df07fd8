import type { Db } from './openDatabase';
import { prepared } from './prepared';

/**
 * Rows per statement. Past a few dozen rows the per-statement cost (crossing from JavaScript into
 * SQLite, binding, stepping) is already spread thin; larger statements only cost more to compile.
 */
const ROWS_PER_STATEMENT = 64;

const texts = new Map<string, string>();

/** The SQL text of one multi-row INSERT, built once: rebuilding and hashing it per call costs more than the insert. */
function sqlFor(head: string, width: number, rows: number, tail: string): string {
  const key = `${rows}\u0000${width}\u0000${head}\u0000${tail}`;
  let sql = texts.get(key);
  if (!sql) {
    const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
    sql = `${head} VALUES ${Array.from({ length: rows }, () => row).join(', ')}${tail ? ` ${tail}` : ''}`;
    texts.set(key, sql);
  }
  return sql;
}

/**
 * Inserts rows given flat (`width` values per row) with multi-row INSERT statements: full
 * statements of ROWS_PER_STATEMENT rows, then the rest in powers of two, so a table needs at most
 * seven statement shapes in the cache whatever the count. `tail` follows the VALUES list (an
 * ON CONFLICT clause). Runs inside the caller's transaction; rows are inserted in order.
 */
export function insertMany(db: Db, head: string, width: number, values: readonly unknown[], tail = ''): void {
  if (values.length % width !== 0) throw new Error('insertMany: values do not fill whole rows');
  let offset = 0;
  let remaining = values.length / width;
  while (remaining > 0) {
    let rows = ROWS_PER_STATEMENT;
    while (rows > remaining) rows >>= 1;
    const end = offset + rows * width;
    prepared(db, sqlFor(head, width, rows, tail)).run(values.slice(offset, end));
    offset = end;
    remaining -= rows;
  }
}
