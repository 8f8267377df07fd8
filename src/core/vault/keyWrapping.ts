import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt as scryptCallback } from 'node:crypto';
import {
  formatRecoveryKey,
  normalizeRecoveryKey,
  RECOVERY_KEY_ALPHABET,
  RECOVERY_KEY_LENGTH,
} from '../../shared/vault';

export const DATA_KEY_BYTES = 32;

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

export interface WrappedKey {
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

export function randomDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

export function deriveFromPassphrase(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
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
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

/** Returns the data key, or undefined when the wrapping key (or the associated data) is wrong. */
export function unwrapKey(wrapped: WrappedKey, wrappingKey: Buffer, associatedData: string): Buffer | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, wrapped.iv);
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(wrapped.tag);
    const key = Buffer.concat([decipher.update(wrapped.ciphertext), decipher.final()]);
    return key.length === DATA_KEY_BYTES ? key : undefined;
  } catch {
    return undefined;
  }
}
