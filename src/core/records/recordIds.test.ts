import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { recordIds } from './recordIds';

describe('record ids', () => {
  it('are UUIDs that sort in the order they were made, each with its own first eight digits', () => {
    const ids = recordIds(5_000);
    expect(ids.every((id) => z.uuid().safeParse(id).success)).toBe(true);
    expect(new Set(ids.map((id) => id.slice(0, 8))).size).toBe(ids.length);
    const descents = ids.flatMap((id, index) => (index > 0 && id < (ids[index - 1] ?? '') ? [index] : []));
    // Ascending, except where the 32-bit counter wraps around to zero (once at most).
    expect(descents.length).toBeLessThanOrEqual(1);
    for (const index of descents) expect(ids[index]).toMatch(/^00000000-/);
  });

  it('start somewhere new each time and carry 90 random bits, so no two vaults make the same id', () => {
    const first = recordIds(1_000);
    const second = recordIds(1_000);
    expect(new Set([...first, ...second]).size).toBe(2_000);
    expect(first[0]?.slice(0, 8)).not.toBe(second[0]?.slice(0, 8));
  });
});
