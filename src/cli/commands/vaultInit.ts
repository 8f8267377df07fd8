import { resolve } from 'node:path';
import { createCore } from '../../core';
import type { CliContext } from '../io';
import { readPassphrase } from '../passphrase';

export async function vaultInit(context: CliContext): Promise<number> {
  const passphrase = readPassphrase(context);
  const core = createCore({ vaultPath: context.vaultPath });
  try {
    const { recoveryKey } = await core.invoke('vault.create', { passphrase });
    const vault = resolve(context.vaultPath);
    if (context.json) {
      context.io.stdout(`${JSON.stringify({ vault, keyFile: `${vault}.keys`, recoveryKey })}\n`);
    } else {
      context.io.stdout(
        [
          `Vault created: ${vault}`,
          `Key file:      ${vault}.keys (keep it next to the vault; copy both together)`,
          '',
          'Recovery key (shown this once; write it on paper and keep it offline):',
          '',
          `    ${recoveryKey}`,
          '',
        ].join('\n'),
      );
    }
    return 0;
  } finally {
    core.close();
  }
}
