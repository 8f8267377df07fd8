import type { Control } from 'react-hook-form';
import {
  type EventFields,
  type EventInput,
  type EventType,
  eventFieldsSchema,
  type TimelineEvent,
} from '../../../../shared/records/events';
import { sanitizeDraft, typedDate } from './applicantFormModel';
import { showDate } from './format';
import { type FormIssue, sharedSchemaResolver } from './formResolver';

/**
 * One flat set of fields for all eight event types. Fields that several types share (a date, an
 * authority, a body) keep what was typed when the lawyer changes the type.
 */
export interface EventFormValues {
  type: EventType | '';
  date: string;
  place: string;
  authority: string;
  basis: string;
  releasedOn: string;
  filedOn: string;
  certificateNumber: string;
  certificateExpiresOn: string;
  decidedOn: string;
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
  charges: string;
  wantedSince: string;
  prosecutorDecision: string;
  prosecutorDecisionNotifiedOn: string;
  transferredOn: string;
  recognizedOn: string;
  kind: string;
  submittedOn: string;
  text: string;
}

export type EventControl = Control<EventFormValues, unknown, EventInput>;

/** The fields of each type, in the order the form asks for them (the date that places it first). */
export const eventTypeFields: Record<EventType, (keyof EventFormValues)[]> = {
  detention: ['date', 'place', 'authority', 'basis', 'releasedOn'],
  asylumApplication: ['filedOn', 'authority', 'certificateNumber', 'certificateExpiresOn'],
  decision: ['decidedOn', 'body', 'outcome', 'reasonsGiven', 'reasons', 'notifiedOn'],
  appeal: ['filedOn', 'againstEventId', 'instance', 'court', 'hearings', 'outcome', 'decidedOn'],
  extradition: [
    'receivedOn',
    'requestingState',
    'charges',
    'wantedSince',
    'prosecutorDecision',
    'prosecutorDecisionNotifiedOn',
    'outcome',
    'transferredOn',
  ],
  unhcr: ['recognizedOn', 'certificateNumber'],
  intervention: ['submittedOn', 'kind', 'body', 'outcome'],
  note: ['date', 'text'],
};

export const dateFields = new Set<keyof EventFormValues>([
  'date',
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

/** What "outcome" starts as when the lawyer picks a type. */
export function defaultOutcome(type: EventType | ''): string {
  return type === 'appeal' || type === 'extradition' ? 'pending' : '';
}

export function emptyEventValues(type: EventType | '' = ''): EventFormValues {
  return {
    type,
    date: '',
    place: '',
    authority: '',
    basis: '',
    releasedOn: '',
    filedOn: '',
    certificateNumber: '',
    certificateExpiresOn: '',
    decidedOn: '',
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
    charges: '',
    wantedSince: '',
    prosecutorDecision: '',
    prosecutorDecisionNotifiedOn: '',
    transferredOn: '',
    recognizedOn: '',
    kind: '',
    submittedOn: '',
    text: '',
  };
}

/** A stored event as the form shows it. */
export function eventToValues(event: EventFields): EventFormValues {
  const values = emptyEventValues(event.type);
  const source = event as unknown as Record<string, unknown>;
  for (const field of eventTypeFields[event.type]) {
    const value = source[field];
    if (field === 'hearings') values.hearings = ((value as string[] | undefined) ?? []).map(showDate);
    else if (field === 'reasonsGiven') continue;
    else if (typeof value === 'string')
      (values as unknown as Record<string, string>)[field] = dateFields.has(field) ? showDate(value) : value;
  }
  if (event.type === 'decision') values.reasonsGiven = event.reasons?.trim() ? 'yes' : 'no';
  return values;
}

/** The form's values as the shared schema's input for the chosen type. */
export function valuesToEvent(values: EventFormValues): EventInput {
  const out: Record<string, unknown> = { type: values.type };
  if (!values.type) return out as EventInput;
  for (const field of eventTypeFields[values.type]) {
    if (field === 'reasonsGiven') continue;
    if (field === 'hearings') out.hearings = values.hearings.map(typedDate).filter(Boolean);
    else if (field === 'reasons') out.reasons = values.reasonsGiven === 'yes' ? values.reasons : '';
    else {
      const value = values[field] as string;
      out[field] = dateFields.has(field) ? typedDate(value) : value;
    }
  }
  return out as EventInput;
}

function formIssues(values: EventFormValues): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!values.type) issues.push({ path: 'type', problem: 'required' });
  if (values.type === 'decision') {
    if (!values.reasonsGiven) issues.push({ path: 'reasonsGiven', problem: 'required' });
    if (values.reasonsGiven === 'yes' && !values.reasons.trim()) issues.push({ path: 'reasons', problem: 'required' });
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
  return { ...values, hearings: values.hearings.filter((h) => typeof h === 'string') };
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
