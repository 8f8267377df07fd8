import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PanohError } from '../../shared/errors';
import { writeFileAtomic } from '../fs/atomicWrite';
import { classifyStorageError, isNotFound } from '../fs/fsErrors';
import { canonicalJson } from './canonicalJson';
import {
  DEFAULT_SCRYPT,
  deriveFromPassphrase,
  deriveFromRecoveryKey,
  isAcceptableScrypt,
  macMatches,
  macOf,
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
 *
 * Version 2 adds, all covered by a MAC under the data key (checked at every unlock):
 * - `audit`: the audit log's newest entry (number and hash), so a log cut short shows;
 * - `pending`: a re-encryption in progress (the new key, wrapped by the old), so a crash in the
 *   middle of one is finished or undone at the next unlock;
 * - `recoveryUnconfirmed`: the recovery slot holds a key nobody was shown (a re-encryption
 *   finished after a crash), or a damaged one (the file was found altered);
 * - `alteredAt`: when this file was found changed outside Panoh (its MAC did not match).
 * Version 1 files (no MAC) are still read, and sealed as version 2 at their first unlock.
 */
export const KEY_FILE_FORMAT = 'panoh-vault-keys';
export const KEY_FILE_VERSION = 2;
/** The slots' associated data names version 1, whatever the file's version, so old slots still open. */
const SLOT_AAD_VERSION = 1;
const MAC_PURPOSE = 'key file';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
/** Base64 of exactly `bytes` bytes: a 4-byte GCM tag or an 8-byte nonce is refused before use. */
const base64Of = (bytes: number) =>
  base64.refine((value) => Buffer.from(value, 'base64').length === bytes && value.length === 4 * Math.ceil(bytes / 3));
const wrappedSchema = z.object({ iv: base64Of(12), tag: base64Of(16), ciphertext: base64Of(32) }).strict();
const passphraseSlotSchema = z
  .object({
    kdf: z
      .object({
        name: z.literal('scrypt'),
        N: z.number().int(),
        r: z.number().int(),
        p: z.number().int(),
        salt: base64Of(16),
      })
      .strict()
      .refine(isAcceptableScrypt),
    wrapped: wrappedSchema,
  })
  .strict();
const recoverySlotSchema = z
  .object({
    kdf: z.object({ name: z.literal('hkdf-sha256'), salt: base64Of(16) }).strict(),
    wrapped: wrappedSchema,
  })
  .strict();
export const auditAnchorSchema = z.object({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) });
export type AuditAnchor = z.infer<typeof auditAnchorSchema>;
/**
 * The office's seizure settings (issue 17), kept here because they must act before any unlock.
 * Under the MAC, and mirrored in the vault, so a file edited to turn them off is flagged and
 * corrected at the next unlock.
 */
export const seizureSettingsSchema = z
  .object({
    eraseShortcut: z
      .string()
      .max(60)
      .regex(/^[A-Za-z0-9+]+$/)
      .optional(),
    wipeAfterFailures: z.number().int().min(5).max(20).optional(),
  })
  .strict();
export type SeizureSettings = z.infer<typeof seizureSettingsSchema>;

const commonFields = {
  format: z.literal(KEY_FILE_FORMAT),
  vaultId: z.uuid(),
  cipher: z.literal('sqlcipher4'),
  createdAt: z.string().max(40),
  passphrase: passphraseSlotSchema,
  recovery: recoverySlotSchema,
};
const keyFileV1Schema = z.object({ ...commonFields, version: z.literal(1) });
const keyFileV2Schema = z
  .object({
    ...commonFields,
    version: z.literal(2),
    audit: auditAnchorSchema.strict().optional(),
    pending: z
      .object({
        key: wrappedSchema,
        passphrase: passphraseSlotSchema,
        recovery: recoverySlotSchema,
        startedAt: z.string().max(40),
      })
      .strict()
      .optional(),
    recoveryUnconfirmed: z.literal(true).optional(),
    alteredAt: z.string().max(40).optional(),
    seizure: seizureSettingsSchema.optional(),
    /**
     * Wrong passphrases or recovery keys since the last unlock. Outside the MAC: a failure has no
     * data key to seal with. Counted and cleared at the next successful unlock.
     */
    failedUnlocks: z.number().int().min(0).max(1000).optional(),
    mac: base64Of(32),
  })
  .strict();

export type PassphraseSlot = z.infer<typeof passphraseSlotSchema>;
export type RecoverySlot = z.infer<typeof recoverySlotSchema>;
/** What the session holds and writes: a version 2 file without its MAC (added when written). */
export type KeyFile = Omit<z.infer<typeof keyFileV2Schema>, 'mac' | 'version'>;
/** A file as read: its content, and the MAC it carried (none for version 1). */
export interface ReadKeyFile {
  content: KeyFile;
  mac: Buffer | undefined;
}

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
function associatedData(vaultId: string, slot: 'passphrase' | 'recovery' | 'pending'): string {
  return `${KEY_FILE_FORMAT}/v${SLOT_AAD_VERSION}/${vaultId}/${slot}`;
}

