import type { Language, Translate } from '../i18n';
import { countryName } from './codes';
import { type EventFields, eventDate, type TimelineEvent } from './events';
import { formatPartialDate } from './partialDate';

const showDate = (value: string | undefined) => (value ? formatPartialDate(value) : '');

export interface EventText {
  /** The date that places it on the timeline, as dd.mm.yyyy. */
  date: string;
  /** "Decision: refused". */
  title: string;
  /** "Комиссия по делам беженцев", "no reason given", "notified 19.08.2026". */
  details: string[];
  /** How much it weighs for the client: drawn as the colour of the marker. */
  tone: 'danger' | 'warning' | 'success' | 'neutral' | 'info';
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

/**
 * A timeline entry in words, per type, for the applicant page and the PDF case summary alike. What is missing is said when it matters for the defence:
 * a decision without reasons reads "no reason given", one without a notification date says so.
 */
export function describeEvent(
  t: Translate,
  language: Language,
  entry: TimelineEvent,
  timeline: readonly TimelineEvent[],
): EventText {
  const event = entry.event;
  const date = showDate(eventDate(event));
  const on = (key: Parameters<Translate>[0], value: string | undefined) =>
    value ? t(key, { date: showDate(value) }) : undefined;
  const labelled = (key: Parameters<Translate>[0], value: string | undefined) =>
    value ? t(key, { value }) : undefined;
  const keep = (parts: (string | undefined)[]) => parts.filter((p): p is string => Boolean(p?.trim()));

  switch (event.type) {
    case 'detention':
      return {
        date,
        title: t('event.type.detention'),
        details: keep([
          event.place,
          labelled('applicants.timeline.by', event.authority),
          labelled('applicants.timeline.basis', event.basis),
          event.releasedOn ? on('applicants.timeline.released', event.releasedOn) : t('applicants.timeline.noRelease'),
        ]),
        tone: 'warning',
      };
    case 'asylumApplication':
      return {
        date,
        title: t('event.type.asylumApplication'),
        details: keep([
          event.authority,
          labelled('applicants.timeline.certificate', event.certificateNumber),
          on('applicants.timeline.validUntil', event.certificateExpiresOn),
        ]),
        tone: 'info',
      };
    case 'decision':
      return {
        date,
        title: t('applicants.timeline.decisionTitle', { outcome: t(`event.decisionOutcome.${event.outcome}`) }),
        details: keep([
          event.body,
          event.reasons?.trim()
            ? t('applicants.timeline.reasons', { value: event.reasons.trim() })
            : t('applicants.timeline.noReason'),
          event.notifiedOn
            ? on('applicants.timeline.notified', event.notifiedOn)
            : t('applicants.timeline.notNotified'),
        ]),
        tone: event.outcome === 'granted' ? 'success' : 'danger',
      };
    case 'appeal': {
      const against = event.againstEventId ? timeline.find((e) => e.id === event.againstEventId) : undefined;
      return {
        date,
        title: t('applicants.timeline.appealTitle', { instance: t(`event.instance.${event.instance}`) }),
        details: keep([
          event.court,
          against && against.event.type === 'decision'
            ? t('applicants.timeline.against', { date: showDate(against.event.decidedOn) })
            : undefined,
          event.hearings.length > 0
            ? t('applicants.timeline.hearings', { dates: event.hearings.map(showDate).join(', ') })
            : undefined,
          t('applicants.timeline.outcome', { value: t(`event.appealOutcome.${event.outcome}`) }),
          on('applicants.timeline.decided', event.decidedOn),
        ]),
        tone: event.outcome === 'overturned' ? 'success' : event.outcome === 'upheld' ? 'danger' : 'warning',
      };
    }
    case 'extradition':
      return {
        date,
        title: t('applicants.timeline.extraditionTitle', { state: countryName(event.requestingState, language) }),
        details: keep([
          labelled('applicants.timeline.charges', event.charges),
          on('applicants.timeline.wantedSince', event.wantedSince),
          labelled('applicants.timeline.prosecutor', event.prosecutorDecision),
          on('applicants.timeline.prosecutorNotified', event.prosecutorDecisionNotifiedOn),
          t('applicants.timeline.outcome', { value: t(`event.extraditionOutcome.${event.outcome}`) }),
          on('applicants.timeline.transferred', event.transferredOn),
        ]),
        tone: event.outcome === 'refused' ? 'success' : 'danger',
      };
    case 'unhcr':
      return {
        date,
        title: t('event.type.unhcr'),
        details: keep([labelled('applicants.timeline.certificate', event.certificateNumber)]),
        tone: 'success',
      };
    case 'intervention':
      return {
        date,
        title: t('applicants.timeline.interventionTitle', { kind: t(`event.interventionKind.${event.kind}`) }),
        details: keep([event.body, labelled('applicants.timeline.outcome', event.outcome)]),
        tone: 'info',
      };
    case 'note':
      return { date, title: t('event.type.note'), details: keep([event.text]), tone: 'neutral' };
  }
}
