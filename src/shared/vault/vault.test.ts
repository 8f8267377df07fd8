import { describe, expect, it } from 'vitest';
import { passphraseSchema, passphraseStrength } from './passphrase';
import { formatRecoveryKey, normalizeRecoveryKey, recoveryKeySchema } from './recoveryKey';

describe('passphrase policy', () => {
  it('refuses passphrases under twelve characters, counting Cyrillic letters as one each', () => {
    expect(passphraseSchema.safeParse('короткая').success).toBe(false);
    expect(passphraseSchema.safeParse('двенадцать б').success).toBe(true);
  });

  it('grades strength from too short to strong, punishing repetition', () => {
    expect(passphraseStrength('abc')).toBe('tooShort');
    expect(passphraseStrength('aaaaaaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('passwordpassword')).toBe('weak');
    expect(passphraseStrength('Tashkent-1989')).toBe('fair');
    expect(passphraseStrength('тёплый ветер над Таразом весной')).toBe('strong');
  });
});

describe('recovery keys', () => {
  it('forgives case, spaces, dashes and look-alike letters when typed back from paper', () => {
    const key = '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ';
    expect(normalizeRecoveryKey(' o123 4567-89ab cdef ghjk mnpq rstv wxyz ')).toBe(key.replaceAll('-', ''));
    expect(normalizeRecoveryKey('IL23')).toBe('1123');
    expect(formatRecoveryKey(key.replaceAll('-', ''))).toBe(key);
  });

  it('refuses keys of the wrong length or with foreign characters', () => {
    expect(recoveryKeySchema.safeParse('0123-4567').success).toBe(false);
    expect(recoveryKeySchema.safeParse('0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYÜ').success).toBe(false);
    expect(recoveryKeySchema.safeParse('0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ').success).toBe(true);
  });
});