export async function passphraseSlot(
  vaultId: string,
  dataKey: Buffer,
  passphrase: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<PassphraseSlot> {
  const salt = randomBytes(16);
  const wrappingKey = await deriveFromPassphrase(passphrase, salt, params);
  const wrapped = wrapKey(dataKey, wrappingKey, associatedData(vaultId, 'passphrase'));
  wrappingKey.fill(0);
  return {
    kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
    wrapped: encodeWrapped(wrapped),
  };
}

export function recoverySlot(vaultId: string, dataKey: Buffer, recoveryKey: string): RecoverySlot {
  const salt = randomBytes(16);
  const wrappingKey = deriveFromRecoveryKey(recoveryKey, salt);
  const wrapped = wrapKey(dataKey, wrappingKey, associatedData(vaultId, 'recovery'));
  wrappingKey.fill(0);
  return { kdf: { name: 'hkdf-sha256', salt: salt.toString('base64') }, wrapped: encodeWrapped(wrapped) };
}

/** The next data key, wrapped by the current one, for the length of a re-encryption. */
export function pendingKey(vaultId: string, nextKey: Buffer, currentKey: Buffer): KeyFile['passphrase']['wrapped'] {
  return encodeWrapped(wrapKey(nextKey, currentKey, associatedData(vaultId, 'pending')));
}

export function unwrapPendingKey(keyFile: KeyFile, currentKey: Buffer): Buffer | undefined {
  if (!keyFile.pending) return undefined;
  return unwrapKey(decodeWrapped(keyFile.pending.key), currentKey, associatedData(keyFile.vaultId, 'pending'));
}

export function newKeyFile(passphrase: PassphraseSlot, recovery: RecoverySlot, vaultId: string): KeyFile {
  return {
    format: KEY_FILE_FORMAT,
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

/** The text the MAC covers: every field of the file but the MAC, in canonical JSON. */
function macContent(content: KeyFile): string {
  const { failedUnlocks: _failed, ...covered } = content;
  return canonicalJson({ ...covered, version: KEY_FILE_VERSION });
}

/** True when the file's MAC was made with this data key over exactly this content. */
export function keyFileMacMatches(file: ReadKeyFile, dataKey: Buffer): boolean {
  return file.mac !== undefined && macMatches(dataKey, MAC_PURPOSE, macContent(file.content), file.mac);
}

function parseKeyFile(json: unknown): ReadKeyFile {
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (!header.success || header.data.format !== KEY_FILE_FORMAT) throw new PanohError('VAULT_NOT_A_VAULT');
  if (header.data.version > KEY_FILE_VERSION) {
    throw new PanohError('VAULT_TOO_NEW', {
      version: `keys ${header.data.version}`,
      supported: `keys ${KEY_FILE_VERSION}`,
    });
  }
  if (header.data.version === 1) {
    const v1 = keyFileV1Schema.safeParse(json);
    if (!v1.success) throw new PanohError('VAULT_KEYS_DAMAGED');
    const { version: _version, ...content } = v1.data;
    return { content, mac: undefined };
  }
  const v2 = keyFileV2Schema.safeParse(json);
  if (!v2.success) throw new PanohError('VAULT_KEYS_DAMAGED');
  const { version: _version, mac, ...content } = v2.data;
  return { content, mac: Buffer.from(mac, 'base64') };
}

/** Reads and validates the key file; `undefined` when it does not exist. Nothing is trusted yet. */
export function readKeyFile(vaultPath: string): ReadKeyFile | undefined {
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
  return parseKeyFile(json);
}

/** Writes the file as version 2, sealed with a MAC under `dataKey` (the key its slots open). */
export function writeKeyFile(vaultPath: string, content: KeyFile, dataKey: Buffer): void {
  const mac = macOf(dataKey, MAC_PURPOSE, macContent(content)).toString('base64');
  const file = { ...content, version: KEY_FILE_VERSION, mac };
  try {
    writeFileAtomic(keyFilePath(vaultPath), `${JSON.stringify(file, null, 2)}\n`);
  } catch (error) {
    throw classifyStorageError(error);
  }
}

/**
 * Counts a failed unlock in the file as it is, its MAC untouched (the count is outside it), so the
 * count outlives a restart and lives nowhere a plain file could be deleted to reset it.
 */
export function writeFailedUnlocks(vaultPath: string, file: ReadKeyFile, failedUnlocks: number): void {
  copyKeyFile(vaultPath, { ...file, content: { ...file.content, failedUnlocks } });
}

/** Copies a key file as read, byte for byte in meaning (a restore keeps the backup's own seal). */
export function copyKeyFile(vaultPath: string, file: ReadKeyFile): void {
  const out = file.mac
    ? { ...file.content, version: KEY_FILE_VERSION, mac: file.mac.toString('base64') }
    : { ...file.content, version: 1 };
  try {
    writeFileAtomic(keyFilePath(vaultPath), `${JSON.stringify(out, null, 2)}\n`);
  } catch (error) {
    throw classifyStorageError(error);
  }
}
