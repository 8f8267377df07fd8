import { addDays, addMonths, isFullDay } from '../../shared/deadlines/dateMath';
import type { DeadlineLength, DeadlineRule, DeadlineTrigger } from '../../shared/deadlines/deadlineRules';
import type { ApplicantFields } from '../../shared/records/applicant';
import type { EventFields } from '../../shared/records/events';

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
}

/** A deadline's trigger: the day it starts and what would show it has been met. */
interface Trigger {
  source: string;
  on: string;
  satisfied: boolean;
}

/** Cases where no deadline can matter any more. */
const CLOSED_STATUSES = new Set(['closed', 'left_country', 'extradited']);

export function dueDate(triggerOn: string, length: DeadlineLength): string {
  return 'days' in length ? addDays(triggerOn, length.days) : addMonths(triggerOn, length.months);
}

const onOrAfter = (day: string | undefined, start: string) => isFullDay(day) && day >= start;

function triggersOf(trigger: DeadlineTrigger, applicant: ApplicantFields, timeline: TimelineEntry[]): Trigger[] {
  const events = timeline.map((entry) => ({ id: entry.id, ...entry.event }));
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
    case 'certificateExpiry': {
      const expiries = [
        ...petitions.flatMap((p) =>
          isFullDay(p.certificateExpiresOn) ? [{ source: p.id, on: p.certificateExpiresOn }] : [],
        ),
        ...applicant.documents.flatMap((d, index) =>
          d.kind === 'asylum_certificate' && isFullDay(d.expiresOn)
            ? [{ source: `document${index}`, on: d.expiresOn }]
            : [],
        ),
      ];
      // Only the newest certificate needs renewing; a later one shows the older were renewed.
      const latest =
        expiries
          .map((e) => e.on)
          .sort()
          .at(-1) ?? '';
      return expiries.map((e) => ({ ...e, satisfied: e.on < latest }));
    }
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
        .map((trigger) => ({
          key: `${rule.id}:${applicantId}:${trigger.source}`,
          ruleId: rule.id,
          dueOn: dueDate(trigger.on, rule.length),
          triggerOn: trigger.on,
          unconfirmed: !rule.confirmed,
        })),
    );
}
