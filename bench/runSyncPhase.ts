/**
 * Runs a phase of bench/syncPhase.ts in a process of its own. The phase runs the core as the app
 * ships it: bundled into one file as electron-vite bundles coreHost (dependencies left to
 * require), in a process with the core's heap flags (src/core/runtime/heapFlags.ts), rather than
 * compiled on the fly by tsx, whose loader alone holds some 40 MiB more.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { CORE_HEAP_FLAGS } from '../src/core/runtime/heapFlags';
import type { SyncPhaseFigures, SyncPhaseInput } from './syncPhase';

/** The phase as one script, built once per benchmark run (inside the repository, so require finds node_modules). */
let built: string | undefined;
function phaseScript(): string {
  if (built) return built;
  const outfile = join(__dirname, '.out', 'syncPhase.cjs');
  buildSync({
    entryPoints: [join(__dirname, 'syncPhase.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    packages: 'external',
    logLevel: 'warning',
  });
  built = outfile;
  return built;
}

/** Runs one phase in a process of its own and returns its figures (bench/run.ts). */
export function runSyncPhase(input: SyncPhaseInput): SyncPhaseFigures {
  const child = spawnSync(process.execPath, [...CORE_HEAP_FLAGS, phaseScript()], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`sync ${input.phase} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as SyncPhaseFigures;
}
