import type { ApplicantFields } from '../../shared/records/applicant';
import type { IncidentFields } from '../../shared/records/incident';
import { normalizeNumber } from '../../shared/search/fold';
import type { ApplicantHit, SearchResult } from '../../shared/search/searchResult';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { type ApplicantRow, firstApplicants, rankedApplicants, summaryOf } from './applicantRows';
import { explanations, fieldMatches, matchWord, type NameText, nameTexts, type WordMatch } from './nameMatch';
import {
  approximateTerm,
  exactTerm,
  numberTerm,
  type ParsedQuery,
  parseQuery,
  type QueryWord,
  typoEligible,
} from './queryWords';

export { datesCompatible, possibleDuplicates } from './duplicates';
export { parseQuery } from './queryWords';

/** Where a word may match: names, and notes, addresses and the timeline. */
const WORD_COLUMNS = '{names text}';
/** Candidates read past the limit for the approximate round, which drops the ones a check rejects. */
const APPROXIMATE_MARGIN = 20;

/** FTS5 syntax: every word (in any spelling, as a prefix) and every number must match in its columns. */
function exactExpression(query: ParsedQuery, columns = WORD_COLUMNS): string {
  return [...query.names.map((word) => exactTerm(word, columns, true)), ...query.numbers.map(numberTerm)].join(' AND ');
}

function approximateExpression(query: ParsedQuery): string {
  return [
    ...query.names.map((word) => approximateTerm(word, WORD_COLUMNS, true)),
    ...query.numbers.map(numberTerm),
  ].join(' AND ');
}

/** Whether the row's notes, addresses or timeline hold the word as typed (in any spelling). */
function matchesInText(db: Db, rowid: number, word: QueryWord): boolean {
  return (
    prepared(db, 'SELECT 1 FROM applicant_search WHERE applicant_search MATCH @match AND rowid = @rowid').get({
      match: exactTerm(word, 'text', true),
      rowid,
    }) !== undefined
  );
}

function hitOf(
  row: ApplicantRow,
  doc: ApplicantFields,
  names: NameText[],
  query: ParsedQuery,
  words: WordMatch[],
): ApplicantHit {
  const matches = fieldMatches(doc, names, words, query.numbers);
  const shownNumbers = matches
    .filter((m) => m.field === 'document' || m.field === 'phone')
    .map((m) => normalizeNumber(m.text));
  const allShown =
    words.every((w) => w.kind !== 'none') &&
    query.numbers.every((token) => shownNumbers.some((number) => number.includes(token)));
  return {
    applicant: summaryOf(row, doc),
    matches,
    matchedText: !allShown,
    approximate: words.some((w) => w.kind === 'approximate'),
    explanations: explanations(words, true),
  };
}

function exactHits(db: Db, query: ParsedQuery, limit: number): ApplicantHit[] {
  const rows = rankedApplicants(db, exactExpression(query), limit, '10.0, 5.0, 1.0, 0.0');
  return rows.map((row) => {
    const doc = JSON.parse(row.doc) as ApplicantFields;
    const names = nameTexts(doc);
    // Spelled right somewhere: a word no name spells right matched the notes, not a name one letter off.
    const words = query.names.map((word) => {
      const match = matchWord(word, names, true);
      return match.kind === 'approximate' ? { ...match, kind: 'none' as const, hits: [] } : match;
    });
    return hitOf(row, doc, names, query, words);
  });
}

/**
 * People found only with a name one letter off, after the exact round: each candidate of the typo
 * index is checked, since two keys can share a deletion and still be two letters apart.
 */
function approximateHits(db: Db, query: ParsedQuery, limit: number): ApplicantHit[] {
  const rows = firstApplicants(db, approximateExpression(query), limit + APPROXIMATE_MARGIN);
  const hits: { hit: ApplicantHit; off: number }[] = [];
  for (const row of rows) {
    const doc = JSON.parse(row.doc) as ApplicantFields;
    const names = nameTexts(doc);
    const words = query.names.map((word) => matchWord(word, names, true));
    const off = words.filter((w) => w.kind === 'approximate').length;
    const checked = words.every((w) => w.kind !== 'none' || matchesInText(db, row.rowid, w.word));
    if (off === 0 || !checked) continue;
    hits.push({ hit: hitOf(row, doc, names, query, words), off });
    if (hits.length >= limit) break;
  }
  // Fewer letters off first; the sort is stable, so the family-name order stays within each.
  return hits.sort((a, b) => a.off - b.off).map((h) => h.hit);
}

function incidentHits(db: Db, query: ParsedQuery, limit: number): SearchResult['incidents'] {
  if (query.numbers.length > 0) return [];
  const rows = prepared(
    db,
    `SELECT i.id, i.doc FROM incident_search s
       JOIN incident_search_keys k ON k.search_rowid = s.rowid
       JOIN incidents i ON i.id = k.incident_id
       WHERE incident_search MATCH @match AND i.deleted_at IS NULL
       ORDER BY bm25(incident_search) LIMIT @limit`,
  ).all({ match: exactExpression(query, 'text'), limit }) as { id: string; doc: string }[];
  return rows.map((row) => {
    const doc = JSON.parse(row.doc) as IncidentFields;
    return { id: row.id, occurredOn: doc.occurredOn, kind: doc.kind, ...(doc.place ? { place: doc.place } : {}) };
  });
}

/**
 * People and incidents for what was typed: first everyone found by a spelling of the words (as the
 * start of a name, in any script), then, if there is room, people whose name is one letter off,
 * marked approximate.
 */
export function search(db: Db, text: string, limit: number): SearchResult {
  const query = parseQuery(text);
  if (query.names.length === 0 && query.numbers.length === 0) return { applicants: [], incidents: [] };
  const exact = exactHits(db, query, limit);
  const approximate =
    exact.length < limit && query.names.some(typoEligible) ? approximateHits(db, query, limit - exact.length) : [];
  return { applicants: [...exact, ...approximate], incidents: incidentHits(db, query, limit) };
}
