import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { PanohError } from '../../shared/errors';
import { classifyStorageError } from '../fs/fsErrors';
import { renewDeviceIdentity } from '../sync/deviceIdentity';
import { copyKeyFile, keyFilePath, readKeyFile, unwrapWithPassphrase } from '../vault/keyFile';
import type { ScryptParams } from '../vault/keyWrapping';
import { LATEST_SCHEMA_VERSION } from '../vault/migrations';
import { openEncryptedDatabase, schemaVersion } from '../vault/openDatabase';
import { VaultSession } from '../vault/vaultSession';

/**
 * Restores a backup into a new vault file. Nothing is replaced: the target must not exist, and the
 * backup is opened with the passphrase and checked (cipher, pages, schema) before a byte is copied.
 * The copy is made under a temporary name and renamed, then opened once more to prove it works,
 * and given a device identity of its own for USB sync (see renewDeviceIdentity).
 */
export async function restoreVault(
  from: string,
  to: string,
  passphrase: string,
  options: { scrypt?: ScryptParams } = {},
): Promise<void> {
  if (existsSync(to) || existsSync(keyFilePath(to))) throw new PanohError('VAULT_ALREADY_EXISTS');
  if (!existsSync(from)) throw new PanohError('VAULT_NOT_FOUND');
  const keyFile = readKeyFile(from);
  if (!keyFile) throw new PanohError('VAULT_KEYS_MISSING');
  const dataKey = await unwrapWithPassphrase(keyFile.content, passphrase);
  if (!dataKey) throw new PanohError('WRONG_PASSPHRASE');
  try {
    const backup = openEncryptedDatabase(from, dataKey, { readonly: true });
    try {
      if (schemaVersion(backup) > LATEST_SCHEMA_VERSION) {
        throw new PanohError('VAULT_TOO_NEW', { version: schemaVersion(backup), supported: LATEST_SCHEMA_VERSION });
      }
      if (backup.pragma('integrity_check', { simple: true }) !== 'ok') throw new PanohError('VAULT_DAMAGED');
    } finally {
      backup.close();
    }
  } finally {
    dataKey.fill(0);
  }
  const temp = `${to}.${randomBytes(4).toString('hex')}.partial`;
  try {
    copyFileSync(from, temp);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    copyKeyFile(to, keyFile);
    renameSync(temp, to);
  } catch (error) {
    rmSync(temp, { force: true });
    rmSync(keyFilePath(to), { force: true });
    throw classifyStorageError(error);
  }
  const restored = new VaultSession(to, options);
  await restored.unlock(passphrase);
  try {
    renewDeviceIdentity(restored.database());
  } finally {
    restored.lock();
  }
}
