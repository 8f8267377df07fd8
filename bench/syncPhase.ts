/**
 * Run by bench/run.ts (through runSyncPhase.ts) in a process of its own, once per phase, so the peak resident memory it
 * reports is that of a core doing only that phase (the process's high-water mark, not a sample):
 *   export: opens the benchmark's vault, sets up an office, writes a bundle of everything;
 *   import: makes a colleague's empty vault, joins the office, imports that bundle.
 * Reads its parameters as one JSON document on stdin (never a passphrase in process arguments)
 * and prints one JSON document.
 *
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../src/core';
import { exportBundle, importBundleCancellable } from '../src/core/sync/syncService';

export interface SyncPhaseInput {
  phase: 'export' | 'import';
  dir: string;
  passphrase: string;
  /** export: the vault to export from. */
  vaultPath?: string;
  /** import: the bundle, the office's words and the sender's fingerprint. */
  bundlePath?: string;
  words?: string;
  fingerprint?: string;
}

export interface SyncPhaseFigures {
  ms: number;
  /** CPU time (user + system) of the phase: steadier than wall time on a shared machine. */
  cpuMs: number;
  changes: number;
  maxRssBytes: number;
  bundlePath?: string;
  bytes?: number;
  words?: string;
  fingerprint?: string;
}

const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const cpuSince = (start: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};
/** The process's peak resident set so far (getrusage reports KiB on Linux). */
const maxRss = () => process.resourceUsage().maxRSS * 1024;

async function exportPhase(input: SyncPhaseInput): Promise<SyncPhaseFigures> {
  const core = createCore({ vaultPath: input.vaultPath ?? '' });
  try {
    await core.invoke('vault.unlock', { passphrase: input.passphrase });
    const { words } = await core.invoke('sync.createOffice', {});
    const { device } = await core.invoke('sync.status', {});
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const bundle = exportBundle(core.workspace(), { folder: input.dir, all: true });
    const ms = elapsed(start);
    return {
      ms,
      cpuMs: cpuSince(cpu),
      changes: bundle.changes,
      maxRssBytes: maxRss(),
      bundlePath: bundle.path,
      bytes: statSync(bundle.path).size,
      words,
      fingerprint: device.fingerprint,
    };
  } finally {
    core.close();
  }
}

async function importPhase(input: SyncPhaseInput): Promise<SyncPhaseFigures> {
  const colleague = createCore({ vaultPath: join(input.dir, 'colleague.panoh') });
  try {
    await colleague.invoke('vault.create', { passphrase: input.passphrase });
    await colleague.invoke('sync.joinOffice', { words: input.words ?? '' });
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    // The app's own path: the import that pauses between steps to hear a cancellation.
    const summary = await importBundleCancellable(colleague.workspace(), {
      path: input.bundlePath ?? '',
      trustFingerprint: input.fingerprint,
      signal: new AbortController().signal,
    });
    const ms = elapsed(start);
    return {
      ms,
      cpuMs: cpuSince(cpu),
      changes: summary.received + summary.known + summary.ignored,
      maxRssBytes: maxRss(),
    };
  } finally {
    colleague.close();
  }
}

async function main() {
  const input = JSON.parse(readFileSync(0, 'utf8')) as SyncPhaseInput;
  const figures = input.phase === 'export' ? await exportPhase(input) : await importPhase(input);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
