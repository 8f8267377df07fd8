import type { DeadlineRule } from '../../shared/deadlines/deadlineRules';
import type { OfficeDetails, OfficeLawyer } from '../../shared/documents/officeDetails';
import { type Language, type MessageKey, translate } from '../../shared/i18n';
import type { ApplicantFields } from '../../shared/records/applicant';
import { countryName, languageName } from '../../shared/records/codes';
import { withoutNumberSign } from '../../shared/records/documentNumber';
import { type EventFields, eventDate, type TimelineEvent } from '../../shared/records/events';
import { describeEvent } from '../../shared/records/eventText';
import type { Incident } from '../../shared/records/incident';
import { type GrammaticalCase, grammaticalCases, type NameParts } from '../../shared/records/nameForms';
import { formatPartialDate } from '../../shared/records/partialDate';
import { countryInCase } from './countryForms';
import { longDate, whenDate } from './dates';
import { type AllCases, filingName, fullName, type NameSource, shortName } from './names';
import { periodText } from './numberWords';

/** A value a placeholder takes: text, a flag, a group of values, or a list to loop over. */
export type TemplateValue = string | boolean | null | TemplateData | TemplateData[];
export interface TemplateData {
  [key: string]: TemplateValue;
}

export interface CaseFile {
  applicant: ApplicantFields;
  events: readonly TimelineEvent[];
  incidents: readonly Incident[];
  office: OfficeDetails;
  /** False while the office has set no name: filings then leave a line, not the app's name. */
  officeNamed: boolean;
  /** Who works on the vault now (Settings → profile), when the file names no lawyer. */
  profileName: string;
  rules: readonly DeadlineRule[];
  today: string;
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `decidedOn`, `decidedOnLong` and `decidedOnWhen` for one stored date. */
function dates(name: string, value: string | undefined, language: Language): TemplateData {
  return {
    [name]: value ? formatPartialDate(value) : null,
    [`${name}Long`]: value ? longDate(value, language) : null,
    [`${name}When`]: value ? whenDate(value, language) : null,
  };
}

/** Country names in a case, with the paths of those printed as they are for want of a form. */
interface Countries {
  inCase(names: readonly string[], form: 'genitive' | 'to', path: string): string | null;
  unreviewed: string[];
}

function countries(language: Language): Countries {
  const unreviewed: string[] = [];
  return {
    unreviewed,
    inCase(names, form, path) {
      if (names.length === 0) return null;
      const forms = names.map((name) => countryInCase(name, form, language));
      if (forms.some((f) => !f.reviewed)) unreviewed.push(path);
      return forms.map((f) => f.text).join(', ');
    },
  };
}

function personFields(cases: AllCases): TemplateData {
  const nominative = cases.nominative;
  const byCase = (c: GrammaticalCase): TemplateData => ({
    [`fullName${capital(c)}`]: fullName(cases[c]),
    [`shortName${capital(c)}`]: shortName(cases[c], nominative),
  });
  return {
    fullName: fullName(nominative),
    shortName: shortName(nominative, nominative),
    ...Object.assign({}, ...grammaticalCases.map(byCase)),
    familyName: nominative.family,
    givenName: nominative.given ?? null,
    patronymic: nominative.patronymic ?? null,
  };
}

const orNull = (value: string | undefined | null) => (value?.trim() ? value.trim() : null);
/** Templates print «№ {number}»: a number an older version stored with its sign must not get a second. */
const numberOrNull = (value: string | undefined | null) => orNull(value && withoutNumberSign(value));

/** The newest event of a type (the timeline is oldest first), optionally narrowed. */
function latest<T extends EventFields['type']>(
  events: readonly TimelineEvent[],
  type: T,
  test: (event: Extract<EventFields, { type: T }>) => boolean = () => true,
): Extract<EventFields, { type: T }> | undefined {
  for (let index = events.length - 1; index >= 0; index--) {
    const event = events[index]?.event;
    if (event?.type === type && test(event as Extract<EventFields, { type: T }>)) {
      return event as Extract<EventFields, { type: T }>;
    }
  }
  return undefined;
}

function decisionData(event: Extract<EventFields, { type: 'decision' }>, language: Language): TemplateData {
  const reasons = orNull(event.reasons);
  return {
    ...dates('decidedOn', event.decidedOn, language),
    body: orNull(event.body),
    reasons,
    reasonsGiven: reasons !== null,
    noReasons: reasons === null,
    ...dates('notifiedOn', event.notifiedOn, language),
    outcome: translate(language, `event.decisionOutcome.${event.outcome}`),
  };
}

type Extradition = Extract<EventFields, { type: 'extradition' }>;

/** Handed over to the requesting State: the outcome says so, or a transfer date is recorded. */
const handedOver = (e: Extradition) => e.outcome === 'extradited' || Boolean(e.transferredOn);

/**
 * A detention ends with a release, or with the person's transfer to another State: «остаётся под
 * стражей» must not be printed for someone already extradited. A transfer counts when it is not
 * recorded as before the detention began (a partial date is compared as far as it goes).
 */
function detentionData(
  event: Extract<EventFields, { type: 'detention' }>,
  extraditions: readonly Extradition[],
  language: Language,
): TemplateData {
  const transferred = extraditions.some(
    (e) => handedOver(e) && (!e.transferredOn || e.transferredOn >= event.date.slice(0, e.transferredOn.length)),
  );
  return {
    ...dates('date', event.date, language),
    place: orNull(event.place),
    authority: orNull(event.authority),
    basis: orNull(event.basis),
    ...dates('releasedOn', event.releasedOn, language),
    inCustody: !event.releasedOn && !transferred,
  };
}

function extraditionsOf(events: readonly TimelineEvent[]): Extradition[] {
  return events.flatMap((e) => (e.event.type === 'extradition' ? [e.event] : []));
}

function documentData(doc: ApplicantFields['documents'][number], language: Language): TemplateData {
  return {
    kind: translate(language, `applicant.document.${doc.kind}`),
    number: numberOrNull(doc.number),
    issuedBy: orNull(doc.issuedBy),
    ...dates('issuedOn', doc.issuedOn, language),
    ...dates('expiresOn', doc.expiresOn, language),
  };
}

/** The lawyer a filing is signed by: the file's assigned lawyer, else whoever is working now. */
function lawyerOf(file: CaseFile): { name: string; entry: OfficeLawyer | undefined } {
  const name = file.applicant.assignedLawyer?.trim() || file.profileName;
  const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
  return { name, entry: file.office.lawyers.find((lawyer) => same(lawyer.name, name)) };
}

function lawyerData(file: CaseFile, language: Language): TemplateData {
  const { name, entry } = lawyerOf(file);
  const [family = name, given, ...rest] = name.split(/\s+/u);
  const parts: NameParts = {
    family,
    ...(given ? { given } : {}),
    ...(rest.length ? { patronymic: rest.join(' ') } : {}),
  };
  const { cases } = filingName(
    { familyName: parts.family, givenName: parts.given, patronymic: parts.patronymic, aliases: [], sex: 'unknown' },
    language,
  );
  return {
    ...personFields(cases),
    licence: orNull(entry?.licence),
    barAssociation: orNull(entry?.barAssociation),
    phone: orNull(entry?.phone),
    email: orNull(entry?.email),
  };
}

function applicantData(file: CaseFile, cases: AllCases, language: Language, found: Countries): TemplateData {
  const a = file.applicant;
  const firstOf = (kind: string) => a.documents.find((d) => d.kind === kind);
  const passport = firstOf('passport');
  const certificate = firstOf('asylum_certificate');
  const application = latest(file.events, 'asylumApplication', (e) => Boolean(e.certificateNumber));
  const unhcrDoc = firstOf('unhcr_certificate');
  const unhcr = latest(file.events, 'unhcr');
  const countries = a.citizenship.map((code) => countryName(code, language));
  return {
    ...personFields(cases),
    female: a.sex === 'female',
    male: a.sex === 'male',
    ...dates('birthDate', a.birthDate, language),
    birthPlace: orNull(a.birthPlace),
    citizenship: countries.length ? countries.join(', ') : null,
    citizenshipGenitive: found.inCase(countries, 'genitive', 'applicant.citizenshipGenitive'),
    languages: a.languages.length ? a.languages.map((code) => languageName(code, language)).join(', ') : null,
    address: orNull(a.address),
    phone: orNull(a.phone),
    ...dates('arrivalDate', a.arrivalDate, language),
    caseStatus: translate(language, `applicant.status.${a.caseStatus}`),
    passport: passport ? (({ kind: _kind, ...rest }) => rest)(documentData(passport, language)) : null,
    asylumCertificate:
      certificate || application
        ? {
            number: numberOrNull(certificate?.number ?? application?.certificateNumber),
            ...dates('expiresOn', certificate?.expiresOn ?? application?.certificateExpiresOn, language),
          }
        : null,
    unhcrCertificate:
      unhcrDoc || unhcr
        ? {
            number: numberOrNull(unhcrDoc?.number ?? unhcr?.certificateNumber),
            ...dates('recognizedOn', unhcr?.recognizedOn ?? unhcrDoc?.issuedOn, language),
          }
        : null,
    documents: a.documents.map((doc) => documentData(doc, language)),
  };
}

function extraditionData(extradition: Extradition, language: Language, found: Countries): TemplateData {
  const state = countryName(extradition.requestingState, language);
  const transferred = handedOver(extradition);
  return {
    requestingState: state,
    requestingStateGenitive: found.inCase([state], 'genitive', 'extradition.requestingStateGenitive'),
    requestingStateTo: found.inCase([state], 'to', 'extradition.requestingStateTo'),
    ...dates('receivedOn', extradition.receivedOn, language),
    charges: orNull(extradition.charges),
    ...dates('wantedSince', extradition.wantedSince, language),
    prosecutorDecision: orNull(extradition.prosecutorDecision),
    ...dates('prosecutorDecisionNotifiedOn', extradition.prosecutorDecisionNotifiedOn, language),
    outcome: translate(language, `event.extraditionOutcome.${extradition.outcome}`),
    pending: extradition.outcome === 'pending',
    threat: !transferred && (extradition.outcome === 'pending' || extradition.outcome === 'approved'),
    transferred,
    ...dates('transferredOn', extradition.transferredOn, language),
  };
}

function caseData(file: CaseFile, language: Language, found: Countries): TemplateData {
  const { events } = file;
  const refusal = latest(events, 'decision', (e) => e.outcome === 'refused');
  const decision = latest(events, 'decision');
  const application = latest(events, 'asylumApplication');
  const detention = latest(events, 'detention');
  const extradition = latest(events, 'extradition');
  const appeal = latest(events, 'appeal');
  const unhcr = latest(events, 'unhcr');
  const t = (key: MessageKey) => translate(language, key);
  const nextHearing = appeal?.hearings.filter((d) => d >= file.today).sort()[0];
  return {
    refusal: refusal ? (({ outcome: _o, ...rest }) => rest)(decisionData(refusal, language)) : null,
    decision: decision ? decisionData(decision, language) : null,
    asylumApplication: application
      ? {
          ...dates('filedOn', application.filedOn, language),
          authority: orNull(application.authority),
          certificateNumber: numberOrNull(application.certificateNumber),
          ...dates('certificateExpiresOn', application.certificateExpiresOn, language),
        }
      : null,
    detention: detention ? detentionData(detention, extraditionsOf(events), language) : null,
    extradition: extradition ? extraditionData(extradition, language, found) : null,
    appeal: appeal
      ? {
          ...dates('filedOn', appeal.filedOn, language),
          instance: t(`event.instance.${appeal.instance}`),
          court: orNull(appeal.court),
          outcome: t(`event.appealOutcome.${appeal.outcome}`),
          ...dates('decidedOn', appeal.decidedOn, language),
          ...dates('nextHearing', nextHearing, language),
        }
      : null,
    unhcr: unhcr
      ? {
          ...dates('recognizedOn', unhcr.recognizedOn, language),
          certificateNumber: numberOrNull(unhcr.certificateNumber),
        }
      : null,
  };
}

function listsData(file: CaseFile, language: Language): TemplateData {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const { events } = file;
  return {
    // The lawyer's notes are the lawyer's own: strategy, sources, where someone stays. No template
    // is given them, so no filing to a court, the State or the UN can carry them.
    events: events.flatMap((entry) => {
      if (entry.event.type === 'note') return [];
      const text = describeEvent(t, language, entry, events);
      return [
        {
          ...dates('date', eventDate(entry.event), language),
          title: text.title,
          details: text.details.join('; '),
        },
      ];
    }),
    detentions: events.flatMap((e) =>
      e.event.type === 'detention' ? [detentionData(e.event, extraditionsOf(events), language)] : [],
    ),
    interventions: events.flatMap((e) =>
      e.event.type === 'intervention'
        ? [
            {
              kind: t(`event.interventionKind.${e.event.kind}`),
              body: orNull(e.event.body),
              ...dates('submittedOn', e.event.submittedOn, language),
              outcome: orNull(e.event.outcome),
            },
          ]
        : [],
    ),
    incidents: file.incidents.map((incident) => ({
      ...dates('occurredOn', incident.occurredOn, language),
      place: orNull(incident.place),
      kind: t(`incident.kind.${incident.kind}`),
      perpetrator: t(`incident.perpetrator.${incident.perpetrator}`),
      description: orNull(incident.description),
      witnesses: orNull(incident.witnesses),
      reportedTo: orNull(incident.reportedTo),
    })),
  };
}

function termData(rules: readonly DeadlineRule[], id: string, language: Language): TemplateData | null {
  const rule = rules.find((r) => r.id === id);
  if (!rule) return null;
  const days = 'days' in rule.length ? String(rule.length.days) : null;
  return { text: periodText(rule.length, language), days, confirmed: rule.confirmed };
}

/**
 * Only what a template declares it reads (`reads`: groups or fields of the tree, `applicant` or
 * `applicant.fullName`), plus the date and its own blanks: a template meant for the State or the
 * UN is given what the filing needs and nothing else.
 */
export function onlyWhatIsRead(data: TemplateData, reads: readonly string[]): TemplateData {
  const out: TemplateData = {};
  for (const key of ['today', 'todayLong', 'todayWhen', 'blank']) if (key in data) out[key] = data[key] ?? null;
  for (const path of reads) {
    const keys = path.split('.');
    let from: TemplateValue | undefined = data;
    let to: TemplateData = out;
    keys.forEach((key, index) => {
      const value: TemplateValue | undefined =
        from && typeof from === 'object' && !Array.isArray(from) && Object.hasOwn(from, key) ? from[key] : undefined;
      if (index === keys.length - 1 || value === null || typeof value !== 'object' || Array.isArray(value)) {
        if (value !== undefined) to[key] = value;
        from = undefined;
        return;
      }
      const existing = to[key];
      const next: TemplateData =
        existing && typeof existing === 'object' && !Array.isArray(existing) ? (existing as TemplateData) : {};
      to[key] = next;
      to = next;
      from = value;
    });
  }
  return out;
}

/**
 * Everything a template may name, for one person in one language: exactly the tree of
 * src/shared/documents/fields.ts (a test holds the two together), narrowed to what the template
 * reads when it says. What the file does not record is null, so the document shows a blank line
 * there and the check lists it.
 */
export function templateData(
  file: CaseFile,
  language: Language,
  blanks: Record<string, string>,
  reads?: readonly string[],
): { data: TemplateData; nameSource: NameSource; unreviewedCountries: string[] } {
  const { cases, source } = filingName(file.applicant, language);
  const office = file.office;
  const found = countries(language);
  const data: TemplateData = {
    ...dates('today', file.today, language),
    office: {
      name: file.officeNamed ? office.name : null,
      address: orNull(office.address),
      city: orNull(office.city),
      phone: orNull(office.phone),
      email: orNull(office.email),
    },
    lawyer: lawyerData(file, language),
    applicant: applicantData(file, cases, language, found),
    ...caseData(file, language, found),
    ...listsData(file, language),
    terms: {
      extraditionAppeal: termData(file.rules, 'appeal_against_extradition', language),
      refusalAppeal: termData(file.rules, 'appeal_against_refusal', language),
    },
    blank: Object.fromEntries(Object.entries(blanks).map(([name, value]) => [name, orNull(value)])),
  };
  return {
    data: reads ? onlyWhatIsRead(data, reads) : data,
    nameSource: source,
    unreviewedCountries: found.unreviewed,
  };
}
