import { describe, expect, it, vi } from 'vitest';
import type { InvokeResult } from '../../shared/api/contract';
import { createTravelRoutes } from './travelRoutes';

const ID = '7b0c0a3e-2f4b-4c52-9d55-2f3c0b1c9a10';

function routes(answers: { save?: string; backup?: string; bundle?: string }, reply: InvokeResult) {
  const callMainOnly = vi.fn(async () => reply);
  const travel = createTravelRoutes({
    chooseSaveFile: async () => answers.save,
    chooseBackupFile: async () => answers.backup,
    chooseBundleFile: async () => answers.bundle,
    callMainOnly,
    now: () => new Date(2026, 11, 1),
  });
  return { ...travel.routes, callMainOnly };
}

describe('travel mode routes', () => {
  it('a cancelled dialog starts or ends nothing', async () => {
    const r = routes({}, { ok: true, value: {} });
    expect(await r['travel.start']({ keep: [ID] })).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    expect(await r['travel.end']({ from: 'backup' })).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    expect(r.callMainOnly).not.toHaveBeenCalled();
  });

  it('passes the chosen path to the core (with the backup extension), and the page gets the name only', async () => {
    const r = routes(
      { save: '/media/stick/trip' },
      { ok: true, value: { path: '/media/stick/trip.panoh', removed: 4 } },
    );
    expect(await r['travel.start']({ keep: [ID] })).toEqual({
      ok: true,
      value: { outcome: 'started', fileName: 'trip.panoh', removed: 4 },
    });
    expect(r.callMainOnly).toHaveBeenCalledWith('travel.startTo', { path: '/media/stick/trip.panoh', keep: [ID] });
  });

  it('ends from the bundle dialog or the backup dialog as asked, and passes a refusal on', async () => {
    const refusal: InvokeResult = { ok: false, error: { code: 'TRAVEL_SOURCE_INCOMPLETE' } };
    const r = routes({ backup: '/m/b.panoh', bundle: '/m/x.panohsync' }, refusal);
    expect(await r['travel.end']({ from: 'bundle' })).toEqual(refusal);
    expect(r.callMainOnly).toHaveBeenCalledWith('travel.endFrom', { path: '/m/x.panohsync', from: 'bundle' });
    await r['travel.end']({ from: 'backup' });
    expect(r.callMainOnly).toHaveBeenLastCalledWith('travel.endFrom', { path: '/m/b.panoh', from: 'backup' });
  });
});
