import { type Core, createCore } from '../core';
import { terminalSafeJson } from '../shared/text/terminalSafe';
import type { CliContext } from './io';
import { readPassphrase } from './passphrase';

/** Unlocks the vault for one command and always locks it again, whatever happens. */
export async function withUnlockedCore<T>(context: CliContext, work: (core: Core) => Promise<T>): Promise<T> {
  const passphrase = readPassphrase(context);
  const core = createCore({ vaultPath: context.vaultPath });
  try {
    await core.invoke('vault.unlock', { passphrase });
    return await work(core);
  } finally {
    core.close();
  }
}

/** One JSON document; characters a terminal would act on are written as \u escapes. */
export function printJson(context: CliContext, value: unknown): void {
  context.io.stdout(`${terminalSafeJson(value)}\n`);
}
