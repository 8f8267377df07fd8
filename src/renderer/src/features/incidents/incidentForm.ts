import { z } from 'zod';
import type { ApplicantSummary } from '../../../../shared/records/applicantSummary';
import { applicantSummarySchema } from '../../../../shared/records/applicantSummary';
import { type Incident, incidentFieldsSchema, incidentKinds, perpetrators } from '../../../../shared/records/incident';
import { formatPartialDate, parseTypedDate } from '../../../../shared/records/partialDate';
import { longText, shortText } from '../../../../shared/records/text';

const shape = incidentFieldsSchema.shape;

/** The shared optional(...) rule for a form's text box: an empty box means "not given". */
const blankIsAbsent = (schema: typeof shortText | typeof longText) =>
  z
    .string()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(schema.optional());

/**
 * The incident form: the shared incidentFieldsSchema (which the core applies again), with the date
 * as typed (14.10.2026, 10.2026 or 2026) and the victims as the people chosen in the picker.
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
    // A choice not made yet (the empty first option) reads "Required", not "Invalid option".
    kind: z.string().pipe(z.enum(incidentKinds, { message: 'required' })),
    perpetrator: z.string().pipe(z.enum(perpetrators, { message: 'required' })),
    description: shape.description,
    witnesses: blankIsAbsent(longText),
    reportedTo: blankIsAbsent(shortText),
    victims: z.array(applicantSummarySchema).max(100, { message: 'tooMany' }),
  })
  .transform(({ victims, ...fields }) => ({ ...fields, victimIds: victims.map((person) => person.id) }));

export interface IncidentFormValues {
  occurredOn: string;
  place: string;
  kind: string;
  perpetrator: string;
  description: string;
  witnesses: string;
  reportedTo: string;
  victims: ApplicantSummary[];
}
export type IncidentFormOutput = z.output<typeof incidentFormSchema>;

export const emptyIncidentForm: IncidentFormValues = {
  occurredOn: '',
  place: '',
  kind: '',
  perpetrator: '',
  description: '',
  witnesses: '',
  reportedTo: '',
  victims: [],
};

export function incidentFormValues(incident: Incident, victims: ApplicantSummary[]): IncidentFormValues {
  return {
    occurredOn: formatPartialDate(incident.occurredOn),
    place: incident.place ?? '',
    kind: incident.kind,
    perpetrator: incident.perpetrator,
    description: incident.description,
    witnesses: incident.witnesses ?? '',
    reportedTo: incident.reportedTo ?? '',
    victims,
  };
}

const draftSchema = z.object({
  occurredOn: z.string(),
  place: z.string(),
  kind: z.string(),
  perpetrator: z.string(),
  description: z.string(),
  witnesses: z.string(),
  reportedTo: z.string(),
  victims: z.array(applicantSummarySchema),
});

/** A stored draft is read back defensively: one from an older version is simply not offered. */
export function parseIncidentDraft(doc: unknown): IncidentFormValues | undefined {
  const parsed = draftSchema.safeParse(doc);
  return parsed.success ? parsed.data : undefined;
}
