import type { Control } from 'react-hook-form';
import type { ApplicantSummary } from '../../../../shared/records/applicantSummary';
import {
  type custodyOrderKinds,
  type EventFields,
  type EventInput,
  type EventType,
  eventFieldsSchema,
  type TimelineEvent,
} from '../../../../shared/records/events';
import { parseTypedDate, precisionOf } from '../../../../shared/records/partialDate';
import { sanitizeDraft, typedDate } from './applicantFormModel';
import { showDate } from './format';
import { type FormIssue, sharedSchemaResolver } from './formResolver';

/** One court order on custody as the form holds it: dates as typed. */
export interface CustodyTermRow {
  kind: (typeof custodyOrderKinds)[number];
  orderedOn: string;
  court: string;
  until: string;
}

/**
 * One flat set of fields for all eight event types. Fields that several types share (a date, an
 * authority, a body) keep what was typed when the lawyer changes the type.
 */
export interface EventFormValues {
  type: EventType | '';
  date: string;
  placeKind: string;
  place: string;
  authority: string;
  basis: string;
  caseNumber: string;
  inCustody: boolean;
  custodyTerms: CustodyTermRow[];
  maxTermEndsOn: string;
  releasedOn: string;
  filedOn: string;
  registrationNumber: string;
  certificateNumber: string;
  certificateExpiresOn: string;
  decidedOn: string;
  number: string;
  body: string;
  outcome: string;
  /** Whether the decision gave reasons: a choice the lawyer must make, since "none" matters on appeal. */
  reasonsGiven: '' | 'yes' | 'no';
  reasons: string;
  notifiedOn: string;
  againstEventId: string;
  instance: string;
  court: string;
  hearings: string[];
  requestingState: string;
  receivedOn: string;
  requestNumber: string;
  charges: string;
  noticeKind: string;
  noticeIssuer: string;
  noticeNumber: string;
  wantedSince: string;
  prosecutorDecision: string;
  prosecutorDecisionNumber: string;
  prosecutorDecisionNotifiedOn: string;
  handedTo: string;
  transferredOn: string;
  recognizedOn: string;
  kind: string;
  reference: string;
  submittedOn: string;
  text: string;
  /** The others the same event concerns (a group detained together), as the picker shows them. */
  otherPeople: ApplicantSummary[];
  /** How many people it concerned in all, those without a file here too; as typed. */
  groupSize: string;
}

export type EventControl = Control<EventFormValues, unknown, EventInput>;
type FieldName = keyof EventFormValues;

/** The fields of each type, in the order the form asks for them (the date that places it first). */
export const eventTypeFields: Record<EventType, FieldName[]> = {
  detention: [
    'date',
    'placeKind',
    'place',
    'authority',
    'basis',
    'caseNumber',
    'inCustody',
    'custodyTerms',
    'maxTermEndsOn',
    'releasedOn',
    'otherPeople',
    'groupSize',
  ],
  asylumApplication: ['filedOn', 'authority', 'registrationNumber', 'certificateNumber', 'certificateExpiresOn'],
  decision: [
    'decidedOn',
    'number',
    'body',
    'outcome',
    'reasonsGiven',
    'reasons',
    'notifiedOn',
    'otherPeople',
    'groupSize',
  ],
  appeal: ['filedOn', 'againstEventId', 'instance', 'court', 'caseNumber', 'hearings', 'outcome', 'decidedOn'],
  extradition: [
    'receivedOn',
    'requestingState',
    'requestNumber',
    'charges',
    'noticeKind',
    'noticeIssuer',
    'noticeNumber',
    'wantedSince',
    'prosecutorDecision',
    'prosecutorDecisionNumber',
    'prosecutorDecisionNotifiedOn',
    'outcome',
    'handedTo',
    'transferredOn',
  ],
  unhcr: ['recognizedOn', 'certificateNumber', 'certificateExpiresOn'],
  intervention: ['submittedOn', 'kind', 'body', 'reference', 'outcome', 'otherPeople'],
  note: ['date', 'text', 'otherPeople'],
};

export const dateFields = new Set<FieldName>([
  'date',
  'maxTermEndsOn',
  'releasedOn',
  'filedOn',
  'certificateExpiresOn',
  'decidedOn',
  'notifiedOn',
  'receivedOn',
  'wantedSince',
  'prosecutorDecisionNotifiedOn',
  'transferredOn',
  'recognizedOn',
  'submittedOn',
]);

