import type { ApplicantFields } from '../../shared/records/applicant';
import type { IncidentFields } from '../../shared/records/incident';
import { isValidPartialDate } from '../../shared/records/partialDate';
import { foldText, foldWord, normalizeNumber } from '../../shared/search/fold';
import type { ApplicantHit, DuplicateCandidate, FieldMatch, SearchResult } from '../../shared/search/searchResult';
import { toSummary } from '../records/applicants';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { fieldMatch } from './highlight';

interface ParsedQuery {
  names: string[];
  numbers: string[];
}

/**
 * Splits what was typed into folded name tokens and number tokens. A chunk with a digit in it
 * (a certificate number, a phone) is a number as a whole: "ЖМБ-2026-0114" is one token.
 */
export function parseQuery(text: string): ParsedQuery {
  const names: string[] = [];
  const numbers: string[] = [];
  for (const chunk of text.split(/\s+/).filter(Boolean)) {
    if (/\p{N}/u.test(chunk)) {
      const number = normalizeNumber(chunk);
      if (number) numbers.push(number);
    } else names.push(...foldText(chunk));
  }
  return { names, numbers };
}

/** FTS5 syntax: every token must match, as a prefix, in its columns. Tokens are [a-z0-9] or letters+digits. */
function matchExpression(query: ParsedQuery, nameColumns: string): string {
  return [
    ...query.names.map((token) => `${nameColumns} : "${token}"*`),
    ...query.numbers.map((token) => `numbers : "${token.toLocaleLowerCase()}"*`),
  ].join(' AND ');
}

interface Row {
  id: string;
  doc: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

function matchesOf(doc: ApplicantFields, query: ParsedQuery): FieldMatch[] {
  const candidates: [FieldMatch['field'], string | undefined][] = [
    ['familyName', doc.familyName],
    ['givenName', doc.givenName],
    ['patronymic', doc.patronymic],
    ...doc.aliases.map((alias): [FieldMatch['field'], string] => ['alias', alias]),
    ...doc.documents.map((d): [FieldMatch['field'], string | undefined] => ['document', d.number]),
    ['phone', doc.phone],
  ];
  return candidates.flatMap(([field, text]) => fieldMatch(field, text, query.names, query.numbers) ?? []);
}

/** Whether the shown fields explain the whole query, or some token matched notes or the timeline. */
function everyTokenShown(query: ParsedQuery, matches: FieldMatch[]): boolean {
  const shownWords = matches
    .filter((m) => m.field !== 'document' && m.field !== 'phone')
    .flatMap((m) => m.ranges.map(([start, end]) => foldWord(m.text.slice(start, end))));
  const shownNumbers = matches
    .filter((m) => m.field === 'document' || m.field === 'phone')
    .map((m) => normalizeNumber(m.text));
  return (
    query.names.every((token) => shownWords.some((word) => word.startsWith(token))) &&
    query.numbers.every((token) => shownNumbers.some((number) => number.includes(token)))
  );
}

export function search(db: Db, text: string, limit: number): SearchResult {
  const query = parseQuery(text);
  if (query.names.length === 0 && query.numbers.length === 0) return { applicants: [], incidents: [] };
  const rows = prepared(
    db,
    `SELECT a.id, a.doc, a.created_at, a.updated_at, a.deleted_at
       FROM (
         -- Ranked and cut inside FTS5 first: a common name can match thousands of people, and only
         -- the best few need their records read. Deleted people are not in the index.
         SELECT rowid, bm25(applicant_search, 10.0, 5.0, 1.0) AS score FROM applicant_search
         WHERE applicant_search MATCH @match ORDER BY score LIMIT @limit
       ) s
       JOIN applicant_search_keys k ON k.search_rowid = s.rowid
       JOIN applicants a ON a.id = k.applicant_id
       WHERE a.deleted_at IS NULL
       ORDER BY s.score, a.family_name`,
  ).all({ match: matchExpression(query, '{names text}'), limit }) as Row[];
  const applicants: ApplicantHit[] = rows.map((row) => {
    const doc = JSON.parse(row.doc) as ApplicantFields;
    const matches = matchesOf(doc, query);
    return {
      applicant: toSummary({ id: row.id, doc, createdAt: row.created_at, updatedAt: row.updated_at, deletedAt: null }),
      matches,
      matchedText: !everyTokenShown(query, matches),
    };
  });
  const incidents =
    query.numbers.length > 0
      ? []
      : (
          prepared(
            db,
            `SELECT i.id, i.doc FROM incident_search s
               JOIN incident_search_keys k ON k.search_rowid = s.rowid
               JOIN incidents i ON i.id = k.incident_id
               WHERE incident_search MATCH @match AND i.deleted_at IS NULL
               ORDER BY bm25(incident_search) LIMIT @limit`,
          ).all({ match: matchExpression(query, 'text'), limit }) as { id: string; doc: string }[]
        ).map((row) => {
          const doc = JSON.parse(row.doc) as IncidentFields;
          return { id: row.id, occurredOn: doc.occurredOn, kind: doc.kind, ...(doc.place ? { place: doc.place } : {}) };
        });
  return { applicants, incidents };
}

/** Two partial dates agree when they are equal at the precision both have ("1989" and "1989-05-14" agree). */
export function datesCompatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || !isValidPartialDate(a) || !isValidPartialDate(b)) return true;
  const common = Math.min(a.length, b.length);
  return a.slice(0, common) === b.slice(0, common);
}

