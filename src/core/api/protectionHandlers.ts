import type { z } from 'zod';
import type { CoreMethodName } from '../../shared/api/contract';
import type { protectionMethods } from '../../shared/api/protectionMethods';
import type { AuditInput } from '../audit/auditLog';
import type { Workspace } from '../records/workspace';
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
      const recoveryKey = await vault().rekey(passphrase);
      audited({ action: 'rekey', targetKind: 'vault' });
      return { recoveryKey };
    },
    'vault.newRecoveryKey': async ({ passphrase }) => {
      const recoveryKey = await vault().newRecoveryKey(passphrase);
      audited({ action: 'recovery_key_change', targetKind: 'vault' });
      return { recoveryKey };
    },
  };
}
