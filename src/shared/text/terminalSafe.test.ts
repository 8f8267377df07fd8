import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, terminalSafe, terminalSafeJson } from './terminalSafe';

describe('text printed in a terminal', () => {
  it('loses escape sequences, C1 controls, bidi overrides and zero-width characters', () => {
    const hostile = 'Ноутбук\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u009b31m\u202Eкод\u200B\n2';
    expect(terminalSafe(hostile)).toBe('Ноутбук]52;c;ZXZpbA==[2J31mкод 2');
    expect(terminalSafe('Gʻofurov Oʻtkir — Қарқара')).toBe('Gʻofurov Oʻtkir — Қарқара');
  });

  it('escapes them in JSON so that the value reads back unchanged', () => {
    const value = { name: 'a\u009bb\u202Ec\u{E0041}d\u001be' };
    const text = terminalSafeJson(value);
    expect(text).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('finds hidden characters in a name', () => {
    expect(hasHiddenCharacters('Ива\u200Bнов')).toBe(true);
    expect(hasHiddenCharacters('\u202Eвонави')).toBe(true);
    expect(hasHiddenCharacters('Иванов-Петров')).toBe(false);
  });
});
