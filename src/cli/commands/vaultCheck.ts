import { createCore } from '../../core';
import type { CliContext } from '../io';
import { readPassphrase } from '../passphrase';

/** Unlocks and checks the cipher, the page integrity and the file header; exit 1 when anything is wrong. */
export async function vaultCheck(context: CliContext): Promise<number> {
  const passphrase = readPassphrase(context);
  const core = createCore({ vaultPath: context.vaultPath });
  try {
    await core.invoke('vault.unlock', { passphrase });
    const report = await core.invoke('vault.check', {});
    const healthy = report.integrity === 'ok' && !report.plaintextHeader && report.cipher === 'sqlcipher';
    if (context.json) {
      context.io.stdout(`${JSON.stringify({ ok: healthy, ...report })}\n`);
    } else {
      context.io.stdout(
        [
          `cipher:     ${report.cipher}${report.plaintextHeader ? ' (PLAINTEXT HEADER: NOT ENCRYPTED)' : ''}`,
          `integrity:  ${report.integrity}`,
          ...report.integrityMessages.map((message) => `            ${message}`),
          `schema:     ${report.schemaVersion} (this build knows up to ${report.latestSchemaVersion})`,
          `result:     ${healthy ? 'ok' : 'PROBLEMS FOUND'}`,
          '',
        ].join('\n'),
      );
    }
    return healthy ? 0 : 1;
  } finally {
    core.close();
  }
}
