import type { ApplicantFields } from '../../shared/records/applicant';
import { withoutNumberSign } from '../../shared/records/documentNumber';
import type { EventFields } from '../../shared/records/events';
import type { IncidentFields } from '../../shared/records/incident';
import { typoIndexTokens } from '../../shared/search/approximate';
import { foldTextKeys, normalizeNumber, words } from '../../shared/search/fold';

/**
 * The texts of an applicant that search looks through, grouped by how strongly a hit counts, as
 * search keys (every key of every word). `near` goes to the typo index (applicant_near): each name
 * key of five letters or more with one letter left out in turn (approximate.ts).
 */
export interface ApplicantSearchDocument {
  names: string;
  numbers: string;
  text: string;
  near: string;
}

function foldedKeys(texts: readonly (string | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const text of texts) if (text) for (const key of foldTextKeys(text)) keys.add(key);
  return [...keys];
}

function folded(...texts: (string | undefined)[]): string {
  return foldedKeys(texts).join(' ');
}

/** The names an applicant is known by: family, given, patronymic and other spellings. */
export function applicantNames(doc: ApplicantFields): (string | undefined)[] {
  return [doc.familyName, doc.givenName, doc.patronymic, ...doc.aliases];
}

/**
 * Document, certificate and phone numbers as the index holds them (also what the benchmark's
 * old-folding baseline writes). A number an older version stored with the sign typed before it
 * («No.2675-00-31-2026») is held without it too, as a search for it is read («2675…»).
 */
export function numbers(...texts: (string | undefined)[]): string {
  const tokens = texts.flatMap((text) =>
    text ? [normalizeNumber(text), normalizeNumber(withoutNumberSign(text)), ...words(text).map(normalizeNumber)] : [],
  );
  return [...new Set(tokens)].filter((token) => /\d/.test(token)).join(' ');
}

/** Free-text fields of an event (places, authorities, charges, reasons, notes). */
export function eventTexts(event: EventFields): (string | undefined)[] {
  switch (event.type) {
    case 'detention':
      return [event.place, event.authority, event.basis, ...(event.custodyTerms ?? []).map((term) => term.court)];
    case 'asylumApplication':
      return [event.authority];
    case 'decision':
      return [event.body, event.reasons];
    case 'appeal':
      return [event.court];
    case 'extradition':
      return [event.charges, event.prosecutorDecision, event.noticeIssuer];
    case 'unhcr':
      return [];
    case 'intervention':
      return [event.body, event.outcome];
    case 'note':
      return [event.text];
  }
}

/** The numbers a filing quotes: certificates, cases, decisions, requests, notices. */
export function eventNumbers(event: EventFields): (string | undefined)[] {
  switch (event.type) {
    case 'asylumApplication':
      return [event.registrationNumber, event.certificateNumber];
    case 'unhcr':
      return [event.certificateNumber];
    case 'detention':
    case 'appeal':
      return [event.caseNumber];
    case 'decision':
      return [event.number];
    case 'extradition':
      return [event.requestNumber, event.noticeNumber, event.prosecutorDecisionNumber];
    case 'intervention':
      return [event.reference];
    case 'note':
      return [];
  }
}

export function applicantSearchDocument(doc: ApplicantFields, events: EventFields[]): ApplicantSearchDocument {
  const names = foldedKeys(applicantNames(doc));
  const near = new Set<string>();
  for (const key of names) for (const token of typoIndexTokens(key)) near.add(token);
  return {
    names: names.join(' '),
    near: [...near].join(' '),
    numbers: numbers(...doc.documents.map((d) => d.number), doc.phone, ...events.flatMap(eventNumbers)),
    text: folded(doc.birthPlace, doc.address, doc.notes, ...events.flatMap(eventTexts)),
  };
}

export function incidentSearchDocument(doc: IncidentFields): string {
  const thirdParties = (doc.thirdParties ?? []).flatMap((person) => [person.name, person.note]);
  return folded(doc.place, doc.description, doc.witnesses, doc.reportedTo, ...thirdParties);
}
