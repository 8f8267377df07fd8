import type { CliContext } from '../io';
import { printJson, withUnlockedCore } from '../openCore';

/** Unlocks and checks cipher, page integrity, file header and audit chain; exit 1 when anything is wrong. */
export async function vaultCheck(context: CliContext): Promise<number> {
  const report = await withUnlockedCore(context, (core) => core.invoke('vault.check', {}));
  const healthy =
    report.integrity === 'ok' && !report.plaintextHeader && report.cipher === 'sqlcipher' && report.auditChain === 'ok';
  if (context.json) {
    printJson(context, { ok: healthy, ...report });
    return healthy ? 0 : 1;
  }
  const brokenAt = report.auditBrokenAt !== undefined ? ` (first bad entry: ${report.auditBrokenAt})` : '';
  context.io.stdout(
    [
      `cipher:     ${report.cipher}${report.plaintextHeader ? ' (PLAINTEXT HEADER: NOT ENCRYPTED)' : ''}`,
      `integrity:  ${report.integrity}`,
      ...report.integrityMessages.map((message) => `            ${message}`),
      `schema:     ${report.schemaVersion} (this build knows up to ${report.latestSchemaVersion})`,
      `audit log:  ${report.auditEntries} entries, chain ${report.auditChain}${brokenAt}`,
      `result:     ${healthy ? 'ok' : 'PROBLEMS FOUND'}`,
      '',
    ].join('\n'),
  );
  return healthy ? 0 : 1;
}