/**
 * Dates of things that happen on one day, where a deadline or the dashboard needs the day: the
 * hint asks for the whole date, and a year or a month alone is refused. A note's date may be rough.
 */
export function isDayField(type: EventType | '', name: FieldName): boolean {
  if (name === 'date') return type === 'detention';
  return ['releasedOn', 'maxTermEndsOn', 'notifiedOn', 'prosecutorDecisionNotifiedOn', 'certificateExpiresOn'].includes(
    name,
  );
}

/** What "outcome" starts as when the lawyer picks a type. */
export function defaultOutcome(type: EventType | ''): string {
  return type === 'appeal' || type === 'extradition' ? 'pending' : '';
}

export const emptyCustodyTerm = (kind: CustodyTermRow['kind']): CustodyTermRow => ({
  kind,
  orderedOn: '',
  court: '',
  until: '',
});

export function emptyEventValues(type: EventType | '' = ''): EventFormValues {
  return {
    type,
    date: '',
    placeKind: '',
    place: '',
    authority: '',
    basis: '',
    caseNumber: '',
    inCustody: false,
    custodyTerms: [],
    maxTermEndsOn: '',
    releasedOn: '',
    filedOn: '',
    registrationNumber: '',
    certificateNumber: '',
    certificateExpiresOn: '',
    decidedOn: '',
    number: '',
    body: '',
    outcome: defaultOutcome(type),
    reasonsGiven: '',
    reasons: '',
    notifiedOn: '',
    againstEventId: '',
    instance: '',
    court: '',
    hearings: [],
    requestingState: '',
    receivedOn: '',
    requestNumber: '',
    charges: '',
    noticeKind: '',
    noticeIssuer: '',
    noticeNumber: '',
    wantedSince: '',
    prosecutorDecision: '',
    prosecutorDecisionNumber: '',
    prosecutorDecisionNotifiedOn: '',
    handedTo: '',
    transferredOn: '',
    recognizedOn: '',
    kind: '',
    reference: '',
    submittedOn: '',
    text: '',
    otherPeople: [],
    groupSize: '',
  };
}

/**
 * A stored event as the form shows it. `viewer` is the file it is edited from and `people` the
 * summaries of the others it concerns: the picker lists everyone but the viewer.
 */
export function eventToValues(
  entry: Pick<TimelineEvent, 'applicantId' | 'event'>,
  viewer: string,
  people: ReadonlyMap<string, ApplicantSummary>,
): EventFormValues {
  const { event } = entry;
  const values = emptyEventValues(event.type);
  const source = event as unknown as Record<string, unknown>;
  const text = values as unknown as Record<string, unknown>;
  for (const field of eventTypeFields[event.type]) {
    const value = source[field];
    if (field === 'hearings') values.hearings = ((value as string[] | undefined) ?? []).map(showDate);
    else if (field === 'custodyTerms' && event.type === 'detention') {
      values.custodyTerms = (event.custodyTerms ?? []).map((term) => ({
        kind: term.kind,
        orderedOn: showDate(term.orderedOn),
        court: term.court ?? '',
        until: showDate(term.until),
      }));
    } else if (field === 'inCustody') values.inCustody = value === true;
    else if (typeof value === 'string') text[field] = dateFields.has(field) ? showDate(value) : value;
  }
  if (event.type === 'decision') values.reasonsGiven = event.reasons?.trim() ? 'yes' : 'no';
  values.groupSize = event.groupSize ? String(event.groupSize) : '';
  const everyone = [entry.applicantId, ...(event.otherApplicantIds ?? [])].filter((id) => id !== viewer);
  values.otherPeople = everyone.flatMap((id) => {
    const person = people.get(id);
    return person ? [person] : [];
  });
  return values;
}

/** The group fields as the schema takes them: absent when the event concerns this person alone. */
function groupOf(values: EventFormValues): Record<string, unknown> {
  const fields = eventTypeFields[values.type || 'note'];
  const out: Record<string, unknown> = {};
  if (fields.includes('otherPeople') && values.otherPeople.length > 0) {
    out.otherApplicantIds = values.otherPeople.map((person) => person.id);
  }
  const size = values.groupSize.trim();
  if (fields.includes('groupSize') && size) out.groupSize = /^\d{1,6}$/.test(size) ? Number(size) : size;
  return out;
}

