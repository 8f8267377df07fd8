import { describe, expect, it } from 'vitest';
import type { SyncProgress } from '../../shared/sync/bundle';
import { throttledProgress } from './syncHandlers';

describe('progress events', () => {
  it('pass the first and last report of every phase, and at most one per interval between', () => {
    let now = 0;
    const sent: SyncProgress[] = [];
    const report = throttledProgress(
      (progress) => sent.push(progress),
      () => now,
      100,
    );
    report({ phase: 'reading', done: 0, total: 0 });
    report({ phase: 'checking', done: 0, total: 3 });
    for (let done = 0; done <= 1000; done += 10) {
      now += 7;
      report({ phase: 'merging', done, total: 1000 });
    }
    report({ phase: 'writing', done: 0, total: 2 });
    report({ phase: 'writing', done: 2, total: 2 });

    expect(sent.slice(0, 3)).toEqual([
      { phase: 'reading', done: 0, total: 0 },
      { phase: 'checking', done: 0, total: 3 },
      { phase: 'merging', done: 0, total: 1000 },
    ]);
    const merging = sent.filter((p) => p.phase === 'merging');
    expect(merging.at(-1)).toEqual({ phase: 'merging', done: 1000, total: 1000 });
    // 101 reports over 707 ms: one every 100 ms or so, plus the first and the last.
    expect(merging.length).toBeGreaterThanOrEqual(7);
    expect(merging.length).toBeLessThanOrEqual(10);
    expect(sent.slice(-2)).toEqual([
      { phase: 'writing', done: 0, total: 2 },
      { phase: 'writing', done: 2, total: 2 },
    ]);
  });

  it('carry nothing but the phase and the numbers', () => {
    const sent: SyncProgress[] = [];
    const report = throttledProgress((progress) => sent.push(progress));
    report({ phase: 'reading', done: 0, total: 0, path: '/media/stick/x.panohsync' } as SyncProgress);
    expect(sent).toEqual([{ phase: 'reading', done: 0, total: 0 }]);
  });
});
