import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useT } from '../../i18n/I18nProvider';

const listeners = new Set<() => void>();

/** Asks every notice to read travel mode again (a trip began or ended). */
export function travelChanged(): void {
  for (const listener of [...listeners]) listener();
}

/** Above every page during a trip: the lists hold only the applicants chosen for it. */
export function TravelNotice() {
  const t = useT();
  const [travelling, setTravelling] = useState(false);
  const load = useCallback(() => {
    call('seizure.status', {}).then(
      (status) => setTravelling(status.travel !== undefined),
      () => setTravelling(false),
    );
  }, []);
  useEffect(() => {
    load();
    listeners.add(load);
    return () => {
      listeners.delete(load);
    };
  }, [load]);
  if (!travelling) return null;
  return (
    <p className="travel-notice" role="status">
      {t('seizure.travel.banner')}
    </p>
  );
}
