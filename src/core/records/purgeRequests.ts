import { PanohError } from '../../shared/errors';
import { ownerOf } from '../sync/recordShape';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { flushPurged, purgeRows } from './purge';
import type { Doc, RecordTable } from './recordStore';
import { RECORD_SCHEMAS } from './specs';
import { labelOf, TABLES, type TrashKind } from './trash';
import type { Workspace } from './workspace';

/** A colleague asks to delete a record forever that is live here: shown in Recently deleted. */
export interface PurgeRequest {
  kind: TrashKind;
  id: string;
  requestedAt: string;
  label: string;
  applicantId?: string;
  damaged?: boolean;
}

const KIND_OF_TABLE = new Map(Object.entries(TABLES).map(([kind, table]) => [table, kind as TrashKind]));

/**
 * Keeps a colleague's purge of a record live here as a request (a newer purge renews one that was
 * declined). Returns 1 when it is new. A record that belongs to one with a request of its own goes
 * with it (its applicant's confirmation purges it), and a kind that Recently deleted does not list
 * only ever goes with its owner: neither is asked about separately.
 */
export function holdPurgeRequest(
  db: Db,
  request: { tbl: RecordTable; id: string; hlc: string; doc: Doc },
  at: string,
): number {
  if (!KIND_OF_TABLE.has(request.tbl)) return 0;
  if (!prepared(db, `SELECT 1 FROM ${request.tbl} WHERE id = ?`).get(request.id)) return 0;
  const owner = ownerOf(request.tbl, request.doc);
  if (owner && pendingClock(db, owner.tbl, owner.id)) return 0;
  return prepared(
    db,
    `INSERT INTO purge_requests (tbl, row_id, hlc, received_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (tbl, row_id) DO UPDATE SET hlc = excluded.hlc, received_at = excluded.received_at, declined_at = NULL
       WHERE excluded.hlc > purge_requests.hlc`,
  ).run(request.tbl, request.id, request.hlc, at).changes;
}

function pendingClock(db: Db, tbl: RecordTable, id: string): string | undefined {
  return (
    prepared(db, 'SELECT hlc FROM purge_requests WHERE tbl = ? AND row_id = ? AND declined_at IS NULL').get(tbl, id) as
      | { hlc: string }
      | undefined
  )?.hlc;
}

/** Pending requests, newest first, each named as Recently deleted names its items. */
export function listPurgeRequests(db: Db): PurgeRequest[] {
  const requests: PurgeRequest[] = [];
  for (const [kind, table] of Object.entries(TABLES) as [TrashKind, RecordTable][]) {
    const rows = prepared(
      db,
      `SELECT r.row_id AS id, r.received_at AS at, t.doc FROM purge_requests r JOIN ${table} t ON t.id = r.row_id
       WHERE r.tbl = ? AND r.declined_at IS NULL`,
    ).all(table) as { id: string; at: string; doc: string }[];
    for (const row of rows) {
      const parsed = RECORD_SCHEMAS[table].safeParse(JSON.parse(row.doc));
      requests.push(
        parsed.success
          ? { kind, id: row.id, requestedAt: row.at, ...labelOf(kind, parsed.data as Record<string, unknown>) }
          : { kind, id: row.id, requestedAt: row.at, label: '', damaged: true },
      );
    }
  }
  return requests.sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
}

function requireRequest(db: Db, kind: TrashKind, id: string): string {
  const hlc = pendingClock(db, TABLES[kind], id);
  if (!hlc) throw new PanohError('RECORD_NOT_FOUND', { kind });
  return hlc;
}

/**
 * The lawyer confirms: the record goes forever with what belongs to it, under the colleague's
 * marker (so it converges with the office). Audited without content, like any purge.
 */
export function confirmPurgeRequest(
  workspace: Workspace,
  kind: TrashKind,
  id: string,
): { purged: number; flushPending?: true } {
  const purged = workspace.store.transaction(() => {
    const hlc = requireRequest(workspace.db, kind, id);
    const rows = purgeRows(workspace.store, workspace.db, { tbl: TABLES[kind], id }, { hlc });
    workspace.audit.append({
      action: 'purge',
      targetKind: kind,
      targetId: id,
      detail: { rows, reason: 'colleagueRequest' },
    });
    return rows;
  });
  return flushPurged(workspace.db) ? { purged } : { purged, flushPending: true };
}

/** The lawyer keeps the record: the request is declined (a newer purge of it would ask again). */
export function declinePurgeRequest(workspace: Workspace, kind: TrashKind, id: string): void {
  workspace.store.transaction(() => {
    requireRequest(workspace.db, kind, id);
    prepared(workspace.db, 'UPDATE purge_requests SET declined_at = ? WHERE tbl = ? AND row_id = ?').run(
      new Date().toISOString(),
      TABLES[kind],
      id,
    );
    workspace.audit.append({ action: 'purge_declined', targetKind: kind, targetId: id });
  });
}
