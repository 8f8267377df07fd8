import type { Db } from '../vault/openDatabase';
import { type ApplicantRow, applicantsAt } from './applicantRows';
import { type QueryWord, typoEligible, typoTerms } from './queryWords';

/**
 * People for whom `word` may be one letter off one of their names while `others` (an FTS5
 * expression over the search table, if any) matches exactly: the typo index (applicant_near) and
 * the names meet the typed key's neighbours, and the search table the rest. Candidates only: two
 * keys can share a deletion and still be two letters apart, so the caller checks each one.
 * Unranked: they are all equally one letter off, and ranking thousands of them costs more than a
 * search may take.
 */
export function typoCandidates(db: Db, word: QueryWord, others: string | undefined, limit: number): ApplicantRow[] {
  if (!typoEligible(word)) return [];
  const { near, longer } = typoTerms(word);
  const params: Record<string, string | number> = { near, limit };
  let rowids = 'SELECT rowid FROM applicant_near WHERE applicant_near MATCH @near';
  if (longer) {
    rowids += ' UNION SELECT rowid FROM applicant_search WHERE applicant_search MATCH @longer';
    params.longer = longer;
  }
  if (others) {
    rowids = `SELECT rowid FROM (${rowids})
      WHERE rowid IN (SELECT rowid FROM applicant_search WHERE applicant_search MATCH @others)`;
    params.others = others;
  }
  return applicantsAt(db, `${rowids} LIMIT @limit`, params);
}
