import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../core/api/createCore';
import { makeTempDir, TEST_SCRYPT } from '../../core/testing/tempVault';
import { readKeyFile, unwrapWithPassphrase } from '../../core/vault/keyFile';
import type { InvokeResult } from '../../shared/api/contract';
import { createVaultLocker } from '../lockVault';
import { type CoreProcess, createCoreProcess } from './coreProcess';
import { forkNodeCoreHost } from './testing/forkNodeCoreHost';
import { patternsInMemory, textForms } from './testing/processMemory';

const PASSPHRASE = 'ночная смена у границы Жамбыл 2026';
const NAME = 'Хайруллоевазамира';

let temp: ReturnType<typeof makeTempDir>;
let vaultPath: string;
let applicantId: string;
let keyHex: string;

beforeAll(async () => {
  temp = makeTempDir('panoh-lock-');
  vaultPath = join(temp.dir, 'office.panoh');
  const core = createCore({ vaultPath, scrypt: TEST_SCRYPT });
  await core.invoke('vault.create', { passphrase: PASSPHRASE });
  applicantId = (await core.invoke('applicants.create', { fields: { familyName: NAME, givenName: 'Бону' } })).id;
  core.close();
  const file = readKeyFile(vaultPath);
  const key = file && (await unwrapWithPassphrase(file.content, PASSPHRASE));
  if (!key) throw new Error('no key');
  keyHex = key.toString('hex');
});
afterAll(() => temp.cleanup());

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function ok(result: Promise<InvokeResult>): Promise<unknown> {
  const answer = await result;
  if (!answer.ok) throw new Error(answer.error.code);
  return answer.value;
}

const onLinux = process.platform === 'linux' ? describe : describe.skip;

onLinux('locking really forgets (a real core process, its memory read through /proc)', () => {
  it('ends the process that held the key, the passphrase and the client shown; the fresh one holds none', async () => {
    const started: ChildProcess[] = [];
    const core: CoreProcess = createCoreProcess({
      spawn: () => forkNodeCoreHost(started),
      config: { vaultPath, prefsPath: join(temp.dir, 'prefs.json') },
      log: () => {},
    });
    try {
      const lock = createVaultLocker(core, () => {});
      await ok(core.call('vault.unlock', { passphrase: PASSPHRASE }));
      const shown = (await ok(core.call('applicants.get', { id: applicantId }))) as {
        applicant: { familyName: string };
      };
      expect(shown.applicant.familyName).toBe(NAME);
      const unlocked = started.at(-1);
      if (!unlocked?.pid) throw new Error('no core process');

      // The reader works: while unlocked, the client's name is in that process's memory.
      expect(patternsInMemory(unlocked.pid, textForms(NAME)).length).toBeGreaterThan(0);
      // And the data key never became a JavaScript string there (it reached SQLCipher as bytes).
      expect(patternsInMemory(unlocked.pid, [Buffer.from(keyHex, 'latin1'), Buffer.from(keyHex, 'utf16le')])).toEqual(
        [],
      );

      await lock('user');
      await exited(unlocked);
      expect(alive(unlocked.pid)).toBe(false);

      // The next unlock happens in a fresh process, which has seen nothing yet.
      expect(await ok(core.call('vault.status', {}))).toMatchObject({ unlocked: false });
      const fresh = started.at(-1);
      if (!fresh?.pid || fresh === unlocked) throw new Error('no fresh core process');
      const secrets = [
        Buffer.from(keyHex, 'latin1'),
        Buffer.from(keyHex.toUpperCase(), 'latin1'),
        Buffer.from(keyHex, 'utf16le'),
        Buffer.from(keyHex, 'hex'),
        ...textForms(PASSPHRASE),
        ...textForms(NAME),
      ];
      expect(patternsInMemory(fresh.pid, secrets).map((found) => secrets.indexOf(found))).toEqual([]);
    } finally {
      core.stop();
      await Promise.all(started.map(exited));
    }
  }, 120_000);
});
