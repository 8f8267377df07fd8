import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { GENESIS_HASH } from './auditLog';

/** The audit log's newest entry, as the key file and bundles carry it. */
export interface AuditHead {
  seq: number;
  hash: string;
}

/** The newest committed entry, or seq 0 for an empty log. */
export function auditHead(db: Db): AuditHead {
  const row = prepared(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as AuditHead | undefined;
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

/**
 * Whether the log still holds the anchored entry unchanged. The log only grows, so an anchor it
 * no longer reaches, or reaches with another hash, means entries were removed (or the whole chain
 * rewritten) since the anchor was written: the chain alone cannot show that, its remaining part
 * still links up from the first entry.
 */
export function holdsAnchor(db: Db, anchor: AuditHead): boolean {
  if (anchor.seq === 0) return true;
  const row = prepared(db, 'SELECT hash FROM audit_log WHERE seq = ?').get(anchor.seq) as { hash: string } | undefined;
  return row?.hash === anchor.hash;
}
