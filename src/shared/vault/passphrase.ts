import { z } from 'zod';

/** Long passphrases beat complex ones; twelve characters is a floor, not a goal. */
export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MAX_LENGTH = 1024;

export const passphraseSchema = z
  .string()
  .min(PASSPHRASE_MIN_LENGTH, { message: 'passphraseTooShort' })
  .max(PASSPHRASE_MAX_LENGTH, { message: 'passphraseTooLong' });

export type PassphraseStrength = 'tooShort' | 'weak' | 'fair' | 'strong';

/**
 * A rough entropy estimate, shown as a hint while the lawyer types. It rewards length and
 * several words, and punishes repetition; it is not a guarantee and the UI says so.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const chars = [...passphrase];
  if (chars.length < PASSPHRASE_MIN_LENGTH) return 'tooShort';
  const distinct = new Set(chars.map((c) => c.toLowerCase())).size;
  const words = passphrase.split(/[\s\-_.,;:]+/u).filter((w) => w.length >= 3);
  const distinctWords = new Set(words.map((w) => w.toLowerCase())).size;
  let pool = 0;
  if (/\p{Ll}/u.test(passphrase)) pool += 26;
  if (/\p{Lu}/u.test(passphrase)) pool += 26;
  if (/\p{N}/u.test(passphrase)) pool += 10;
  if (/[^\p{L}\p{N}]/u.test(passphrase)) pool += 20;
  if (/[^\p{ASCII}]/u.test(passphrase)) pool += 30;
  // Repetition ("aaaaaaaaaaaa", "passwordpassword") shrinks the effective length.
  const bigrams = new Set(chars.slice(1).map((c, i) => `${chars[i]}${c}`.toLowerCase())).size;
  const effectiveLength = Math.min(chars.length, distinct * 2.5, bigrams + 1);
  let bits = effectiveLength * Math.log2(Math.max(pool, 2));
  if (distinctWords >= 4) bits += 15;
  if (bits >= 90) return 'strong';
  if (bits >= 60) return 'fair';
  return 'weak';
}