function custodyOf(values: EventFormValues): Record<string, unknown> {
  const terms = values.custodyTerms.map((term) => ({
    kind: term.kind,
    orderedOn: typedDate(term.orderedOn),
    court: term.court,
    until: typedDate(term.until),
  }));
  return {
    ...(terms.length > 0 ? { custodyTerms: terms } : {}),
    // Unticked is "not recorded as held", which the record leaves unset, as before the box existed.
    ...(values.inCustody ? { inCustody: true } : {}),
  };
}

const LISTS = new Set<FieldName>(['hearings', 'custodyTerms', 'inCustody', 'otherPeople', 'groupSize']);
/** Choices whose schema has no "none": an empty choice is left out. */
const OPTIONAL_CHOICES = new Set<FieldName>(['placeKind', 'noticeKind']);

/** The form's values as the shared schema's input for the chosen type. */
export function valuesToEvent(values: EventFormValues): EventInput {
  const out: Record<string, unknown> = { type: values.type };
  if (!values.type) return out as EventInput;
  for (const field of eventTypeFields[values.type]) {
    if (field === 'reasonsGiven' || LISTS.has(field)) continue;
    if (field === 'reasons') out.reasons = values.reasonsGiven === 'yes' ? values.reasons : '';
    else if (field === 'releasedOn' && values.inCustody) out.releasedOn = '';
    else {
      const value = values[field] as string;
      if (OPTIONAL_CHOICES.has(field) && !value) continue;
      out[field] = dateFields.has(field) ? typedDate(value) : value;
    }
  }
  if (values.type === 'appeal') out.hearings = values.hearings.map(typedDate).filter(Boolean);
  if (values.type === 'detention') Object.assign(out, custodyOf(values));
  return { ...out, ...groupOf(values) } as EventInput;
}

/** A typed date that reads as a year or a month where the day is needed. */
function notADay(typed: string): boolean {
  const iso = parseTypedDate(typed.trim());
  return iso !== undefined && precisionOf(iso) !== 'day';
}

function formIssues(values: EventFormValues): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!values.type) {
    issues.push({ path: 'type', problem: 'required' });
    return issues;
  }
  if (values.type === 'decision') {
    if (!values.reasonsGiven) issues.push({ path: 'reasonsGiven', problem: 'required' });
    if (values.reasonsGiven === 'yes' && !values.reasons.trim()) issues.push({ path: 'reasons', problem: 'required' });
  }
  for (const field of eventTypeFields[values.type]) {
    if (dateFields.has(field) && isDayField(values.type, field) && notADay(values[field] as string)) {
      issues.push({ path: field, problem: 'invalidFullDate' });
    }
  }
  if (values.type === 'appeal') {
    values.hearings.forEach((hearing, index) => {
      if (notADay(hearing)) issues.push({ path: `hearings.${index}`, problem: 'invalidFullDate' });
    });
  }
  return issues;
}

export const eventResolver = sharedSchemaResolver<EventFormValues, EventInput>(
  eventFieldsSchema,
  valuesToEvent,
  formIssues,
);

export function sanitizeEventDraft(doc: unknown): EventFormValues {
  const values = sanitizeDraft(doc, emptyEventValues());
  return {
    ...values,
    hearings: values.hearings.filter((h) => typeof h === 'string'),
    custodyTerms: values.custodyTerms.map((term) => sanitizeDraft(term, emptyCustodyTerm('sanction'))),
    otherPeople: values.otherPeople.filter(
      (person): person is ApplicantSummary =>
        typeof person === 'object' && person !== null && typeof (person as ApplicantSummary).id === 'string',
    ),
  };
}

/** The decisions of this timeline an appeal can be against, newest first. */
export function appealableDecisions(events: TimelineEvent[]): TimelineEvent[] {
  return events.filter((e) => e.event.type === 'decision').reverse();
}

/** A new appeal is most often against the latest refusal. */
export function latestRefusalId(events: TimelineEvent[]): string {
  return (
    appealableDecisions(events).find((e) => e.event.type === 'decision' && e.event.outcome === 'refused')?.id ?? ''
  );
}

/** The state a person was handed to, when it is not a state of which they are a citizen. */
export function handedToForeignState(event: EventFields, citizenship: readonly string[]): string | undefined {
  if (event.type !== 'extradition' || !event.handedTo) return undefined;
  return citizenship.includes(event.handedTo) ? undefined : event.handedTo;
}
