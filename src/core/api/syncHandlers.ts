import type { z } from 'zod';
import type { syncMethods } from '../../shared/api/syncMethods';
import type { Workspace } from '../records/workspace';
import { deviceIdentity, fingerprintOf, setDeviceName } from '../sync/deviceIdentity';
import { createOfficeKey, hasOffice, joinOffice } from '../sync/officeKey';
import { listConflicts, listDevices, resolveConflict } from '../sync/syncService';

type SyncMethods = typeof syncMethods;
export type SyncHandlers = {
  [M in keyof SyncMethods]: (input: z.output<SyncMethods[M]['input']>) => z.output<SyncMethods[M]['output']>;
};

export function syncHandlers(ws: () => Workspace): SyncHandlers {
  return {
    'sync.status': () => {
      const w = ws();
      const self = deviceIdentity(w.db);
      return {
        office: hasOffice(w.db),
        openConflicts: listConflicts(w).length,
        device: { deviceId: self.deviceId, name: self.name, fingerprint: fingerprintOf(self.publicKeyRaw), self: true },
      };
    },
    'sync.createOffice': () => {
      const w = ws();
      return w.store.transaction(() => {
        const words = createOfficeKey(w.db);
        w.audit.append({ action: 'create', targetKind: 'vault', detail: { office: 'created' } });
        return { words };
      });
    },
    'sync.joinOffice': ({ words }) => {
      const w = ws();
      w.store.transaction(() => {
        joinOffice(w.db, words);
        w.audit.append({ action: 'update', targetKind: 'vault', detail: { office: 'joined' } });
      });
      return {};
    },
    'sync.devices': () => listDevices(ws()),
    'sync.setDeviceName': ({ name }) => {
      setDeviceName(ws().db, name);
      return {};
    },
    'sync.conflicts': () => listConflicts(ws()),
    'sync.resolveConflict': ({ id, keep }) => {
      resolveConflict(ws(), id, keep);
      return {};
    },
  };
}
