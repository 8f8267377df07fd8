import { z } from 'zod';
import { applicantSummarySchema } from '../records/applicantSummary';
import { incidentKinds } from '../records/incident';

/** Where in a field the query matched, as [start, end) character offsets of the shown text. */
export const fieldMatchSchema = z.object({
  field: z.enum(['familyName', 'givenName', 'patronymic', 'alias', 'document', 'phone']),
  text: z.string(),
  ranges: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type FieldMatch = z.output<typeof fieldMatchSchema>;

export const applicantHitSchema = z.object({
  applicant: applicantSummarySchema,
  matches: z.array(fieldMatchSchema),
  /** True when (also) notes, addresses or the timeline matched; their text is not repeated here. */
  matchedText: z.boolean(),
});
export type ApplicantHit = z.output<typeof applicantHitSchema>;

export const incidentHitSchema = z.object({
  id: z.uuid(),
  occurredOn: z.string(),
  kind: z.enum(incidentKinds),
  place: z.string().optional(),
});

export const searchResultSchema = z.object({
  applicants: z.array(applicantHitSchema),
  incidents: z.array(incidentHitSchema),
});
export type SearchResult = z.output<typeof searchResultSchema>;

export const duplicateCandidateSchema = z.object({
  applicant: applicantSummarySchema,
  /** Why it may be the same person. */
  reasons: z.array(z.enum(['familyName', 'givenName', 'patronymic', 'alias', 'birthDate'])),
});
export type DuplicateCandidate = z.output<typeof duplicateCandidateSchema>;
