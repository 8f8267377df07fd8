/**
 * Child process for the crash-safety test: opens a vault and writes until it is killed. It prints
 * one line after each commit, so the parent knows what must have survived.
 *   mode "commits": one applicant per transaction, forever
 *   mode "import":  one large all-or-nothing import
 *   mode "sync":    imports a large bundle (all or nothing)
 *   mode "rekey":   re-encrypts the vault; with a step name, kills itself right after that step
 */
import { readFileSync } from 'node:fs';
import { createCore } from '../api/createCore';
import { importBundle } from '../sync/syncService';
import type { RekeyStep } from '../vault/vaultSession';
import { TEST_SCRYPT } from './tempVault';

const [mode, vaultPath, passphrase, extra] = process.argv.slice(2);

async function main() {
  const dieAfter = mode === 'rekey' ? extra : undefined;
  const core = createCore({
    vaultPath: vaultPath ?? '',
    scrypt: TEST_SCRYPT,
    onRekeyStep: (step: RekeyStep) => {
      if (step === dieAfter) process.kill(process.pid, 'SIGKILL');
    },
  });
  await core.invoke('vault.unlock', { passphrase: passphrase ?? '' });
  process.stdout.write('ready\n');
  if (mode === 'commits') {
    for (let i = 0; ; i++) {
      await core.invoke('applicants.create', { fields: { familyName: `Кризис ${i}`, notes: 'x'.repeat(2000) } });
      process.stdout.write(`committed ${i + 1}\n`);
    }
  }
  if (mode === 'import') {
    const content = readFileSync(extra ?? '', 'utf8');
    await core.invoke('import.run', { format: 'json', content });
    process.stdout.write('imported\n');
  }
  if (mode === 'sync') {
    importBundle(core.workspace(), { path: extra ?? '' });
    process.stdout.write('synced\n');
  }
  if (mode === 'rekey') {
    await core.invoke('vault.rekey', { passphrase: passphrase ?? '' });
    process.stdout.write('rekeyed\n');
  }
  core.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.name : 'error'}\n`);
  process.exit(3);
});
