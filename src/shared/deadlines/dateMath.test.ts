import { describe, expect, it } from 'vitest';
import { addDays, addMonths, localToday } from './dateMath';

describe('deadline date arithmetic', () => {
  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-08-19', 10)).toBe('2026-08-29');
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2028-02-25', 5)).toBe('2028-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-28', 5)).toBe('2026-04-02');
  });

  it('adds months ending on the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-05-20', 3)).toBe('2026-08-20');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
  });

  it('takes today from the local calendar', () => {
    expect(localToday(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
  });
});
