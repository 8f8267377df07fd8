import { z } from 'zod';
import { partialDate } from './partialDate';
import { list, longText, optional, shortText } from './text';

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

/** A harassment incident (HURIDOCS: event, act, victims, perpetrator). */
export const incidentFieldsSchema = z.object({
  occurredOn: partialDate,
  place: optional(shortText),
  kind: z.enum(incidentKinds),
  perpetrator: z.enum(perpetrators),
  description: longText.refine((s) => s.trim().length > 0, { message: 'required' }),
  witnesses: optional(longText),
  reportedTo: optional(shortText),
  victimIds: list(z.uuid(), 100).default([]),
});
export type IncidentFields = z.output<typeof incidentFieldsSchema>;
export type IncidentInput = z.input<typeof incidentFieldsSchema>;
export const incidentFieldNames = Object.keys(incidentFieldsSchema.shape) as (keyof IncidentFields)[];

export const incidentSchema = incidentFieldsSchema.extend({
  id: z.uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Incident = z.output<typeof incidentSchema>;
