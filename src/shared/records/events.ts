import { z } from 'zod';
import { countryCode } from './codes';
import { partialDate } from './partialDate';
import { longText, optional, shortText } from './text';

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

const detention = z.object({
  type: z.literal('detention'),
  date: partialDate,
  place: optional(shortText),
  authority: optional(shortText),
  basis: optional(shortText),
  releasedOn: optional(partialDate),
});
const asylumApplication = z.object({
  type: z.literal('asylumApplication'),
  filedOn: partialDate,
  authority: optional(shortText),
  certificateNumber: optional(shortText),
  certificateExpiresOn: optional(partialDate),
});
const decision = z.object({
  type: z.literal('decision'),
  decidedOn: partialDate,
  body: optional(shortText),
  outcome: z.enum(decisionOutcomes),
  /** Absent or null means the authority gave no reason — itself a fact for the appeal. */
  reasons: optional(longText),
  notifiedOn: optional(partialDate),
});
const appeal = z.object({
  type: z.literal('appeal'),
  filedOn: partialDate,
  /** The decision appealed against, when it is recorded in the timeline. */
  againstEventId: optional(z.uuid()),
  instance: z.enum(appealInstances),
  court: optional(shortText),
  hearings: z.array(partialDate).max(30).default([]),
  outcome: z.enum(appealOutcomes).default('pending'),
  decidedOn: optional(partialDate),
});
const extradition = z.object({
  type: z.literal('extradition'),
  requestingState: countryCode,
  receivedOn: partialDate,
  charges: optional(longText),
  wantedSince: optional(partialDate),
  prosecutorDecision: optional(shortText),
  prosecutorDecisionNotifiedOn: optional(partialDate),
  outcome: z.enum(extraditionOutcomes).default('pending'),
  transferredOn: optional(partialDate),
});
const unhcr = z.object({
  type: z.literal('unhcr'),
  recognizedOn: partialDate,
  certificateNumber: optional(shortText),
});
const intervention = z.object({
  type: z.literal('intervention'),
  kind: z.enum(interventionKinds),
  body: optional(shortText),
  submittedOn: partialDate,
  outcome: optional(shortText),
});
const note = z.object({
  type: z.literal('note'),
  date: partialDate,
  text: longText.refine((s) => s.trim().length > 0, { message: 'required' }),
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

export const timelineEventSchema = z.object({
  id: z.uuid(),
  applicantId: z.uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
  event: eventFieldsSchema,
});
export type TimelineEvent = z.output<typeof timelineEventSchema>;
