import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  scrypt as scryptCallback,
  timingSafeEqual,
} from 'node:crypto';
import { PanohError } from '../../shared/errors';
import {
  formatRecoveryKey,
  normalizeRecoveryKey,
  RECOVERY_KEY_ALPHABET,
  RECOVERY_KEY_LENGTH,
} from '../../shared/vault';

export const DATA_KEY_BYTES = 32;
/** AES-GCM as the key file uses it: a 96-bit nonce and the full 128-bit tag, nothing shorter. */
export const GCM_IV_BYTES = 12;
export const GCM_TAG_BYTES = 16;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/**
 * 2^17 × 8 × 128 bytes = 128 MiB and roughly half a second per derivation on an office laptop:
 * slow enough to make guessing a seized vault's passphrase expensive, fast enough to unlock
 * under a second (DESIGN.md section 8). Stored per slot, so it can be raised later.
 */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

/**
 * What a key file may ask for. A key file is read before anything authenticates it, so its KDF
 * settings are hostile input: N=2^22 with r=32 would make every unlock take minutes and gigabytes.
 * The limits sit near the defaults (at most twice their work and memory), N must be a power of two
 * (scrypt's own rule), and the floor keeps test vaults (2^12) working.
 */
export const SCRYPT_LIMITS = { minN: 2 ** 10, maxN: 2 ** 18, maxR: 16, maxP: 4, maxWork: 2 * 2 ** 17 * 8 } as const;

export function isAcceptableScrypt({ N, r, p }: ScryptParams): boolean {
  const powerOfTwo = Number.isInteger(N) && N > 0 && (N & (N - 1)) === 0;
  return (
    powerOfTwo &&
    N >= SCRYPT_LIMITS.minN &&
    N <= SCRYPT_LIMITS.maxN &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= SCRYPT_LIMITS.maxR &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= SCRYPT_LIMITS.maxP &&
    N * r * p <= SCRYPT_LIMITS.maxWork
  );
}

export interface WrappedKey {
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

export function randomDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

export function deriveFromPassphrase(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  if (!isAcceptableScrypt(params)) return Promise.reject(new PanohError('VAULT_KEYS_DAMAGED'));
  // NFC so that a Kazakh letter typed as one code point or as base + combining mark is the same.
  const normalized = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  const maxmem = 128 * params.N * params.r * 2 + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scryptCallback(normalized, salt, 32, { ...params, maxmem }, (error, key) => {
      normalized.fill(0);
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** The recovery key already carries 160 random bits, so a plain HKDF is enough. */
export function deriveFromRecoveryKey(recoveryKey: string, salt: Buffer): Buffer {
  const normalized = Buffer.from(normalizeRecoveryKey(recoveryKey), 'ascii');
  const key = Buffer.from(hkdfSync('sha256', normalized, salt, 'panoh recovery key v1', 32));
  normalized.fill(0);
  return key;
}

export function generateRecoveryKey(): string {
  const bytes = randomBytes(RECOVERY_KEY_LENGTH);
  // 256 is a multiple of 32, so taking each byte modulo 32 is unbiased.
  const chars = [...bytes].map((b) => RECOVERY_KEY_ALPHABET[b % RECOVERY_KEY_ALPHABET.length]);
  bytes.fill(0);
  return formatRecoveryKey(chars.join(''));
}

export function wrapKey(dataKey: Buffer, wrappingKey: Buffer, associatedData: string): WrappedKey {
  const iv = randomBytes(GCM_IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv, { authTagLength: GCM_TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

/**
 * Returns the data key, or undefined when the wrapping key (or the associated data) is wrong.
 * The nonce and tag lengths are pinned: GCM accepts a 4-byte tag, which a forger can hit by chance.
 */
export function unwrapKey(wrapped: WrappedKey, wrappingKey: Buffer, associatedData: string): Buffer | undefined {
  if (wrapped.iv.length !== GCM_IV_BYTES || wrapped.tag.length !== GCM_TAG_BYTES) return undefined;
  if (wrapped.ciphertext.length !== DATA_KEY_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, wrapped.iv, { authTagLength: GCM_TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(wrapped.tag);
    return Buffer.concat([decipher.update(wrapped.ciphertext), decipher.final()]);
  } catch {
    return undefined;
  }
}

/** A MAC key of its own, derived from the data key, so the data key itself never keys an HMAC. */
function macKey(dataKey: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), `panoh ${purpose} mac v1`, 32));
}

export function macOf(dataKey: Buffer, purpose: string, content: string): Buffer {
  const key = macKey(dataKey, purpose);
  try {
    return createHmac('sha256', key).update(content, 'utf8').digest();
  } finally {
    key.fill(0);
  }
}

export function macMatches(dataKey: Buffer, purpose: string, content: string, mac: Buffer): boolean {
  const expected = macOf(dataKey, purpose, content);
  return mac.length === expected.length && timingSafeEqual(mac, expected);
}
