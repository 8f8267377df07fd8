import type { ApplicantFields } from '../../shared/records/applicant';
import type { IncidentFields } from '../../shared/records/incident';
import { normalizeNumber } from '../../shared/search/fold';
import type { ApplicantHit, SearchResult } from '../../shared/search/searchResult';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { type ApplicantRow, rankedApplicants, summaryOf } from './applicantRows';
import { explanations, fieldMatches, matchWord, type NameText, nameTexts, type WordMatch } from './nameMatch';
import { exactTerm, numberTerm, type ParsedQuery, parseQuery, typoEligible } from './queryWords';
import { typoCandidates } from './typoCandidates';

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

/** The exact expression without one of the words, or undefined when nothing is left. */
function exactExceptWord(query: ParsedQuery, index: number): string | undefined {
  const rest = exactExpression({ ...query, names: query.names.filter((_, i) => i !== index) });
  return rest === '' ? undefined : rest;
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
  const rows = rankedApplicants(db, exactExpression(query), limit, '10.0, 5.0, 1.0');
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
 * People found only with a name one letter off, after the exact round: one word at a time is one
 * letter off a name while the others match exactly (two typos at once are not looked for). Each
 * candidate of the typo index is checked, since two keys can share a deletion and still be two
 * letters apart.
 */
function approximateHits(db: Db, query: ParsedQuery, limit: number, found: ReadonlySet<string>): ApplicantHit[] {
  const seen = new Set(found);
  const hits: ApplicantHit[] = [];
  for (const [index, word] of query.names.entries()) {
    for (const row of typoCandidates(
      db,
      word,
      exactExceptWord(query, index),
      limit + found.size + APPROXIMATE_MARGIN,
    )) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      const doc = JSON.parse(row.doc) as ApplicantFields;
      const names = nameTexts(doc);
      const words = query.names.map((w) => matchWord(w, names, true));
      if (words[index]?.kind !== 'approximate') continue;
      // The other words matched exactly (the index said so): in the notes, if no name spells them.
      const shown = words.map((w, i) =>
        i !== index && w.kind === 'approximate' ? { ...w, kind: 'none' as const, hits: [] } : w,
      );
      hits.push(hitOf(row, doc, names, query, shown));
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
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
  const found = new Set(exact.map((hit) => hit.applicant.id));
  const approximate =
    exact.length < limit && query.names.some(typoEligible)
      ? approximateHits(db, query, limit - exact.length, found)
      : [];
  return { applicants: [...exact, ...approximate], incidents: incidentHits(db, query, limit) };
}
