import { isMessageKey, type Language, type MessageKey, type Translate } from '../i18n';
import type { sexes } from './applicant';
import { countryName } from './codes';
import { withoutNumberSign } from './documentNumber';
import { type CustodyTerm, custodyTermEnd, type EventFields, eventDate, type TimelineEvent } from './events';
import { formatPartialDate } from './partialDate';

const showDate = (value: string | undefined) => (value ? formatPartialDate(value) : '');

/** Who the timeline is of: Russian words agree with the person's sex, and a handover abroad is flagged. */
export interface TimelinePerson {
  sex: (typeof sexes)[number];
  citizenship: readonly string[];
}

export interface EventText {
  /** The date that places it on the timeline, as dd.mm.yyyy. */
  date: string;
  /** "Decision: refused". */
  title: string;
  /** "Комиссия по делам беженцев", "no reason given", "notified 19.08.2026". */
  details: string[];
  /** What must not be missed: handed to a state that is not the person's own. */
  warnings: string[];
  /** How much it weighs for the client: drawn as the colour of the marker. */
  tone: 'danger' | 'warning' | 'success' | 'neutral' | 'info';
}

/** `key.male` / `key.female` when the catalog has them and the sex is known, else `key` (with "(а)"). */
export function bySex(
  t: Translate,
  key: MessageKey,
  sex: TimelinePerson['sex'] | undefined,
  params?: Record<string, string>,
): string {
  const gendered = `${key}.${sex}`;
  return (sex === 'male' || sex === 'female') && isMessageKey(gendered) ? t(gendered, params) : t(key, params);
}

/** "Decision of 15.08.2026: refused (Комиссия по делам беженцев)": how an appeal names its decision. */
export function decisionLabel(t: Translate, event: EventFields): string {
  if (event.type !== 'decision') return '';
  const base = t('applicants.timeline.decisionOf', {
    date: showDate(event.decidedOn),
    outcome: t(`event.decisionOutcome.${event.outcome}`),
  });
  return event.body ? `${base} (${event.body})` : base;
}

/** The state a person was handed to, when it is not a state of which they are a citizen. */
export function handedToForeignState(event: EventFields, citizenship: readonly string[]): string | undefined {
  if (event.type !== 'extradition' || !event.handedTo) return undefined;
  return citizenship.includes(event.handedTo) ? undefined : event.handedTo;
}

/** "one of 29 people", "with 3 others": an event recorded once for a group. */
function groupDetail(t: Translate, event: EventFields): string | undefined {
  const others = event.otherApplicantIds?.length ?? 0;
  if (event.groupSize) return t('applicants.timeline.groupOf', { count: String(event.groupSize) });
  return others > 0 ? t('applicants.timeline.groupWith', { count: String(others + 1) }) : undefined;
}

