import { resolve } from 'node:path';
import { createCore } from '../../core';
import { BUNDLE_EXTENSION } from '../../shared/sync/bundle';
import { type CliContext, UsageError } from '../io';
import { printJson, withUnlockedCore } from '../openCore';

/**
 * `vault erase --yes`: the emergency erase. With a passphrase at hand (PANOH_PASSPHRASE or
 * --passphrase-file) the vault is opened first so the erase is audited in it; without one the key
 * slots are destroyed all the same: asking for a passphrase would only slow the erase down.
 */
export async function vaultErase(context: CliContext): Promise<number> {
  if (!context.yes) {
    throw new UsageError(
      'vault erase destroys the key file: only a backup with its key file brings the data back; add --yes',
    );
  }
  const canUnlock = context.passphraseFile !== undefined || Boolean(context.io.env.PANOH_PASSPHRASE);
  const erase = async (core: ReturnType<typeof createCore>) => core.invokeMainOnly('vault.erase', {});
  const { erased } = canUnlock
    ? await withUnlockedCore(context, erase)
    : await (async () => {
        const core = createCore({ vaultPath: context.vaultPath });
        try {
          return await erase(core);
        } finally {
          core.close();
        }
      })();
  if (context.json) printJson(context, { erased });
  else {
    context.io.stdout(
      erased
        ? 'The key file was erased. The vault file (now named .erased) cannot be opened without a backup’s key file.\n'
        : 'There was no vault here; any key file left was erased.\n',
    );
  }
  return 0;
}

/** `travel start --keep ID… --backup FILE`: a verified backup, then only the kept applicants stay. */
export async function travelStart(context: CliContext): Promise<number> {
  const keep = context.keep ?? [];
  if (keep.length === 0) throw new UsageError('travel start needs --keep ID (once per applicant to take along)');
  if (!context.backup) throw new UsageError('travel start needs --backup FILE (on a stick that stays at the office)');
  const path = resolve(context.backup);
  const result = await withUnlockedCore(context, (core) => core.invokeMainOnly('travel.startTo', { path, keep }));
  if (context.json) printJson(context, { backup: result.path, kept: keep.length, removed: result.removed });
  else {
    context.io.stdout(
      `Backup written and verified: ${result.path} (and ${result.path}.keys). Travel mode is on: ${keep.length} applicant(s) kept, ${result.removed} record(s) removed from this laptop only. Sync is paused until travel ends.\n`,
    );
  }
  return 0;
}

/** `travel end --from BACKUP|BUNDLE`: the records left behind come back; the trip's edits stay. */
export async function travelEnd(context: CliContext): Promise<number> {
  if (!context.from) throw new UsageError('travel end needs --from FILE (the backup, or a colleague’s full bundle)');
  const path = resolve(context.from);
  const from = path.toLowerCase().endsWith(BUNDLE_EXTENSION) ? 'bundle' : 'backup';
  const { restored } = await withUnlockedCore(context, (core) => core.invokeMainOnly('travel.endFrom', { path, from }));
  if (context.json) printJson(context, { restored, from });
  else
    context.io.stdout(
      `Travel mode ended: ${restored} change(s) restored from the ${from}. Sync with colleagues again.\n`,
    );
  return 0;
}
