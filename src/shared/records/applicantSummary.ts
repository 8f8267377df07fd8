import { z } from 'zod';
import { caseStatuses, sexes } from './applicant';

/** One row of the applicant list: enough to recognise the person, nothing more. */
export const applicantSummarySchema = z.object({
  id: z.uuid(),
  /** Absent for a person known by one name only (then `givenName` holds it). */
  familyName: z.string().optional(),
  givenName: z.string().optional(),
  patronymic: z.string().optional(),
  sex: z.enum(sexes),
  birthDate: z.string().optional(),
  citizenship: z.array(z.string()),
  caseStatus: z.enum(caseStatuses),
  assignedLawyer: z.string().optional(),
  updatedAt: z.string(),
});
export type ApplicantSummary = z.output<typeof applicantSummarySchema>;

export const applicantSortFields = ['familyName', 'updatedAt', 'birthDate', 'caseStatus'] as const;

export const applicantListQuerySchema = z
  .object({
    /** Start of a family or given name, any case (the cross-script search is a separate method). */
    namePrefix: z.string().trim().max(100).optional(),
    status: z.enum(caseStatuses).optional(),
    citizenship: z.string().length(2).optional(),
    lawyer: z.string().max(300).optional(),
    sort: z.enum(applicantSortFields).default('familyName'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ApplicantListQuery = z.output<typeof applicantListQuerySchema>;
