import { z } from 'zod';
import { duplicateCandidateSchema, searchResultSchema } from '../search/searchResult';

export const searchMethods = {
  'search.query': {
    input: z.object({ text: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) }).strict(),
    output: searchResultSchema,
  },
  'applicants.possibleDuplicates': {
    input: z
      .object({
        familyName: z.string().max(120),
        givenName: z.string().max(120).optional(),
        birthDate: z.string().max(10).optional(),
        excludeId: z.uuid().optional(),
      })
      .strict(),
    output: z.array(duplicateCandidateSchema),
  },
  'applicants.merge': {
    input: z.object({ keepId: z.uuid(), mergeId: z.uuid() }).strict(),
    output: z.object({}),
  },
} as const;
