import { basename } from 'node:path';
import {
  type InvokeResult,
  type MainOnlyInput,
  type MainOnlyMethodName,
  mainOnlyApi,
  type ParsedInput,
} from '../../shared/api/contract';
import type { seizureShellMethods, TravelEndResult, TravelStartResult } from '../../shared/api/seizureMethods';
import { defaultBackupName, withBackupExtension } from '../backup/backupRoutes';
import type { RoutesFor } from '../ipc/invokeAdapter';

export interface TravelRouteOptions {
  /** The save dialog of "Back up now" (the trip's backup is one), offering `defaultName`. */
  chooseSaveFile(defaultName: string): Promise<string | undefined>;
  /** The open dialog of "Restore from a backup…" (`.panoh`). */
  chooseBackupFile(): Promise<string | undefined>;
  /** The open dialog of a bundle import (`.panohsync`). */
  chooseBundleFile(): Promise<string | undefined>;
  callMainOnly<M extends MainOnlyMethodName>(method: M, input: MainOnlyInput<M>): Promise<InvokeResult>;
  now?(): Date;
}

const ok = <T>(value: T): InvokeResult => ({ ok: true, value });
const INTERNAL: InvokeResult = { ok: false, error: { code: 'INTERNAL' } };

/**
 * The main process's side of travel mode: the lawyer picks where the trip's backup goes (a stick
 * that stays at the office) and, back again, the backup or the colleague's full bundle to end it
 * from. Paths stay here; the page learns the backup's file name and the counts.
 */
export function createTravelRoutes(options: TravelRouteOptions): {
  routes: RoutesFor<(typeof seizureShellMethods)[number]>;
} {
  const now = options.now ?? (() => new Date());

  const start = async ({ keep }: ParsedInput<'travel.start'>): Promise<InvokeResult> => {
    const chosen = await options.chooseSaveFile(defaultBackupName(now()));
    if (chosen === undefined) return ok<TravelStartResult>({ outcome: 'cancelled' });
    const result = await options.callMainOnly('travel.startTo', { path: withBackupExtension(chosen), keep });
    if (!result.ok) return result;
    const started = mainOnlyApi['travel.startTo'].output.safeParse(result.value);
    if (!started.success) return INTERNAL;
    return ok<TravelStartResult>({
      outcome: 'started',
      fileName: basename(started.data.path),
      removed: started.data.removed,
    });
  };

  const end = async ({ from }: ParsedInput<'travel.end'>): Promise<InvokeResult> => {
    const chosen = await (from === 'backup' ? options.chooseBackupFile() : options.chooseBundleFile());
    if (chosen === undefined) return ok<TravelEndResult>({ outcome: 'cancelled' });
    const result = await options.callMainOnly('travel.endFrom', { path: chosen, from });
    if (!result.ok) return result;
    const ended = mainOnlyApi['travel.endFrom'].output.safeParse(result.value);
    if (!ended.success) return INTERNAL;
    return ok<TravelEndResult>({ outcome: 'ended', restored: ended.data.restored });
  };

  return { routes: { 'travel.start': start, 'travel.end': end } };
}
