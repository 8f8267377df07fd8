import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { syncFolder } from '../fs/atomicWrite';
import { isNotFound } from '../fs/fsErrors';
import { keyFilePath } from './keyFile';

/** Overwrites in chunks, so a large leftover never needs its size in memory at once. */
const CHUNK = 64 * 1024;

/**
 * Overwrites a file's bytes where they lie (opened r+, not replaced: a rename would leave the old
 * blocks on disk), flushes, then removes it. Returns whether there was a file. On a copy-on-write
 * or wear-levelled disk the old blocks may still survive below the file system (docs/security.md).
 */
export function destroyFile(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
  try {
    const { size } = fstatSync(fd);
    for (let offset = 0; offset < size; offset += CHUNK) {
      const chunk = randomBytes(Math.min(CHUNK, size - offset));
      writeSync(fd, chunk, 0, chunk.length, offset);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(path, { force: true });
  return true;
}

/** Every file that may hold a copy of the key slots: the key file, its atomic-write leftovers, a re-key's copy. */
function keyCopies(vaultPath: string): string[] {
  const keys = keyFilePath(vaultPath);
  const folder = dirname(keys);
  const tempPrefix = `.${basename(keys)}.`;
  let leftovers: string[] = [];
  try {
    leftovers = readdirSync(folder)
      .filter((name) => name.startsWith(tempPrefix) && name.endsWith('.tmp'))
      .map((name) => join(folder, name));
  } catch {
    leftovers = [];
  }
  return [keys, ...leftovers];
}

/** Where the erased vault file is kept: its noise stays, but a new vault can be created in its place. */
export function erasedVaultPath(vaultPath: string): string {
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? `${vaultPath}.erased` : `${vaultPath}.erased-${n}`;
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Destroys the key slots of a closed vault: every copy of the key file is overwritten and removed,
 * the re-key copy a crash may have left (it opens with a key nobody holds any more, but it is a
 * whole vault) and the WAL and shared-memory files go the same way, and the vault file, now noise
 * that no passphrase or recovery key opens, is moved aside so the create screen can follow.
 * Returns where the vault file went (undefined when there was none).
 */
export function eraseVaultKeys(vaultPath: string): string | undefined {
  for (const path of keyCopies(vaultPath)) destroyFile(path);
  for (const suffix of ['.rekey', '.rekey-journal', '.rekey-wal', '.rekey-shm', '-wal', '-shm']) {
    destroyFile(`${vaultPath}${suffix}`);
  }
  syncFolder(dirname(vaultPath));
  if (!existsSync(vaultPath)) return undefined;
  const aside = erasedVaultPath(vaultPath);
  renameSync(vaultPath, aside);
  syncFolder(dirname(vaultPath));
  return aside;
}
