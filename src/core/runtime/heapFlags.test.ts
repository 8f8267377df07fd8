import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CORE_HEAP_FLAGS } from './heapFlags';

/** Fills the young generation, then prints its size in MiB (a JSON number). */
const YOUNG_GENERATION_PROBE = `
  const kept = [];
  for (let i = 0; i < 2e6; i++) kept.push({ i });
  const space = require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  process.stdout.write(JSON.stringify(space.space_size / 1048576));
`;

const youngGenerationMiB = (flags: readonly string[]) => {
  const child = spawnSync(process.execPath, [...flags, '-e', YOUNG_GENERATION_PROBE], { encoding: 'utf8' });
  return { status: child.status, stderr: child.stderr, mib: Number(child.stdout) };
};

describe('the core process heap flags', () => {
  it('are accepted by this Node and bound the young generation the core fills during a bundle import', () => {
    // A flag this Node no longer knows stops the process ("bad option"): the core would not start.
    const flagged = youngGenerationMiB(CORE_HEAP_FLAGS);
    expect(flagged.stderr).toBe('');
    expect(flagged.status).toBe(0);
    expect(flagged.mib).toBeLessThanOrEqual(2 * 8);
    // Without them the same program grows it far larger: the flags are what bounds it.
    expect(youngGenerationMiB([]).mib).toBeGreaterThan(2 * 8);
  });
});