/**
 * People already in the vault who may be the one being typed in: the family name (in any script
 * or as an alias) must match exactly, a given name if typed must match too, and birth dates
 * must not contradict each other at their common precision.
 */
export function possibleDuplicates(
  db: Db,
  input: {
    familyName: string;
    givenName?: string | undefined;
    birthDate?: string | undefined;
    excludeId?: string | undefined;
  },
  limit = 5,
): DuplicateCandidate[] {
  const family = foldText(input.familyName);
  const given = input.givenName ? foldText(input.givenName) : [];
  if (family.length === 0) return [];
  const match = [...family, ...given].map((token) => `names : "${token}"`).join(' AND ');
  const rows = prepared(
    db,
    `SELECT a.id, a.doc, a.created_at, a.updated_at, a.deleted_at
       FROM (
         SELECT rowid, bm25(applicant_search, 10.0, 0.0, 0.0) AS score FROM applicant_search
         WHERE applicant_search MATCH @match ORDER BY score LIMIT 51
       ) s
       JOIN applicant_search_keys k ON k.search_rowid = s.rowid
       JOIN applicants a ON a.id = k.applicant_id
       WHERE a.deleted_at IS NULL AND a.id IS NOT @exclude
       ORDER BY s.score`,
  ).all({ match, exclude: input.excludeId ?? null }) as Row[];
  const candidates: DuplicateCandidate[] = [];
  for (const row of rows) {
    const doc = JSON.parse(row.doc) as ApplicantFields;
    if (!datesCompatible(doc.birthDate, input.birthDate)) continue;
    const names = [doc.familyName, doc.givenName, doc.patronymic].flatMap((n) => (n ? foldText(n) : []));
    const reasons: DuplicateCandidate['reasons'] = [];
    reasons.push(family.every((t) => names.includes(t)) ? 'familyName' : 'alias');
    if (given.length > 0) reasons.push(given.every((t) => names.includes(t)) ? 'givenName' : 'alias');
    if (input.birthDate && doc.birthDate) reasons.push('birthDate');
    candidates.push({
      applicant: toSummary({ id: row.id, doc, createdAt: row.created_at, updatedAt: row.updated_at, deletedAt: null }),
      reasons: [...new Set(reasons)],
    });
    if (candidates.length >= limit) break;
  }
  return candidates;
}
