import type { Db } from './openDatabase';

/**
 * Vault files whose WAL may still hold old page images of a purged record: another connection (a
 * CLI backup, a report) was reading when the WAL was to be emptied. Kept by path, so the next
 * lock or unlock of the same vault in this process finishes the job.
 */
const pending = new Set<string>();

/**
 * Moves every WAL page into the (zeroed on delete, `secure_delete`) main file and empties the WAL.
 * Returns false when a reader kept part of the WAL in use: it is then tried again later.
 */
export function flushWal(db: Db): boolean {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  const done = result !== undefined && result.busy === 0 && result.log === result.checkpointed;
  if (done) pending.delete(db.name);
  else pending.add(db.name);
  return done;
}

/** A flush that could not finish earlier is tried again (at lock and at unlock). */
export function retryPendingFlush(db: Db): void {
  if (pending.has(db.name)) flushWal(db);
}
