import { join } from 'node:path';
import { Workspace } from '../records/workspace';
import { VaultSession } from '../vault/vaultSession';
import { makeTempDir, TEST_SCRYPT } from './tempVault';

export const TEST_PASSPHRASE = 'рабочее пространство тест';

/** A freshly created, unlocked vault in a temp folder, with its workspace. */
export async function openTestWorkspace() {
  const temp = makeTempDir();
  const vaultPath = join(temp.dir, 'office.panoh');
  const vault = new VaultSession(vaultPath, { scrypt: TEST_SCRYPT });
  await vault.create(TEST_PASSPHRASE);
  const workspace = new Workspace(vault.database(), { onAuditAppended: () => vault.noteAuditAppended() });
  return {
    vault,
    vaultPath,
    workspace,
    dir: temp.dir,
    close() {
      vault.lock();
      temp.cleanup();
    },
  };
}
