import type { CliContext } from '../io';
import { printJson, withUnlockedCore } from '../openCore';

/**
 * Unlocks and checks cipher, page integrity, file header, audit chain and its anchor, and the key
 * file's own MAC; exit 1 when anything is wrong.
 */
export async function vaultCheck(context: CliContext): Promise<number> {
  const report = await withUnlockedCore(context, (core) => core.invoke('vault.check', {}));
  const healthy =
    report.integrity === 'ok' &&
    !report.plaintextHeader &&
    report.cipher === 'sqlcipher' &&
    report.auditChain === 'ok' &&
    report.auditAnchor === 'ok' &&
    report.keyFile === 'ok' &&
    report.recoveryKey === 'ok';
  if (context.json) {
    printJson(context, { ok: healthy, ...report });
    return healthy ? 0 : 1;
  }
  const brokenAt = report.auditBrokenAt !== undefined ? ` (first bad entry: ${report.auditBrokenAt})` : '';
  const anchor =
    report.auditAnchor === 'ok'
      ? `anchored at entry ${report.auditAnchorSeq}`
      : `CUT SHORT: the key file anchored entry ${report.auditAnchorSeq}, which the log no longer holds`;
  context.io.stdout(
    [
      `cipher:     ${report.cipher}${report.plaintextHeader ? ' (PLAINTEXT HEADER: NOT ENCRYPTED)' : ''}`,
      `integrity:  ${report.integrity}`,
      ...report.integrityMessages.map((message) => `            ${message}`),
      `schema:     ${report.schemaVersion} (this build knows up to ${report.latestSchemaVersion})`,
      `audit log:  ${report.auditEntries} entries, chain ${report.auditChain}${brokenAt}; ${anchor}`,
      `key file:   ${report.keyFile === 'ok' ? 'ok (MAC verified)' : 'ALTERED OUTSIDE PANOH (its MAC did not match)'}`,
      `recovery:   ${report.recoveryKey === 'ok' ? 'ok' : 'UNCONFIRMED: make a new recovery key (vault new-recovery-key)'}`,
      `result:     ${healthy ? 'ok' : 'PROBLEMS FOUND'}`,
      '',
    ].join('\n'),
  );
  return healthy ? 0 : 1;
}
