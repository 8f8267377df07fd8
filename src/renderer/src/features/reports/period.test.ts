import { describe, expect, it } from 'vitest';
import { lastQuarter, lastYear, statisticsFormSchema, thisYear } from './period';

describe('statistics periods', () => {
  it('quick choices are whole calendar years and quarters', () => {
    const november = new Date(2026, 10, 28);
    expect(thisYear(november)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(lastYear(november)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(lastQuarter(november)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(lastQuarter(new Date(2026, 0, 15))).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(lastQuarter(new Date(2024, 4, 2))).toEqual({ from: '2024-01-01', to: '2024-03-31' });
  });

  it('reads dd.mm.yyyy, refuses partial or impossible days and a reversed period', () => {
    expect(statisticsFormSchema.parse({ from: '01.01.2026', to: ' 31.12.2026 ', threshold: '5' })).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      threshold: 5,
    });
    const messages = (input: { from: string; to: string; threshold: string }) =>
      statisticsFormSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
    expect(messages({ from: '2026', to: '31.02.2026', threshold: '5' })).toEqual([
      'from:invalidFullDate',
      'to:invalidFullDate',
    ]);
    expect(messages({ from: '', to: '01.01.2026', threshold: '101' })).toEqual([
      'from:required',
      'threshold:thresholdRange',
    ]);
    expect(messages({ from: '02.01.2026', to: '01.01.2026', threshold: '5' })).toEqual(['to:periodOrder']);
  });
});
