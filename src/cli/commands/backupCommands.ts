import { resolve } from 'node:path';
import { backupVault } from '../../core/backup/backupService';
import { restoreVault } from '../../core/backup/restoreVault';
import { type CliContext, UsageError } from '../io';
import { printJson, withUnlockedCore } from '../openCore';
import { readPassphrase } from '../passphrase';

/** `backup --out FILE`: an encrypted, verified copy (FILE and FILE.keys). */
export async function backupCommand(context: CliContext): Promise<number> {
  if (!context.outPath) throw new UsageError('backup needs --out FILE');
  const target = resolve(context.outPath);
  const result = await withUnlockedCore(context, async (core) => backupVault(core.workspace(), core.vault, target));
  if (context.json) printJson(context, result);
  else context.io.stdout(`Backup written and verified: ${result.path} (and ${result.path}.keys)\n`);
  return 0;
}

/** `restore --from FILE --vault FILE`: into a new vault file only; nothing is overwritten. */
export async function restoreCommand(context: CliContext): Promise<number> {
  if (!context.from) throw new UsageError('restore needs --from FILE (the backup)');
  await restoreVault(resolve(context.from), resolve(context.vaultPath), readPassphrase(context));
  if (context.json) printJson(context, { restored: resolve(context.vaultPath) });
  else context.io.stdout(`Restored into ${resolve(context.vaultPath)}; it opens with the passphrase of the backup.\n`);
  return 0;
}
