import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApplicants } from '../../../bench/generate';
import { createCore } from '../api/createCore';
import { exportBundle } from '../sync/syncService';
import { keyFilePath } from '../vault/keyFile';
import { rekeySteps, rekeyTempPath } from '../vault/vaultSession';
import { oldKeysOpen } from './keyFileCopies';
import { makeTempDir, TEST_SCRYPT } from './tempVault';

const PASSPHRASE = 'аварийное отключение питания';
const WORKER = join(__dirname, 'crashWorker.ts');
let temp: ReturnType<typeof makeTempDir>;

beforeAll(() => {
  temp = makeTempDir('panoh-crash-');
});
afterAll(() => temp.cleanup());

async function newVault(name: string) {
  const vaultPath = join(temp.dir, name);
  const core = createCore({ vaultPath, scrypt: TEST_SCRYPT });
  await core.invoke('vault.create', { passphrase: PASSPHRASE });
  return { vaultPath, core };
}

/** Starts the worker, waits until it has begun writing plus `delayMs`, then kills it with SIGKILL. */
function runAndKill(args: string[], delayMs: number): Promise<string[]> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let timer: NodeJS.Timeout | undefined;
    child.stdout?.on('data', (chunk: Buffer) => {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      if (!timer && lines.includes('ready')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      resolve(lines);
    });
  });
}

/** Opens the vault after the crash and checks it the way `vault check` does. */
async function checkAfterCrash(vaultPath: string) {
  const core = createCore({ vaultPath, scrypt: TEST_SCRYPT });
  await core.invoke('vault.unlock', { passphrase: PASSPHRASE });
  const report = await core.invoke('vault.check', {});
  const { total } = await core.invoke('applicants.list', { limit: 1 });
  const events = (core.workspace().db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  core.close();
  return { report, total, events };
}

describe('a process killed in the middle of writing', () => {
  it('leaves a vault that opens, passes the check and holds every committed change', async () => {
    const { vaultPath, core } = await newVault('commits.panoh');
    core.close();
    for (const delay of [150, 400, 900, 1300]) {
      const lines = await runAndKill(['commits', vaultPath, PASSPHRASE], delay);
      const committed = lines.filter((l) => l.startsWith('committed')).length;
      const before = await checkAfterCrash(vaultPath);
      expect(before.report).toMatchObject({ integrity: 'ok', auditChain: 'ok', plaintextHeader: false });
      // Every commit the child reported is there (each run adds to the previous ones).
      expect(before.total).toBeGreaterThanOrEqual(committed);
    }
  }, 120_000);

  it('never leaves half an import: all of it or none of it, many times over', async () => {
    const { vaultPath, core } = await newVault('import.panoh');
    core.close();
    const file = join(temp.dir, 'big.json');
    writeFileSync(file, JSON.stringify({ applicants: generateApplicants(1500, 9) }));
    const seen = new Set<number>();
    for (const delay of [50, 300, 600, 900, 1200, 1600, 2200, 3000]) {
      const lines = await runAndKill(['import', vaultPath, PASSPHRASE, file], delay);
      const { report, total, events } = await checkAfterCrash(vaultPath);
      expect(report).toMatchObject({ integrity: 'ok', auditChain: 'ok' });
      expect(total % 1500).toBe(0);
      expect(events).toBe(total * 5);
      if (lines.includes('imported')) expect(total).toBeGreaterThan(0);
      seen.add(total);
    }
    expect(seen.size).toBeGreaterThanOrEqual(1);
  }, 240_000);

  it('never leaves half a sync import', async () => {
    const source = await newVault('source.panoh');
    const target = await newVault('target.panoh');
    const { words } = await source.core.invoke('sync.createOffice', {});
    await target.core.invoke('sync.joinOffice', { words });
    await source.core.invoke('import.run', {
      format: 'json',
      content: JSON.stringify({ applicants: generateApplicants(1500, 4) }),
    });
    const { path } = exportBundle(source.core.workspace(), { folder: temp.dir, all: true });
    // Trust the sender once, so the worker's imports are refused for nothing but the kill.
    const sender = (await source.core.invoke('sync.status', {})).device.fingerprint;
    const { importBundle } = await import('../sync/syncService');
    const empty = exportBundle(source.core.workspace(), { folder: join(temp.dir), all: false });
    importBundle(target.core.workspace(), { path: empty.path, trustFingerprint: sender });
    source.core.close();
    target.core.close();
    for (const delay of [100, 500, 900, 1400, 2000, 2600]) {
      await runAndKill(['sync', target.vaultPath, PASSPHRASE, path], delay);
      const { report, total, events } = await checkAfterCrash(target.vaultPath);
      expect(report).toMatchObject({ integrity: 'ok', auditChain: 'ok' });
      expect([0, 1500]).toContain(total);
      expect(events).toBe(total * 5);
    }
  }, 240_000);
});

describe('a re-encryption killed half-way', () => {
  it('is finished or undone at the next unlock, at every step and at any moment, never lost', async () => {
    const { vaultPath, core } = await newVault('rekey.panoh');
    await core.invoke('import.run', {
      format: 'json',
      content: JSON.stringify({ applicants: generateApplicants(1500, 5) }),
    });
    core.close();
    const outcomes = new Set<string>();
    const kills: { dieAfter?: string; delayMs?: number }[] = [
      ...rekeySteps.map((step) => ({ dieAfter: step })),
      ...[20, 80, 160, 260, 400].map((delayMs) => ({ delayMs })),
    ];
    for (const [n, kill] of kills.entries()) {
      const saved = join(temp.dir, `keys-before-${n}`);
      copyFileSync(keyFilePath(vaultPath), saved);
      const lines = await runAndKill(['rekey', vaultPath, PASSPHRASE, kill.dieAfter ?? 'none'], kill.delayMs ?? 60_000);
      const reopened = createCore({ vaultPath, scrypt: TEST_SCRYPT });
      await reopened.invoke('vault.unlock', { passphrase: PASSPHRASE });
      const status = await reopened.invoke('vault.keyStatus', {});
      const report = await reopened.invoke('vault.check', {});
      const { total } = await reopened.invoke('applicants.list', { limit: 1 });
      reopened.close();
      expect(report).toMatchObject({ integrity: 'ok', auditChain: 'ok', auditAnchor: 'ok', keyFile: 'ok' });
      expect(total).toBe(1500);
      expect(existsSync(rekeyTempPath(vaultPath))).toBe(false);
      // Either the new key took over (and the key file from before no longer opens the vault) or
      // the change was undone (and it still does); never a vault that opens with neither.
      const old = await oldKeysOpen(vaultPath, saved, PASSPHRASE);
      if (kill.dieAfter === 'renamed') expect(status.interruptedRekey).toBe('completed');
      if (kill.dieAfter === 'pending-written' || kill.dieAfter === 'closed')
        expect(status.interruptedRekey).toBe('undone');
      if (status.interruptedRekey === 'completed') expect(status.recoveryKey).toBe('unconfirmed');
      if (status.interruptedRekey === 'completed' || kill.dieAfter === 'sealed' || lines.includes('rekeyed')) {
        expect(old).toBe(false);
      }
      if (status.interruptedRekey === 'undone' || kill.dieAfter === 'copied') expect(old).toBe(true);
      outcomes.add(old ? 'old key' : 'new key');
    }
    expect(outcomes).toEqual(new Set(['old key', 'new key']));
  }, 300_000);
});
