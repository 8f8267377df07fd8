import { useCallback, useEffect, useRef, useState } from 'react';
import type { PanohError } from '../../../../shared/errors';
import type { ApplicantListQuery, ApplicantSummary } from '../../../../shared/records/applicantSummary';
import { asPanohError, call } from '../../api/client';

export const PAGE_SIZE = 100;

export type ListQuery = Omit<ApplicantListQuery, 'offset' | 'limit'>;

/**
 * The applicant list in pages of 100, fetched as rows come into view and kept while the query is
 * the same. A changed query (filter, sort) starts over; answers to an older query are dropped.
 */
export function useApplicantPages(query: ListQuery) {
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [error, setError] = useState<PanohError | undefined>(undefined);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, ApplicantSummary[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const queryRef = useRef(query);
  queryRef.current = query;
  const key = JSON.stringify(query);

  const fetchPage = useCallback((page: number) => {
    if (pages.current.has(page) || pending.current.has(page)) return;
    const asked = generation.current;
    pending.current.add(page);
    call('applicants.list', { ...queryRef.current, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
      (result) => {
        if (asked !== generation.current) return;
        pending.current.delete(page);
        pages.current.set(page, result.rows);
        setTotal(result.total);
        setError(undefined);
        setVersion((v) => v + 1);
      },
      (failure: unknown) => {
        if (asked !== generation.current) return;
        pending.current.delete(page);
        setError(asPanohError(failure));
      },
    );
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the query, by value
  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    pending.current = new Set();
    setTotal(undefined);
    fetchPage(0);
  }, [key, fetchPage]);

  /** Asks for the pages that hold rows first..last (inclusive). */
  const ensure = useCallback(
    (first: number, last: number) => {
      if (last < first) return;
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page += 1) fetchPage(page);
    },
    [fetchPage],
  );

  const rowAt = useCallback(
    (index: number): ApplicantSummary | undefined =>
      pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [],
  );

  /** Everything again, e.g. after a record changed elsewhere. */
  const refresh = useCallback(() => {
    generation.current += 1;
    pages.current = new Map();
    pending.current = new Set();
    fetchPage(0);
  }, [fetchPage]);

  return { total, error, rowAt, ensure, refresh };
}
