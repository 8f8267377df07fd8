import { addDays, addMonths, isFullDay } from '../../shared/deadlines/dateMath';
import type { DeadlineLength, DeadlineRule, DeadlineTrigger } from '../../shared/deadlines/deadlineRules';
import type { ApplicantFields } from '../../shared/records/applicant';
import { custodyTermEnd, type EventFields } from '../../shared/records/events';

export interface TimelineEntry {
  id: string;
  event: EventFields;
}

export interface ComputedDeadline {
  /** `<rule>:<applicant>:<source>`: stable across recomputation, so "done" marks stay attached. */
  key: string;
  ruleId: string;
  dueOn: string;
  triggerOn: string;
  unconfirmed: boolean;
  /** The first day it is coming up, when its rule warns earlier than the week before. */
  warnFrom?: string;
  /** A day from the timeline (a hearing) that leaves the dashboard once it is past. */
  passes: boolean;
}

/** A deadline's trigger: the day it starts and what would show it has been met. */
interface Trigger {
  source: string;
  on: string;
  satisfied: boolean;
}

/** Cases where no deadline can matter any more. */
const CLOSED_STATUSES = new Set(['closed', 'left_country', 'extradited']);
/** The documents whose expiry asks for a renewal, each kind renewed on its own. */
const CERTIFICATE_KINDS = new Set(['asylum_certificate', 'refugee_certificate', 'unhcr_certificate']);
/** A date rule whose day passes: a hearing is over once its day is (an unended custody term is not). */
const PASSING_TRIGGERS = new Set<DeadlineTrigger>(['hearing']);

export function dueDate(triggerOn: string, length: DeadlineLength): string {
  return 'days' in length ? addDays(triggerOn, length.days) : addMonths(triggerOn, length.months);
}

const onOrAfter = (day: string | undefined, start: string) => isFullDay(day) && day >= start;

type Events = (EventFields & { id: string })[];

/** Every certificate's expiry; only the newest of each kind needs renewing (a later one shows the older were). */
function certificateExpiries(applicant: ApplicantFields, events: Events): Trigger[] {
  const expiries: { kind: string; source: string; on: string }[] = [
    ...events.flatMap((e) => {
      if (e.type === 'asylumApplication' && isFullDay(e.certificateExpiresOn)) {
        return [{ kind: 'asylum_certificate', source: e.id, on: e.certificateExpiresOn }];
      }
      if (e.type === 'unhcr' && isFullDay(e.certificateExpiresOn)) {
        return [{ kind: 'unhcr_certificate', source: e.id, on: e.certificateExpiresOn }];
      }
      return [];
    }),
    ...applicant.documents.flatMap((d, index) =>
      CERTIFICATE_KINDS.has(d.kind) && isFullDay(d.expiresOn)
        ? [{ kind: d.kind, source: `document${index}`, on: d.expiresOn }]
        : [],
    ),
  ];
  const latest = new Map<string, string>();
  for (const e of expiries) if (e.on > (latest.get(e.kind) ?? '')) latest.set(e.kind, e.on);
  return expiries.map((e) => ({ source: e.source, on: e.on, satisfied: e.on < (latest.get(e.kind) ?? '') }));
}

/** The days a person in custody is held to: the current term's end, or the maximum term's. */
function custodyDays(events: Events, which: 'term' | 'max'): Trigger[] {
  return events.flatMap((e) => {
    if (e.type !== 'detention' || e.inCustody !== true || e.releasedOn) return [];
    const day = which === 'term' ? custodyTermEnd(e) : e.maxTermEndsOn;
    return isFullDay(day) ? [{ source: `${e.id}@${day}`, on: day, satisfied: false }] : [];
  });
}

function triggersOf(trigger: DeadlineTrigger, applicant: ApplicantFields, timeline: TimelineEntry[]): Trigger[] {
  const events: Events = timeline.map((entry) => ({ id: entry.id, ...entry.event }));
  const petitions = events.filter((e) => e.type === 'asylumApplication');
  const decisions = events.filter((e) => e.type === 'decision');
  const appeals = events.filter((e) => e.type === 'appeal');
  switch (trigger) {
    case 'arrival':
      return isFullDay(applicant.arrivalDate)
        ? [{ source: 'arrival', on: applicant.arrivalDate, satisfied: petitions.length > 0 }]
        : [];
    case 'petitionRegistered':
      return petitions.flatMap((p) =>
        isFullDay(p.filedOn)
          ? [{ source: p.id, on: p.filedOn, satisfied: decisions.some((d) => onOrAfter(d.decidedOn, p.filedOn)) }]
          : [],
      );
    case 'certificateExpiry':
      return certificateExpiries(applicant, events);
    case 'refusalNotified':
      return decisions.flatMap((d) =>
        d.outcome === 'refused' && isFullDay(d.notifiedOn)
          ? [
              {
                source: d.id,
                on: d.notifiedOn,
                satisfied: appeals.some((a) => a.againstEventId === d.id || onOrAfter(a.filedOn, d.notifiedOn ?? '')),
              },
            ]
          : [],
      );
    case 'extraditionDecisionNotified':
      return events.flatMap((e) =>
        e.type === 'extradition' && isFullDay(e.prosecutorDecisionNotifiedOn)
          ? [
              {
                source: e.id,
                on: e.prosecutorDecisionNotifiedOn,
                satisfied:
                  e.outcome === 'refused' ||
                  appeals.some((a) => onOrAfter(a.filedOn, e.prosecutorDecisionNotifiedOn ?? '')),
              },
            ]
          : [],
      );
    case 'hearing':
      // An appeal still pending: a decided one has no hearing to prepare for.
      return appeals.flatMap((a) =>
        a.outcome === 'pending'
          ? a.hearings.filter(isFullDay).map((day) => ({ source: `${a.id}@${day}`, on: day, satisfied: false }))
          : [],
      );
    case 'custodyTermEnd':
      return custodyDays(events, 'term');
    case 'custodyMaxTermEnd':
      return custodyDays(events, 'max');
  }
}

/**
 * The open deadlines of one person under the office's rules: every enabled rule, for every
 * trigger in the record whose day is fully known, unless the record already shows it met.
 */
export function computeDeadlines(
  applicantId: string,
  applicant: ApplicantFields,
  timeline: TimelineEntry[],
  rules: readonly DeadlineRule[],
): ComputedDeadline[] {
  if (CLOSED_STATUSES.has(applicant.caseStatus)) return [];
  return rules
    .filter((rule) => rule.enabled)
    .flatMap((rule) =>
      triggersOf(rule.trigger, applicant, timeline)
        .filter((trigger) => !trigger.satisfied)
        .map((trigger) => {
          const dueOn = dueDate(trigger.on, rule.length);
          return {
            key: `${rule.id}:${applicantId}:${trigger.source}`,
            ruleId: rule.id,
            dueOn,
            triggerOn: trigger.on,
            unconfirmed: !rule.confirmed,
            ...(rule.warnDays > 0 ? { warnFrom: addDays(dueOn, -rule.warnDays) } : {}),
            passes: PASSING_TRIGGERS.has(rule.trigger),
          };
        }),
    );
}
