import { z } from 'zod';
import { countryCode } from './codes';
import { documentNumber } from './documentNumber';
import { fullDate, partialDate } from './partialDate';
import { list, longText, optional, shortText } from './text';

export const decisionOutcomes = ['granted', 'refused', 'terminated'] as const;
export const appealInstances = ['administrative', 'first', 'appellate', 'cassation', 'supreme'] as const;
export const appealOutcomes = ['pending', 'upheld', 'overturned', 'withdrawn'] as const;
export const extraditionOutcomes = ['pending', 'refused', 'approved', 'extradited'] as const;
export const interventionKinds = [
  'un_cat_interim_measures',
  'un_cat_complaint',
  'special_rapporteur',
  'ombudsman',
  'embassy',
  'unhcr',
  'other',
] as const;
/** Where a person is held (docs/glossary.md, "Detention and custody"). */
export const detentionPlaceKinds = [
  'border_post',
  'police_station',
  'ivs',
  'sizo',
  'special_reception_centre',
  'other',
] as const;
/** The court's sanction of custody, then each extension of its term. */
export const custodyOrderKinds = ['sanction', 'extension'] as const;
/** The kind of search notice an extradition request rests on. */
export const wantedNoticeKinds = ['interpol_red_notice', 'cis_interstate', 'national', 'other'] as const;

/** People in one recorded event beyond the person it was recorded for (29 detained together). */
export const MAX_EVENT_PEOPLE = 300;

/**
 * Fields every event type has: the other people the same event concerns, so one detention,
 * decision or incident of a group is recorded once, shows on each member's file and is edited once
 * for all (the record's `applicantId` is the person it was first recorded for), and how many people
 * it concerned in all, those without a file in this vault included.
 */
const shared = {
  otherApplicantIds: list(z.uuid(), MAX_EVENT_PEOPLE).optional(),
  groupSize: z.number().int().min(2).max(100_000).optional(),
};

/** One court order on custody: the sanction or an extension, and the day its term ends. */
export const custodyTermSchema = z.object({
  kind: z.enum(custodyOrderKinds),
  orderedOn: optional(fullDate),
  court: optional(shortText),
  until: fullDate,
});
export type CustodyTerm = z.output<typeof custodyTermSchema>;

const detention = z.object({
  type: z.literal('detention'),
  date: partialDate,
  place: optional(shortText),
  placeKind: z.enum(detentionPlaceKinds).optional(),
  authority: optional(shortText),
  basis: optional(shortText),
  caseNumber: optional(documentNumber),
  /** The sanction first, then each extension, each with the end of its term. */
  custodyTerms: list(custodyTermSchema, 30).optional(),
  /** The end of the longest term the law allows for this measure, as the office reads it. */
  maxTermEndsOn: optional(fullDate),
  /** Still held: the timeline says «под стражей» and the term's end is on the dashboard. */
  inCustody: z.boolean().optional(),
  releasedOn: optional(partialDate),
  ...shared,
});
const asylumApplication = z.object({
  type: z.literal('asylumApplication'),
  filedOn: partialDate,
  authority: optional(shortText),
  registrationNumber: optional(documentNumber),
  certificateNumber: optional(documentNumber),
  certificateExpiresOn: optional(partialDate),
  ...shared,
});
const decision = z.object({
  type: z.literal('decision'),
  decidedOn: partialDate,
  number: optional(documentNumber),
  body: optional(shortText),
  outcome: z.enum(decisionOutcomes),
  /** Absent or null means the authority gave no reason — itself a fact for the appeal. */
  reasons: optional(longText),
  notifiedOn: optional(partialDate),
  ...shared,
});
const appeal = z.object({
  type: z.literal('appeal'),
  filedOn: partialDate,
  /** The decision appealed against, when it is recorded in the timeline. */
  againstEventId: optional(z.uuid()),
  instance: z.enum(appealInstances),
  court: optional(shortText),
  caseNumber: optional(documentNumber),
  hearings: z.array(partialDate).max(30).default([]),
  outcome: z.enum(appealOutcomes).default('pending'),
  decidedOn: optional(partialDate),
  ...shared,
});
const extradition = z.object({
  type: z.literal('extradition'),
  requestingState: countryCode,
  receivedOn: partialDate,
  requestNumber: optional(documentNumber),
  charges: optional(longText),
  noticeKind: z.enum(wantedNoticeKinds).optional(),
  noticeIssuer: optional(shortText),
  noticeNumber: optional(documentNumber),
  wantedSince: optional(partialDate),
  prosecutorDecision: optional(shortText),
  prosecutorDecisionNumber: optional(documentNumber),
  prosecutorDecisionNotifiedOn: optional(partialDate),
  outcome: z.enum(extraditionOutcomes).default('pending'),
  /** The state the person was actually handed to («передан в»): not always the requesting one. */
  handedTo: optional(countryCode),
  transferredOn: optional(partialDate),
  ...shared,
});
const unhcr = z.object({
  type: z.literal('unhcr'),
  recognizedOn: partialDate,
  /** The UNHCR certificate: entered here once, shown among the person's documents too. */
  certificateNumber: optional(documentNumber),
  certificateExpiresOn: optional(partialDate),
  ...shared,
});
const intervention = z.object({
  type: z.literal('intervention'),
  kind: z.enum(interventionKinds),
  body: optional(shortText),
  reference: optional(documentNumber),
  submittedOn: partialDate,
  outcome: optional(shortText),
  ...shared,
});
const note = z.object({
  type: z.literal('note'),
  date: partialDate,
  text: longText.refine((s) => s.trim().length > 0, { message: 'required' }),
  ...shared,
});