/** «санкция на арест до 10.01.2027 (Следственный суд г. Алматы, постановление от 24.10.2026)». */
function custodyTermText(t: Translate, term: CustodyTerm): string {
  const order = [
    term.court,
    term.orderedOn ? t('applicants.timeline.orderedOn', { date: showDate(term.orderedOn) }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const text = t(`applicants.timeline.custodyTerm.${term.kind}`, { date: showDate(term.until) });
  return order ? `${text} (${order})` : text;
}

/** «под стражей до 10.01.2027», «освобождена 25.11.2026», or that the release was not recorded. */
function custodyDetail(
  t: Translate,
  event: Extract<EventFields, { type: 'detention' }>,
  sex: TimelinePerson['sex'] | undefined,
) {
  if (event.releasedOn) return bySex(t, 'applicants.timeline.released', sex, { date: showDate(event.releasedOn) });
  if (event.inCustody) {
    const until = custodyTermEnd(event);
    return until
      ? t('applicants.timeline.inCustodyUntil', { date: showDate(until) })
      : t('applicants.timeline.inCustody');
  }
  return t('applicants.timeline.noRelease');
}

/**
 * A timeline entry in words, per type, for the applicant page and the PDF case summary alike. What
 * is missing is said when it matters for the defence: a decision without reasons reads "no reason
 * given", one without a notification date says so. `person` (whose timeline it is) makes Russian
 * agree with their sex and flags a handover to a state that is not theirs.
 */
export function describeEvent(
  t: Translate,
  language: Language,
  entry: TimelineEvent,
  timeline: readonly TimelineEvent[],
  person?: TimelinePerson,
): EventText {
  const event = entry.event;
  const date = showDate(eventDate(event));
  const on = (key: MessageKey, value: string | undefined) => (value ? t(key, { date: showDate(value) }) : undefined);
  const labelled = (key: MessageKey, value: string | undefined) => (value ? t(key, { value }) : undefined);
  // The catalog prints its own «№»; a value an older version stored may still carry the one typed.
  const numbered = (key: MessageKey, value: string | undefined) => labelled(key, value && withoutNumberSign(value));
  const keep = (parts: (string | undefined)[]) => parts.filter((p): p is string => Boolean(p?.trim()));
  const group = groupDetail(t, event);
  const text = (title: string, details: (string | undefined)[], tone: EventText['tone'], warnings: string[] = []) => ({
    date,
    title,
    details: keep([...details, group]),
    warnings,
    tone,
  });

  switch (event.type) {
    case 'detention':
      return text(
        t('event.type.detention'),
        [
          event.placeKind ? t(`event.placeKind.${event.placeKind}`) : undefined,
          event.place,
          labelled('applicants.timeline.by', event.authority),
          labelled('applicants.timeline.basis', event.basis),
          numbered('applicants.timeline.caseNumber', event.caseNumber),
          ...(event.custodyTerms ?? []).map((term) => custodyTermText(t, term)),
          on('applicants.timeline.maxTerm', event.maxTermEndsOn),
          custodyDetail(t, event, person?.sex),
        ],
        'warning',
      );
    case 'asylumApplication':
      return text(
        t('event.type.asylumApplication'),
        [
          event.authority,
          numbered('applicants.timeline.registration', event.registrationNumber),
          numbered('applicants.timeline.certificate', event.certificateNumber),
          on('applicants.timeline.validUntil', event.certificateExpiresOn),
        ],
        'info',
      );
    case 'decision':
      return text(
        t('applicants.timeline.decisionTitle', { outcome: t(`event.decisionOutcome.${event.outcome}`) }),
        [
          numbered('applicants.timeline.number', event.number),
          event.body,
          event.reasons?.trim()
            ? t('applicants.timeline.reasons', { value: event.reasons.trim() })
            : t('applicants.timeline.noReason'),
          event.notifiedOn
            ? on('applicants.timeline.notified', event.notifiedOn)
            : t('applicants.timeline.notNotified'),
        ],
        event.outcome === 'granted' ? 'success' : 'danger',
      );
    case 'appeal': {
      const against = event.againstEventId ? timeline.find((e) => e.id === event.againstEventId) : undefined;
      return text(
        t('applicants.timeline.appealTitle', { instance: t(`event.instance.${event.instance}`) }),
        [
          event.court,
          numbered('applicants.timeline.caseNumber', event.caseNumber),
          against && against.event.type === 'decision'
            ? t('applicants.timeline.against', { date: showDate(against.event.decidedOn) })
            : undefined,
          event.hearings.length > 0
            ? t('applicants.timeline.hearings', { dates: event.hearings.map(showDate).join(', ') })
            : undefined,
          t('applicants.timeline.outcome', { value: t(`event.appealOutcome.${event.outcome}`) }),
          on('applicants.timeline.decided', event.decidedOn),
        ],
        event.outcome === 'overturned' ? 'success' : event.outcome === 'upheld' ? 'danger' : 'warning',
      );
    }
    case 'extradition': {
      const foreign = person ? handedToForeignState(event, person.citizenship) : undefined;
      const outcome =
        event.outcome === 'extradited'
          ? bySex(t, 'event.extraditionOutcome.extradited', person?.sex)
          : t(`event.extraditionOutcome.${event.outcome}`);
      return text(
        t('applicants.timeline.extraditionTitle', { state: countryName(event.requestingState, language) }),
        [
          numbered('applicants.timeline.request', event.requestNumber),
          labelled('applicants.timeline.charges', event.charges),
          labelled(
            'applicants.timeline.notice',
            [
              event.noticeKind ? t(`event.noticeKind.${event.noticeKind}`) : undefined,
              event.noticeIssuer,
              event.noticeNumber,
            ]
              .filter(Boolean)
              .join(', '),
          ),
          on('applicants.timeline.wantedSince', event.wantedSince),
          labelled('applicants.timeline.prosecutor', event.prosecutorDecision),
          numbered('applicants.timeline.number', event.prosecutorDecisionNumber),
          on('applicants.timeline.prosecutorNotified', event.prosecutorDecisionNotifiedOn),
          t('applicants.timeline.outcome', { value: outcome }),
          event.handedTo
            ? bySex(t, 'applicants.timeline.handedTo', person?.sex, { state: countryName(event.handedTo, language) })
            : undefined,
          event.transferredOn
            ? bySex(t, 'applicants.timeline.transferred', person?.sex, { date: showDate(event.transferredOn) })
            : undefined,
        ],
        event.outcome === 'refused' ? 'success' : 'danger',
        foreign ? [t('caseFile.extradition.notCitizenship', { state: countryName(foreign, language) })] : [],
      );
    }
    case 'unhcr':
      return text(
        t('event.type.unhcr'),
        [
          numbered('applicants.timeline.certificate', event.certificateNumber),
          on('applicants.timeline.validUntil', event.certificateExpiresOn),
        ],
        'success',
      );
    case 'intervention':
      return text(
        t('applicants.timeline.interventionTitle', { kind: t(`event.interventionKind.${event.kind}`) }),
        [
          event.body,
          numbered('applicants.timeline.reference', event.reference),
          labelled('applicants.timeline.outcome', event.outcome),
        ],
        'info',
      );
    case 'note':
      return text(t('event.type.note'), [event.text], 'neutral');
  }
}
