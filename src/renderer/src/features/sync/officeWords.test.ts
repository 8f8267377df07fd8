import { describe, expect, it } from 'vitest';
import { officeWords } from './syncText';

describe('office key words as typed', () => {
  it('drops numbers, commas and line breaks copied from the paper, and lowers the letters', () => {
    expect(officeWords('1. Abandon\n2) ability, 3 able;  about ')).toEqual(['abandon', 'ability', 'able', 'about']);
    expect(officeWords('   ')).toEqual([]);
  });
});
