import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PanohError } from '../../shared/errors';
import { writeFileAtomic } from '../fs/atomicWrite';
import { classifyStorageError, isNotFound } from '../fs/fsErrors';
import {
  DEFAULT_SCRYPT,
  deriveFromPassphrase,
  deriveFromRecoveryKey,
  type ScryptParams,
  unwrapKey,
  type WrappedKey,
  wrapKey,
} from './keyWrapping';

/**
 * The key file sits next to the vault (`<vault>.keys`). It holds the vault's random data key
 * twice, wrapped (AES-256-GCM) once under a key derived from the passphrase and once under the
 * recovery key. Changing the passphrase rewrites this small file, never the vault. Nothing in it
 * is secret on its own; it is useless without the passphrase or the recovery key.
 */
export const KEY_FILE_FORMAT = 'panoh-vault-keys';
export const KEY_FILE_VERSION = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const wrappedSchema = z.object({ iv: base64, tag: base64, ciphertext: base64 });
const passphraseSlotSchema = z.object({
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64,
  }),
  wrapped: wrappedSchema,
});
const recoverySlotSchema = z.object({
  kdf: z.object({ name: z.literal('hkdf-sha256'), salt: base64 }),
  wrapped: wrappedSchema,
});
const keyFileSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(KEY_FILE_VERSION),
  vaultId: z.uuid(),
  cipher: z.literal('sqlcipher4'),
  createdAt: z.string(),
  passphrase: passphraseSlotSchema,
  recovery: recoverySlotSchema,
});
export type KeyFile = z.infer<typeof keyFileSchema>;

export function keyFilePath(vaultPath: string): string {
  return `${vaultPath}.keys`;
}

function encodeWrapped(wrapped: WrappedKey): KeyFile['passphrase']['wrapped'] {
  return {
    iv: wrapped.iv.toString('base64'),
    tag: wrapped.tag.toString('base64'),
    ciphertext: wrapped.ciphertext.toString('base64'),
  };
}

function decodeWrapped(encoded: KeyFile['passphrase']['wrapped']): WrappedKey {
  return {
    iv: Buffer.from(encoded.iv, 'base64'),
    tag: Buffer.from(encoded.tag, 'base64'),
    ciphertext: Buffer.from(encoded.ciphertext, 'base64'),
  };
}

/** Binds each wrapped key to its vault and slot, so slots cannot be swapped between files. */
function associatedData(vaultId: string, slot: 'passphrase' | 'recovery'): string {
  return `${KEY_FILE_FORMAT}/v${KEY_FILE_VERSION}/${vaultId}/${slot}`;
}

export async function passphraseSlot(
  vaultId: string,
  dataKey: Buffer,
  passphrase: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<KeyFile['passphrase']> {
  const salt = randomBytes(16);
  const wrappingKey = await deriveFromPassphrase(passphrase, salt, params);
  const wrapped = wrapKey(dataKey, wrappingKey, associatedData(vaultId, 'passphrase'));
  wrappingKey.fill(0);
  return {
    kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
    wrapped: encodeWrapped(wrapped),
  };
}

export function recoverySlot(vaultId: string, dataKey: Buffer, recoveryKey: string): KeyFile['recovery'] {
  const salt = randomBytes(16);
  const wrappingKey = deriveFromRecoveryKey(recoveryKey, salt);
  const wrapped = wrapKey(dataKey, wrappingKey, associatedData(vaultId, 'recovery'));
  wrappingKey.fill(0);
  return { kdf: { name: 'hkdf-sha256', salt: salt.toString('base64') }, wrapped: encodeWrapped(wrapped) };
}

export function newKeyFile(passphrase: KeyFile['passphrase'], recovery: KeyFile['recovery'], vaultId: string): KeyFile {
  return {
    format: KEY_FILE_FORMAT,
    version: KEY_FILE_VERSION,
    vaultId,
    cipher: 'sqlcipher4',
    createdAt: new Date().toISOString(),
    passphrase,
    recovery,
  };
}

export function newVaultId(): string {
  return randomUUID();
}

export async function unwrapWithPassphrase(keyFile: KeyFile, passphrase: string): Promise<Buffer | undefined> {
  const { kdf, wrapped } = keyFile.passphrase;
  const wrappingKey = await deriveFromPassphrase(passphrase, Buffer.from(kdf.salt, 'base64'), kdf);
  const dataKey = unwrapKey(decodeWrapped(wrapped), wrappingKey, associatedData(keyFile.vaultId, 'passphrase'));
  wrappingKey.fill(0);
  return dataKey;
}

export function unwrapWithRecoveryKey(keyFile: KeyFile, recoveryKey: string): Buffer | undefined {
  const { kdf, wrapped } = keyFile.recovery;
  const wrappingKey = deriveFromRecoveryKey(recoveryKey, Buffer.from(kdf.salt, 'base64'));
  const dataKey = unwrapKey(decodeWrapped(wrapped), wrappingKey, associatedData(keyFile.vaultId, 'recovery'));
  wrappingKey.fill(0);
  return dataKey;
}

/** Reads and validates the key file; `undefined` when it does not exist. */
export function readKeyFile(vaultPath: string): KeyFile | undefined {
  let text: string;
  try {
    text = readFileSync(keyFilePath(vaultPath), 'utf8');
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw classifyStorageError(error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PanohError('VAULT_NOT_A_VAULT');
  }
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (!header.success || header.data.format !== KEY_FILE_FORMAT) throw new PanohError('VAULT_NOT_A_VAULT');
  if (header.data.version > KEY_FILE_VERSION) {
    throw new PanohError('VAULT_TOO_NEW', {
      version: `keys ${header.data.version}`,
      supported: `keys ${KEY_FILE_VERSION}`,
    });
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) throw new PanohError('VAULT_DAMAGED');
  return parsed.data;
}

export function writeKeyFile(vaultPath: string, keyFile: KeyFile): void {
  try {
    writeFileAtomic(keyFilePath(vaultPath), `${JSON.stringify(keyFile, null, 2)}\n`);
  } catch (error) {
    throw classifyStorageError(error);
  }
}
