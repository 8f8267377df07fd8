import type { z } from 'zod';
import type { CoreMethodName } from '../../shared/api/contract';
import type { protectionMethods } from '../../shared/api/protectionMethods';
import type { AuditInput } from '../audit/auditLog';
import { purgeRecord } from '../records/purge';
import { confirmPurgeRequest, declinePurgeRequest, listPurgeRequests } from '../records/purgeRequests';
import type { Workspace } from '../records/workspace';
import { deviceIdentity } from '../sync/deviceIdentity';
import { rotateOfficeKey } from '../sync/officeKey';
import { revokeDevice } from '../sync/revocation';
import { assertNotTravelling } from '../travel/travelState';
import type { VaultSession } from '../vault/vaultSession';

type ProtectionMethods = typeof protectionMethods;
export type ProtectionHandlers = {
  [M in keyof ProtectionMethods & CoreMethodName]: (
    input: z.output<ProtectionMethods[M]['input']>,
  ) => Promise<z.output<ProtectionMethods[M]['output']>> | z.output<ProtectionMethods[M]['output']>;
};

/** Re-encryption, recovery key, "delete forever", office key rotation and device revocation. */
export function protectionHandlers(
  ws: () => Workspace,
  vault: () => VaultSession,
  audited: (entry: AuditInput) => void,
): ProtectionHandlers {
  return {
    'vault.keyStatus': () => vault().keyStatus(),
    'vault.rekey': async ({ passphrase }) => {
      // The trip's backup opens with today's key; a new key would leave it unusable to end travel.
      assertNotTravelling(ws().db);
      const recoveryKey = await vault().rekey(passphrase);
      audited({ action: 'rekey', targetKind: 'vault' });
      return { recoveryKey };
    },
    'vault.newRecoveryKey': async ({ passphrase }) => {
      const recoveryKey = await vault().newRecoveryKey(passphrase);
      audited({ action: 'recovery_key_change', targetKind: 'vault' });
      return { recoveryKey };
    },
    'trash.purge': ({ kind, id }) => purgeRecord(ws(), kind, id, { fromTrash: true }),
    'applicants.purge': ({ id }) => purgeRecord(ws(), 'applicant', id, { fromTrash: false }),
    'trash.purgeRequests': () => listPurgeRequests(ws().db),
    'trash.confirmPurge': ({ kind, id }) => confirmPurgeRequest(ws(), kind, id),
    'trash.keepRecord': ({ kind, id }) => {
      declinePurgeRequest(ws(), kind, id);
      return {};
    },
    'sync.rotateOffice': () => {
      const w = ws();
      return w.store.transaction(() => {
        const words = rotateOfficeKey(w.db);
        w.audit.append({ action: 'office_rotate', targetKind: 'vault' });
        return { words };
      });
    },
    'sync.revokeDevice': ({ fingerprint }) => {
      const w = ws();
      return w.store.transaction(() => {
        const { deviceId } = revokeDevice(w.db, fingerprint, deviceIdentity(w.db));
        w.audit.append({ action: 'device_revoke', targetKind: 'device', targetId: deviceId });
        // The lost laptop holds the office key: a revocation without a new key would stop nothing.
        const words = rotateOfficeKey(w.db);
        w.audit.append({ action: 'office_rotate', targetKind: 'vault', detail: { reason: 'revocation' } });
        return { words };
      });
    },
  };
}
