import { useCallback, useEffect, useState } from 'react';
import type { SeizureStatus } from '../../../../shared/api/seizureMethods';
import type { PanohError } from '../../../../shared/errors';
import { asPanohError, call } from '../../api/client';

/** The seizure settings and travel mode as the core has them, and a way to read them again. */
export function useSeizureStatus(): {
  status: SeizureStatus | undefined;
  failure: PanohError | undefined;
  setStatus(status: SeizureStatus): void;
  reload(): void;
} {
  const [status, setStatus] = useState<SeizureStatus | undefined>(undefined);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    // The generation asks for a fresh read (after a backup, a trip's start or end).
    void generation;
    call('seizure.status', {}).then(
      (next) => {
        if (current) setStatus(next);
      },
      (error: unknown) => {
        if (current) setFailure(asPanohError(error));
      },
    );
    return () => {
      current = false;
    };
  }, [generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { status, failure, setStatus, reload };
}
