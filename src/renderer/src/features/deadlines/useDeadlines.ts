import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract';
import type { EffectiveRule } from '../../../../shared/deadlines/deadlineRules';
import type { PanohError } from '../../../../shared/errors';
import { asPanohError, call } from '../../api/client';

export type Dashboard = MethodOutput<'deadlines.dashboard'>;

export interface DeadlinesData {
  dashboard: Dashboard;
  rules: EffectiveRule[];
  lawyers: string[];
}

export type DeadlinesLoad =
  | { state: 'loading'; data: DeadlinesData | undefined }
  | { state: 'ready'; data: DeadlinesData }
  | { state: 'failed'; data: DeadlinesData | undefined; error: PanohError };

/**
 * The dashboard for one lawyer (or everyone), with the rules (for their triggers) and the lawyers
 * (for the filter). `reload` asks again and resolves once the new answer is on screen.
 */
export function useDeadlines(lawyer: string): { load: DeadlinesLoad; reload(): Promise<void> } {
  const [load, setLoad] = useState<DeadlinesLoad>({ state: 'loading', data: undefined });
  const sequence = useRef(0);

  const fetchAll = useCallback(async () => {
    const current = ++sequence.current;
    setLoad((before) => ({ state: 'loading', data: before.data }));
    try {
      const [dashboard, rules, lawyers] = await Promise.all([
        call('deadlines.dashboard', lawyer ? { lawyer } : {}),
        call('deadlines.rules', {}),
        call('applicants.lawyers', {}),
      ]);
      if (current === sequence.current) setLoad({ state: 'ready', data: { dashboard, rules, lawyers } });
    } catch (error) {
      if (current === sequence.current)
        setLoad((before) => ({ state: 'failed', data: before.data, error: asPanohError(error) }));
    }
  }, [lawyer]);

  useEffect(() => {
    void fetchAll();
  }, [fetchAll]);

  return { load, reload: fetchAll };
}
