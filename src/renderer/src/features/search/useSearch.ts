import { useEffect, useRef, useState } from 'react';
import type { PanohError } from '../../../../shared/errors';
import type { SearchResult } from '../../../../shared/search/searchResult';
import { asPanohError, call } from '../../api/client';

export type SearchState =
  | { status: 'idle' }
  /** Asking; the previous answer (for other letters) stays on screen meanwhile, so nothing flickers. */
  | { status: 'searching'; query: string; previous: SearchResult | undefined }
  | { status: 'done'; query: string; result: SearchResult }
  | { status: 'failed'; query: string; error: PanohError };

/** The longest text `search.query` accepts. */
export const MAX_QUERY = 200;

/**
 * Asks the core for `query` once typing has paused for `delay` ms. Answers to older letters are
 * dropped, so what is shown always belongs to what is in the box.
 */
export function useSearch(query: string, limit: number, delay: number): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const sequence = useRef(0);

  useEffect(() => {
    const current = ++sequence.current;
    if (query === '') {
      setState({ status: 'idle' });
      return;
    }
    setState((before) => ({
      status: 'searching',
      query,
      previous: before.status === 'done' ? before.result : before.status === 'searching' ? before.previous : undefined,
    }));
    const timer = setTimeout(() => {
      call('search.query', { text: query, limit }).then(
        (result) => {
          if (current === sequence.current) setState({ status: 'done', query, result });
        },
        (error: unknown) => {
          if (current === sequence.current) setState({ status: 'failed', query, error: asPanohError(error) });
        },
      );
    }, delay);
    return () => clearTimeout(timer);
  }, [query, limit, delay]);

  return state;
}
