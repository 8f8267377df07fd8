import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
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
  const candidates = new Set(rowidsMatching(db, 'applicant_near', near));
  if (longer) for (const rowid of rowidsMatching(db, 'applicant_search', longer)) candidates.add(rowid);
  let rowids = [...candidates];
  if (others) {
    const alsoMatching = new Set(rowidsMatching(db, 'applicant_search', others));
    rowids = rowids.filter((rowid) => alsoMatching.has(rowid));
  }
  const chosen = rowids.sort((a, b) => a - b).slice(0, limit);
  return applicantsAt(db, 'SELECT value AS rowid FROM json_each(@rowids)', { rowids: JSON.stringify(chosen) });
}

/**
 * The rows of one MATCH, each set read on its own and met here: combined in one statement
 * (`rowid IN (… MATCH …)`), SQLite scanned the whole search table for the inner MATCH, and a
 * duplicate check at intake took seconds at 100,000 people for a name thousands share.
 */
function rowidsMatching(db: Db, table: 'applicant_near' | 'applicant_search', match: string): number[] {
  const rows = prepared(db, `SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).all(match) as { rowid: number }[];
  return rows.map((row) => row.rowid);
}
