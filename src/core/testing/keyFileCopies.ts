import { randomBytes } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import { keyFilePath } from '../vault/keyFile';
import { VaultSession } from '../vault/vaultSession';
import { TEST_SCRYPT } from './tempVault';

/**
 * The vault file as it is now, beside a key file saved earlier (a backup's, a copy on a stick):
 * what someone holding that old copy could open. Works on copies, so the vault is not touched.
 */
export function vaultWithOldKeys(vaultPath: string, savedKeys: string): VaultSession {
  const probe = `${vaultPath}.probe-${randomBytes(4).toString('hex')}`;
  copyFileSync(vaultPath, probe);
  copyFileSync(savedKeys, keyFilePath(probe));
  return new VaultSession(probe, { scrypt: TEST_SCRYPT });
}

/** Whether the saved key file still opens the vault with this passphrase. */
export async function oldKeysOpen(vaultPath: string, savedKeys: string, passphrase: string): Promise<boolean> {
  const session = vaultWithOldKeys(vaultPath, savedKeys);
  try {
    await session.unlock(passphrase);
    return true;
  } catch {
    return false;
  } finally {
    session.lock();
  }
}
