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

/**
 * Which spelling found the person, when it is not the one on record: «Abdullayev ↔ Абдуллаев», or
 * one letter off («Abdulayev ≈ Абдуллаев»), so a lawyer can judge a near miss.
 */
export const matchExplanationSchema = z.object({
  field: z.enum(['familyName', 'givenName', 'patronymic', 'alias']),
  /** The word as typed. */
  typed: z.string(),
  /** The word on record that it matched. */
  found: z.string(),
  /** One letter wrong, missing or extra (after folding), rather than another spelling. */
  approximate: z.boolean(),
});
export type MatchExplanation = z.output<typeof matchExplanationSchema>;

export const applicantHitSchema = z.object({
  applicant: applicantSummarySchema,
  matches: z.array(fieldMatchSchema),
  /** True when (also) notes, addresses or the timeline matched; their text is not repeated here. */
  matchedText: z.boolean(),
  /** Found only with a name one letter off: shown after every exact or other-spelling hit, and marked. */
  approximate: z.boolean(),
  explanations: z.array(matchExplanationSchema),
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
  /** A name matched only one letter off; listed after the others. */
  approximate: z.boolean(),
  explanations: z.array(matchExplanationSchema),
});
export type DuplicateCandidate = z.output<typeof duplicateCandidateSchema>;
