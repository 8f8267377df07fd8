import type { z } from 'zod';
import type { searchMethods } from '../../shared/api/searchMethods';
import { mergeApplicants } from '../records/mergeApplicants';
import type { Workspace } from '../records/workspace';
import { possibleDuplicates, search } from '../search/searchQuery';

type SearchMethods = typeof searchMethods;
export type SearchHandlers = {
  [M in keyof SearchMethods]: (input: z.output<SearchMethods[M]['input']>) => z.output<SearchMethods[M]['output']>;
};

export function searchHandlers(ws: () => Workspace): SearchHandlers {
  return {
    'search.query': ({ text, limit }) => search(ws().db, text, limit),
    'applicants.possibleDuplicates': (input) => possibleDuplicates(ws().db, input),
    'applicants.merge': ({ keepId, mergeId }) => {
      const w = ws();
      mergeApplicants(w.db, w.store, keepId, mergeId);
      return {};
    },
  };
}
