import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { AreaId } from './areas';

/**
 * Where the lawyer is: a section, and within it an optional record. Kept in memory only (no URL,
 * no history entries), and thrown away with everything else when the vault locks.
 */
export type Route =
  | { area: 'applicants'; applicantId?: string }
  | { area: 'incidents'; incidentId?: string }
  | { area: 'audit'; applicantId?: string }
  | { area: 'search'; query: string }
  | { area: Exclude<AreaId, 'applicants' | 'incidents' | 'audit'> };

/** Asked before leaving a form with unsaved changes; resolves true to leave. */
export type LeaveGuard = () => boolean | Promise<boolean>;

interface NavigationValue {
  route: Route;
  navigate(route: Route): Promise<boolean>;
  /** A form with unsaved changes registers a guard while it is dirty; returns the unregister. */
  setLeaveGuard(guard: LeaveGuard): () => void;
}

const NavigationContext = createContext<NavigationValue | undefined>(undefined);

export function NavigationProvider({ children, initial }: { children: ReactNode; initial: Route }) {
  const [route, setRoute] = useState<Route>(initial);
  const guard = useRef<LeaveGuard | undefined>(undefined);

  const navigate = useCallback(async (next: Route) => {
    if (guard.current && !(await guard.current())) return false;
    guard.current = undefined;
    setRoute(next);
    return true;
  }, []);

  const setLeaveGuard = useCallback((next: LeaveGuard) => {
    guard.current = next;
    return () => {
      if (guard.current === next) guard.current = undefined;
    };
  }, []);

  const value = useMemo(() => ({ route, navigate, setLeaveGuard }), [route, navigate, setLeaveGuard]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): NavigationValue {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation outside NavigationProvider');
  return value;
}
