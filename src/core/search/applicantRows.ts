import type { ApplicantFields } from '../../shared/records/applicant';
import { toSummary } from '../records/applicants';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

export interface ApplicantRow {
  rowid: number;
  id: string;
  doc: string;
  created_at: string;
  updated_at: string;
}

/**
 * Applicants matching an FTS5 expression, best first. Ranked and cut inside FTS5: a common name can
 * match thousands of people, and only the best few need their records read. Deleted people are not
 * in the index. `weights`: bm25 weights of names, numbers, text and the typo index.
 */
export function rankedApplicants(db: Db, match: string, limit: number, weights: string): ApplicantRow[] {
  return prepared(
    db,
    `SELECT s.rowid, a.id, a.doc, a.created_at, a.updated_at
       FROM (
         SELECT rowid, bm25(applicant_search, ${weights}) AS score FROM applicant_search
         WHERE applicant_search MATCH @match ORDER BY score LIMIT @limit
       ) s
       JOIN applicant_search_keys k ON k.search_rowid = s.rowid
       JOIN applicants a ON a.id = k.applicant_id
       WHERE a.deleted_at IS NULL
       ORDER BY s.score, a.family_name`,
  ).all({ match, limit }) as ApplicantRow[];
}

/** Live applicants at the search rows a query selects (its one column: `rowid`), by family name. */
export function applicantsAt(db: Db, rowids: string, params: Record<string, string | number>): ApplicantRow[] {
  return prepared(
    db,
    `SELECT s.rowid, a.id, a.doc, a.created_at, a.updated_at
       FROM (${rowids}) s
       JOIN applicant_search_keys k ON k.search_rowid = s.rowid
       JOIN applicants a ON a.id = k.applicant_id
       WHERE a.deleted_at IS NULL
       ORDER BY a.family_name, a.id`,
  ).all(params) as ApplicantRow[];
}

export function summaryOf(row: ApplicantRow, doc: ApplicantFields) {
  return toSummary({ id: row.id, doc, createdAt: row.created_at, updatedAt: row.updated_at, deletedAt: null });
}