export const eventFieldsSchema = z.discriminatedUnion('type', [
  detention,
  asylumApplication,
  decision,
  appeal,
  extradition,
  unhcr,
  intervention,
  note,
]);
export type EventFields = z.output<typeof eventFieldsSchema>;
export type EventInput = z.input<typeof eventFieldsSchema>;
export type EventType = EventFields['type'];
export const eventTypes = eventFieldsSchema.options.map((o) => o.shape.type.value) as EventType[];
/** Every field name any event type has (the audit log and the field labels are checked against it). */
export const eventFieldNames = [
  ...new Set(eventFieldsSchema.options.flatMap((option) => Object.keys(option.shape))),
] as (keyof EventFields)[];

/**
 * An event as stored (the `events` table's `doc`, and what sync validates): its fields and the
 * person it was recorded for. Who it concerns is `eventPeople`.
 */
export const eventDocSchema = z.intersection(eventFieldsSchema, z.object({ applicantId: z.uuid() }));
export type EventDoc = EventFields & { applicantId: string };

/** Everyone with a file here whom the event concerns: the person it was recorded for first. */
export function eventPeople(doc: EventDoc): string[] {
  return [...new Set([doc.applicantId, ...(doc.otherApplicantIds ?? [])])];
}

/** The date that places an event on the timeline. */
export function eventDate(event: EventFields): string {
  switch (event.type) {
    case 'detention':
    case 'note':
      return event.date;
    case 'asylumApplication':
    case 'appeal':
      return event.filedOn;
    case 'decision':
      return event.decidedOn;
    case 'extradition':
      return event.receivedOn;
    case 'unhcr':
      return event.recognizedOn;
    case 'intervention':
      return event.submittedOn;
  }
}

/** The day a detention's current term ends: the latest `until` of its sanction and extensions. */
export function custodyTermEnd(event: EventFields): string | undefined {
  if (event.type !== 'detention') return undefined;
  return (event.custodyTerms ?? [])
    .map((term) => term.until)
    .sort()
    .at(-1);
}

export const timelineEventSchema = z.object({
  id: z.uuid(),
  /** The person the event was recorded for; `event.otherApplicantIds` are the others it concerns. */
  applicantId: z.uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
  event: eventFieldsSchema,
});
export type TimelineEvent = z.output<typeof timelineEventSchema>;
