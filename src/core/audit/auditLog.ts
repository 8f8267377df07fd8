import { createHash } from 'node:crypto';
import type { AuditAction, AuditEntry, AuditTargetKind } from '../../shared/records/audit';
import { insertMany } from '../vault/insertMany';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

export interface AuditInput {
  action: AuditAction;
  targetKind?: AuditTargetKind;
  targetId?: string;
  applicantId?: string;
  /** Names of the fields an edit touched; never their values. */
  fields?: string[];
  /** Counts and identifiers only (an export's sections, an import's counts); never client data. */
  detail?: Record<string, string | number>;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  device_id: string;
  action: string;
  target_kind: string | null;
  target_id: string | null;
  applicant_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

function entryHash(prevHash: string, row: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
  const canonical = JSON.stringify([
    row.seq,
    row.at,
    row.actor,
    row.device_id,
    row.action,
    row.target_kind,
    row.target_id,
    row.applicant_id,
    row.detail,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export interface AuditChainReport {
  entries: number;
  ok: boolean;
  /** The first entry whose content or link does not match, when the chain is broken. */
  brokenAt?: number;
}

/**
 * Append-only, hash-chained: each entry's hash covers the previous entry's hash, so editing,
 * removing or reordering any entry breaks every hash after it (`verify`). SQL triggers refuse
 * UPDATE and DELETE, so only a deliberate attacker with the key (who could rewrite the chain)
 * gets past it; that limit is written in the security notes.
 */
export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly actor: () => string,
    private readonly deviceId: string,
    private readonly now: () => Date = () => new Date(),
    /** Told after entries were appended (the key file's anchor follows once they are committed). */
    private readonly onAppended: () => void = () => {},
  ) {}

  append(input: AuditInput): void {
    this.appendMany([input]);
  }

  /**
   * Appends entries in order, chained exactly as one append after another would chain them, with
   * one read of the chain's end and multi-row inserts (an import audits every record it creates).
   */
  appendMany(inputs: readonly AuditInput[]): void {
    if (inputs.length === 0) return;
    const last = prepared(this.db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
      | { seq: number; hash: string }
      | undefined;
    const at = this.now().toISOString();
    const actor = this.actor();
    let seq = last?.seq ?? 0;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const values: unknown[] = [];
    for (const input of inputs) {
      seq += 1;
      const row = {
        seq,
        at,
        actor,
        device_id: this.deviceId,
        action: input.action,
        target_kind: input.targetKind ?? null,
        target_id: input.targetId ?? null,
        applicant_id: input.applicantId ?? null,
        detail: JSON.stringify({ fields: input.fields, ...input.detail }),
      };
      const hash = entryHash(prevHash, row);
      values.push(
        row.seq,
        row.at,
        row.actor,
        row.device_id,
        row.action,
        row.target_kind,
        row.target_id,
        row.applicant_id,
        row.detail,
        prevHash,
        hash,
      );
      prevHash = hash;
    }
    insertMany(
      this.db,
      'INSERT INTO audit_log (seq, at, actor, device_id, action, target_kind, target_id, applicant_id, detail, prev_hash, hash)',
      11,
      values,
    );
    this.onAppended();
  }

  list(filter: { applicantId?: string; beforeSeq?: number; limit: number }): AuditEntry[] {
    const rows = prepared(
      this.db,
      `SELECT * FROM audit_log
         WHERE (@applicantId IS NULL OR applicant_id = @applicantId OR target_id = @applicantId)
           AND (@beforeSeq IS NULL OR seq < @beforeSeq)
         ORDER BY seq DESC LIMIT @limit`,
    ).all({
      applicantId: filter.applicantId ?? null,
      beforeSeq: filter.beforeSeq ?? null,
      limit: filter.limit,
    }) as AuditRow[];
    return rows.map((row) => {
      const detail = JSON.parse(row.detail) as { fields?: string[] } & Record<string, unknown>;
      const { fields, ...rest } = detail;
      return {
        seq: row.seq,
        at: row.at,
        actor: row.actor,
        action: row.action as AuditAction,
        targetKind: (row.target_kind ?? undefined) as AuditTargetKind | undefined,
        targetId: row.target_id ?? undefined,
        applicantId: row.applicant_id ?? undefined,
        fields: fields ?? [],
        detail: Object.fromEntries(
          Object.entries(rest).filter((e): e is [string, string | number] =>
            ['string', 'number'].includes(typeof e[1]),
          ),
        ),
      };
    });
  }

  verify(): AuditChainReport {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let entries = 0;
    for (const row of prepared(
      this.db,
      'SELECT * FROM audit_log ORDER BY seq',
    ).iterate() as IterableIterator<AuditRow>) {
      entries += 1;
      const { hash, prev_hash, ...content } = row;
      if (row.seq !== expectedSeq || prev_hash !== prevHash || hash !== entryHash(prevHash, content)) {
        return { entries, ok: false, brokenAt: row.seq };
      }
      prevHash = hash;
      expectedSeq += 1;
    }
    return { entries, ok: true };
  }
}
