import { z } from 'zod';
import { partialDate } from './partialDate';
import { list, longText, optional, requiredName, shortText } from './text';

export const incidentKinds = [
  'landlord_pressure',
  'eviction',
  'police_visit',
  'security_questioning',
  'surveillance',
  'threat',
  'violence',
  'detention',
  'other',
] as const;
export const perpetrators = [
  'landlord',
  'police',
  'security_service',
  'plain_clothes',
  'migration_authority',
  'neighbour',
  'other',
] as const;
/** How a third party (not a client of the bureau) is linked to an incident. */
export const thirdPartyRoles = [
  'landlord',
  'neighbour',
  'employer',
  'relative',
  'witness',
  'official',
  'other',
] as const;

export type IncidentKind = (typeof incidentKinds)[number];
export type Perpetrator = (typeof perpetrators)[number];

/**
 * Someone linked to an incident who has no file here: the landlady who was pressed to evict, the
 * neighbour who saw it. Their name is as sensitive as a client's and stays inside the vault.
 */
export const thirdPartySchema = z.object({
  name: requiredName,
  role: z.enum(thirdPartyRoles),
  contact: optional(shortText),
  note: optional(shortText),
});
export type ThirdParty = z.output<typeof thirdPartySchema>;

/**
 * A harassment incident (HURIDOCS: event, acts, victims, perpetrators). One incident may be of
 * several kinds and have several perpetrators (pressure through a landlord and the eviction it
 * led to are one incident): `kind` and `perpetrator` are the first of each, the lists the others,
 * so statistics keep counting by the first and records from before the lists stay as they were.
 */
export const incidentFieldsSchema = z.object({
  occurredOn: partialDate,
  place: optional(shortText),
  kind: z.enum(incidentKinds),
  otherKinds: list(z.enum(incidentKinds), incidentKinds.length).optional(),
  perpetrator: z.enum(perpetrators),
  otherPerpetrators: list(z.enum(perpetrators), perpetrators.length).optional(),
  description: longText.refine((s) => s.trim().length > 0, { message: 'required' }),
  witnesses: optional(longText),
  reportedTo: optional(shortText),
  victimIds: list(z.uuid(), 100).default([]),
  thirdParties: list(thirdPartySchema, 30).optional(),
});
export type IncidentFields = z.output<typeof incidentFieldsSchema>;
export type IncidentInput = z.input<typeof incidentFieldsSchema>;
export const incidentFieldNames = Object.keys(incidentFieldsSchema.shape) as (keyof IncidentFields)[];

/** Every kind of the incident, the first one first, each once. */
export function kindsOf(incident: Pick<IncidentFields, 'kind' | 'otherKinds'>): IncidentKind[] {
  return [...new Set([incident.kind, ...(incident.otherKinds ?? [])])];
}

/** Every perpetrator of the incident, the first one first, each once. */
export function perpetratorsOf(incident: Pick<IncidentFields, 'perpetrator' | 'otherPerpetrators'>): Perpetrator[] {
  return [...new Set([incident.perpetrator, ...(incident.otherPerpetrators ?? [])])];
}

export const incidentSchema = incidentFieldsSchema.extend({
  id: z.uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Incident = z.output<typeof incidentSchema>;
