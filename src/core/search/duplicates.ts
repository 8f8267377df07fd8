import type { ApplicantFields } from '../../shared/records/applicant';
import { isValidPartialDate } from '../../shared/records/partialDate';
import type { DuplicateCandidate } from '../../shared/search/searchResult';
import type { Db } from '../vault/openDatabase';
import { type ApplicantRow, rankedApplicants, summaryOf } from './applicantRows';
import { explanations, matchWord, nameTexts, type WordMatch } from './nameMatch';
import { exactTerm, type QueryWord, queryWords, typoEligible } from './queryWords';
import { typoCandidates } from './typoCandidates';

/** Candidates read from the index per round; more than a screen's worth, since birth dates filter some out. */
const CANDIDATES = 51;
const NAMES_ONLY = '10.0, 0.0, 0.0';

/** Two partial dates agree when they are equal at the precision both have ("1989" and "1989-05-14" agree). */
export function datesCompatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || !isValidPartialDate(a) || !isValidPartialDate(b)) return true;
  const common = Math.min(a.length, b.length);
  return a.slice(0, common) === b.slice(0, common);
}

interface Lookup {
  familyName: string;
  givenName?: string | undefined;
  birthDate?: string | undefined;
  excludeId?: string | undefined;
}

/** Why it may be the same person, from how each typed name met the record's names. */
function reasonsOf(family: WordMatch[], given: WordMatch[], doc: ApplicantFields, lookup: Lookup) {
  const inOwnName = (m: WordMatch) => m.hits.some((hit) => hit.name.field !== 'alias');
  const reasons = new Set<DuplicateCandidate['reasons'][number]>();
  if (family.length > 0) reasons.add(family.every(inOwnName) ? 'familyName' : 'alias');
  if (given.length > 0) reasons.add(given.every(inOwnName) ? 'givenName' : 'alias');
  if (lookup.birthDate && doc.birthDate) reasons.add('birthDate');
  return [...reasons];
}

function candidatesOf(rows: ApplicantRow[], family: QueryWord[], given: QueryWord[], lookup: Lookup) {
  const out: DuplicateCandidate[] = [];
  for (const row of rows) {
    if (row.id === lookup.excludeId) continue;
    const doc = JSON.parse(row.doc) as ApplicantFields;
    if (!datesCompatible(doc.birthDate, lookup.birthDate)) continue;
    const names = nameTexts(doc);
    const familyMatches = family.map((word) => matchWord(word, names, false));
    const givenMatches = given.map((word) => matchWord(word, names, false));
    const all = [...familyMatches, ...givenMatches];
    if (all.some((m) => m.kind === 'none')) continue;
    out.push({
      applicant: summaryOf(row, doc),
      reasons: reasonsOf(familyMatches, givenMatches, doc, lookup),
      approximate: all.some((m) => m.kind === 'approximate'),
      explanations: explanations(all, false),
    });
  }
  return out;
}

/**
 * People already in the vault who may be the one being typed in: each typed name (the family name
 * in any script or as another spelling on record, and a given name if typed) must be a whole name
 * of theirs, and birth dates must not contradict each other at their common precision. Then, if
 * there is room, people whose name is one letter off, marked approximate. Someone known by one
 * name only is looked up by the given name. `approximate: false` leaves the one-letter-off round out.
 */
export function possibleDuplicates(
  db: Db,
  lookup: Lookup,
  options: { limit?: number; approximate?: boolean } = {},
): DuplicateCandidate[] {
  const limit = options.limit ?? 5;
  const family = queryWords(lookup.familyName);
  const given = lookup.givenName ? queryWords(lookup.givenName) : [];
  const words = [...family, ...given];
  if (words.length === 0) return [];
  const exactMatch = words.map((word) => exactTerm(word, 'names', false)).join(' AND ');
  // Spelled as typed first (the sort is stable, so the index's order stays within each).
  const exact = candidatesOf(rankedApplicants(db, exactMatch, CANDIDATES, NAMES_ONLY), family, given, lookup)
    .filter((candidate) => !candidate.approximate)
    .sort((a, b) => a.explanations.length - b.explanations.length)
    .slice(0, limit);
  if (options.approximate === false || exact.length >= limit || !words.some(typoEligible)) return exact;
  // One typed name at a time one letter off, the others exact.
  const found = new Set(exact.map((candidate) => candidate.applicant.id));
  const approximate: DuplicateCandidate[] = [];
  for (const [index, word] of words.entries()) {
    const others = words.filter((_, i) => i !== index).map((w) => exactTerm(w, 'names', false));
    const rows = typoCandidates(db, word, others.length > 0 ? others.join(' AND ') : undefined, CANDIDATES);
    for (const candidate of candidatesOf(rows, family, given, lookup)) {
      if (!candidate.approximate || found.has(candidate.applicant.id)) continue;
      found.add(candidate.applicant.id);
      approximate.push(candidate);
    }
    if (exact.length + approximate.length >= limit) break;
  }
  return [...exact, ...approximate].slice(0, limit);
}
