import { useEffect, useState } from 'react';
import type { DeadlineItem } from '../../../../shared/deadlines/deadlineRules';
import { call } from '../../api/client';

export type DeadlinesState = { status: 'loading' } | { status: 'failed' } | { status: 'loaded'; items: DeadlineItem[] };

/**
 * The open deadlines and tasks of one person, soonest first. Asked again whenever `version`
 * changes (the file was reloaded: an event added may have started or ended a deadline); the
 * previous answer stays on screen meanwhile.
 */
export function useApplicantDeadlines(applicantId: string, version: unknown): DeadlinesState {
  const [state, setState] = useState<{ id: string; deadlines: DeadlinesState }>({
    id: applicantId,
    deadlines: { status: 'loading' },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a fresh load
  useEffect(() => {
    let active = true;
    call('deadlines.forApplicant', { applicantId }).then(
      (items) => {
        if (active) setState({ id: applicantId, deadlines: { status: 'loaded', items } });
      },
      () => {
        if (active) setState({ id: applicantId, deadlines: { status: 'failed' } });
      },
    );
    return () => {
      active = false;
    };
  }, [applicantId, version]);

  return state.id === applicantId ? state.deadlines : { status: 'loading' };
}
