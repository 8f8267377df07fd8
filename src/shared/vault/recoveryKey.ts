import { z } from 'zod';

/**
 * Recovery keys are 160 random bits written as 32 Crockford base32 characters in groups of four
 * (no I, L, O or U, so a key copied by hand survives). Input is forgiving: any case, any
 * separators, and the look-alikes O→0, I/L→1.
 */
export const RECOVERY_KEY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_LENGTH = 32;

export function normalizeRecoveryKey(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function formatRecoveryKey(normalized: string): string {
  return normalized.match(/.{1,4}/g)?.join('-') ?? normalized;
}

export const recoveryKeySchema = z
  .string()
  .max(200)
  .transform(normalizeRecoveryKey)
  .refine((key) => key.length === RECOVERY_KEY_LENGTH && [...key].every((c) => RECOVERY_KEY_ALPHABET.includes(c)), {
    message: 'recoveryKeyMalformed',
  });
