import { z } from 'zod';
import type { ApplicantSummary } from '../../../../shared/records/applicantSummary';
import { applicantSummarySchema } from '../../../../shared/records/applicantSummary';
import {
  type Incident,
  type IncidentKind,
  incidentFieldsSchema,
  incidentKinds,
  kindsOf,
  type Perpetrator,
  perpetrators,
  perpetratorsOf,
  thirdPartyRoles,
} from '../../../../shared/records/incident';
import { formatPartialDate, parseTypedDate } from '../../../../shared/records/partialDate';
import { longText, nameText, shortText } from '../../../../shared/records/text';

const shape = incidentFieldsSchema.shape;

/** The shared optional(...) rule for a form's text box: an empty box means "not given". */
const blankIsAbsent = (schema: typeof shortText | typeof longText) =>
  z
    .string()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(schema.optional());

/** One third party as the form holds it. */
export interface ThirdPartyRow {
  name: string;
  role: string;
  contact: string;
  note: string;
}
export const emptyThirdParty: ThirdPartyRow = { name: '', role: '', contact: '', note: '' };

const thirdPartyRow = z.object({
  name: nameText.refine((s) => s.length > 0, { message: 'required' }),
  role: z.string().pipe(z.enum(thirdPartyRoles, { message: 'required' })),
  contact: blankIsAbsent(shortText),
  note: blankIsAbsent(shortText),
});

/**
 * The first of several chosen: the one the record already had first while it is still chosen (so
 * an edit does not move the incident in the statistics), else the first in the list's order.
 */
function firstOf<T extends string>(chosen: readonly T[], before: string): { first: T; others: T[] } | undefined {
  const first = chosen.includes(before as T) ? (before as T) : chosen[0];
  if (first === undefined) return undefined;
  return { first, others: chosen.filter((value) => value !== first) };
}

/**
 * The incident form: the shared incidentFieldsSchema (which the core applies again), with the date
 * as typed (14.10.2026, 10.2026 or 2026), kinds and perpetrators as ticked boxes, the victims as
 * the people chosen in the picker and third parties as rows.
 */
export const incidentFormSchema = z
  .object({
    occurredOn: z
      .string()
      .trim()
      .min(1, { message: 'required' })
      .transform((typed, ctx) => {
        const iso = parseTypedDate(typed);
        if (iso === undefined) {
          ctx.addIssue({ code: 'custom', message: 'invalidDate' });
          return z.NEVER;
        }
        return iso;
      })
      .pipe(shape.occurredOn),
    place: blankIsAbsent(shortText),
    kinds: z.array(z.enum(incidentKinds)).min(1, { message: 'required' }),
    firstKind: z.string(),
    perpetrators: z.array(z.enum(perpetrators)).min(1, { message: 'required' }),
    firstPerpetrator: z.string(),
    description: shape.description,
    witnesses: blankIsAbsent(longText),
    reportedTo: blankIsAbsent(shortText),
    victims: z.array(applicantSummarySchema).max(100, { message: 'tooMany' }),
    thirdParties: z.array(thirdPartyRow).max(30, { message: 'tooMany' }),
  })
  .transform(({ victims, kinds, firstKind, perpetrators: who, firstPerpetrator, thirdParties, ...fields }) => {
    const kind = firstOf(kinds, firstKind);
    const perpetrator = firstOf(who, firstPerpetrator);
    return {
      ...fields,
      kind: kind?.first as IncidentKind,
      otherKinds: kind?.others ?? [],
      perpetrator: perpetrator?.first as Perpetrator,
      otherPerpetrators: perpetrator?.others ?? [],
      victimIds: victims.map((person) => person.id),
      thirdParties,
    };
  });

export interface IncidentFormValues {
  occurredOn: string;
  place: string;
  kinds: IncidentKind[];
  /** The kind the record has first (kept first while it stays ticked). */
  firstKind: string;
  perpetrators: Perpetrator[];
  firstPerpetrator: string;
  description: string;
  witnesses: string;
  reportedTo: string;
  victims: ApplicantSummary[];
  thirdParties: ThirdPartyRow[];
}
export type IncidentFormOutput = z.output<typeof incidentFormSchema>;

export const emptyIncidentForm: IncidentFormValues = {
  occurredOn: '',
  place: '',
  kinds: [],
  firstKind: '',
  perpetrators: [],
  firstPerpetrator: '',
  description: '',
  witnesses: '',
  reportedTo: '',
  victims: [],
  thirdParties: [],
};

export function incidentFormValues(incident: Incident, victims: ApplicantSummary[]): IncidentFormValues {
  return {
    occurredOn: formatPartialDate(incident.occurredOn),
    place: incident.place ?? '',
    kinds: kindsOf(incident),
    firstKind: incident.kind,
    perpetrators: perpetratorsOf(incident),
    firstPerpetrator: incident.perpetrator,
    description: incident.description,
    witnesses: incident.witnesses ?? '',
    reportedTo: incident.reportedTo ?? '',
    victims,
    thirdParties: (incident.thirdParties ?? []).map((person) => ({
      name: person.name,
      role: person.role,
      contact: person.contact ?? '',
      note: person.note ?? '',
    })),
  };
}

const draftSchema = z.object({
  occurredOn: z.string(),
  place: z.string(),
  kinds: z.array(z.enum(incidentKinds)),
  firstKind: z.string(),
  perpetrators: z.array(z.enum(perpetrators)),
  firstPerpetrator: z.string(),
  description: z.string(),
  witnesses: z.string(),
  reportedTo: z.string(),
  victims: z.array(applicantSummarySchema),
  thirdParties: z.array(z.object({ name: z.string(), role: z.string(), contact: z.string(), note: z.string() })),
});

/** A stored draft is read back defensively: one from an older version is simply not offered. */
export function parseIncidentDraft(doc: unknown): IncidentFormValues | undefined {
  const parsed = draftSchema.safeParse(doc);
  return parsed.success ? parsed.data : undefined;
}
