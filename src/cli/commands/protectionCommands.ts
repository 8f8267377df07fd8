import { resolve } from 'node:path';
import { currentOfficeKey } from '../../core/sync/officeKey';
import { fingerprintSchema } from '../../shared/api/syncMethods';
import { type CliContext, UsageError } from '../io';
import { printJson, withUnlockedCore } from '../openCore';
import { readPassphrase } from '../passphrase';

function printRecoveryKey(context: CliContext, recoveryKey: string, what: string): void {
  if (context.json) {
    printJson(context, { vault: resolve(context.vaultPath), recoveryKey });
    return;
  }
  context.io.stdout(
    [
      what,
      '',
      'New recovery key (shown this once; write it on paper and keep it offline; the old one no longer works):',
      '',
      `    ${recoveryKey}`,
      '',
    ].join('\n'),
  );
}

/**
 * `vault rekey`: a new random data key, the vault re-encrypted under it. Every older key file (a
 * backup's, a copy made before a passphrase change) stops opening the vault. The passphrase stays.
 */
export async function vaultRekey(context: CliContext): Promise<number> {
  const passphrase = readPassphrase(context);
  const { recoveryKey } = await withUnlockedCore(context, (core) => core.invoke('vault.rekey', { passphrase }));
  printRecoveryKey(
    context,
    recoveryKey,
    'The vault was re-encrypted with a new data key. Older .keys files (backups, copies) no longer open it.',
  );
  return 0;
}

/** `vault new-recovery-key`: replaces the recovery key in the key file. */
export async function vaultNewRecoveryKey(context: CliContext): Promise<number> {
  const passphrase = readPassphrase(context);
  const { recoveryKey } = await withUnlockedCore(context, (core) =>
    core.invoke('vault.newRecoveryKey', { passphrase }),
  );
  printRecoveryKey(context, recoveryKey, 'The recovery key was replaced.');
  return 0;
}

/**
 * `applicant purge --id ID --yes`: deletes the person forever (withdrawn consent), with their
 * timeline, scans and every old value, here and, through the next bundles, on colleagues' laptops.
 */
export async function applicantPurge(context: CliContext): Promise<number> {
  if (!context.id) throw new UsageError('applicant purge needs --id ID');
  if (!context.yes) {
    throw new UsageError('applicant purge deletes the person forever, on every laptop of the office; add --yes');
  }
  const id = context.id;
  const result = await withUnlockedCore(context, (core) => core.invoke('applicants.purge', { id }));
  if (context.json) printJson(context, result);
  else context.io.stdout(`Deleted forever: ${result.purged} records (the person and what belonged to them).\n`);
  if (result.flushPending && !context.json) {
    context.io.stdout('Another program is reading the vault: old traces stay in the file until the next unlock.\n');
  }
  return 0;
}

function printWords(context: CliContext, words: string, what: string): void {
  if (context.json) printJson(context, { words });
  else {
    context.io.stdout(
      `${what}\nThe colleagues' computers take the new key over from the next bundles; one that cannot (it never sent this computer a bundle) joins with these words.\n\nNew office key (shown this once; copy the 24 words by hand):\n\n    ${words}\n\n`,
    );
  }
}

/** `office rotate`: a new office key, announced to the trusted computers in the next bundles. */
export async function officeRotate(context: CliContext): Promise<number> {
  const { words } = await withUnlockedCore(context, (core) => core.invoke('sync.rotateOffice', {}));
  printWords(context, words, 'The office key was changed.');
  return 0;
}

/** `office revoke --device FINGERPRINT`: that computer's bundles are refused; the office key changes. */
export async function officeRevoke(context: CliContext): Promise<number> {
  const parsed = fingerprintSchema.safeParse(context.device?.trim().toUpperCase());
  if (!parsed.success) throw new UsageError('office revoke needs --device XXXX-XXXX-XXXX-XXXX-XXXX (the fingerprint)');
  const fingerprint = parsed.data;
  const { words } = await withUnlockedCore(context, (core) => core.invoke('sync.revokeDevice', { fingerprint }));
  printWords(context, words, `The computer ${fingerprint} was revoked: its bundles are refused from now on.`);
  return 0;
}

/** `office status`: this laptop's own fingerprint (to read to a colleague), the office, the colleagues. */
export async function officeStatus(context: CliContext): Promise<number> {
  const status = await withUnlockedCore(context, async (core) => {
    const sync = await core.invoke('sync.status', {});
    const devices = await core.invoke('sync.devices', {});
    const office = currentOfficeKey(core.workspace().db);
    return {
      device: { name: sync.device.name, deviceId: sync.device.deviceId, fingerprint: sync.device.fingerprint },
      office: office ? { keyId: office.keyId, epoch: office.epoch } : null,
      openConflicts: sync.openConflicts,
      colleagues: devices.filter((device) => !device.self).map(({ self: _self, ...device }) => device),
    };
  });
  if (context.json) {
    printJson(context, status);
    return 0;
  }
  const lines = [
    `This computer: ${status.device.name}`,
    `Fingerprint:   ${status.device.fingerprint}`,
    `Office:        ${status.office ? `key ${status.office.keyId} (changed ${status.office.epoch} times)` : 'none yet (office create or office join)'}`,
    `Conflicts:     ${status.openConflicts} open`,
    `Colleagues:    ${status.colleagues.length}`,
    ...status.colleagues.map(
      (c) =>
        `  ${c.fingerprint}  ${c.name}${c.revokedAt ? `  REVOKED ${c.revokedAt.slice(0, 10)}` : ''}${c.lastImportAt ? `  last bundle ${c.lastImportAt.slice(0, 10)}` : ''}`,
    ),
    '',
  ];
  context.io.stdout(lines.join('\n'));
  return 0;
}
