import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a crash or a pulled USB stick leaves either the old content or the new,
 * never a torn mix: write a temporary sibling, flush it, rename over the target, flush the folder.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = temporarySibling(path);
  writeExclusively(temp, data);
  try {
    renameSync(temp, path);
    syncFolder(dirname(path));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Like writeFileAtomic, but never replaces a file: when `path` exists it throws (code EEXIST) and
 * changes nothing. An export must not silently replace an earlier one (a password-protected copy
 * by a plain one). The finished file appears whole, by a hard link; where the file system has no
 * hard links (FAT and exFAT USB sticks) it is written in place, exclusively.
 */
export function writeNewFileAtomic(path: string, data: string | Uint8Array): void {
  const written = writeFirstFreeFileAtomic([path], data);
  if (written === undefined) throw Object.assign(new Error('file exists'), { code: 'EEXIST' });
}

/**
 * Writes `data` once to a temporary sibling, then gives it the first of `paths` not taken (each
 * try is a link, not another write); returns that path, or undefined when every one is taken. All
 * paths must be in one folder.
 */
export function writeFirstFreeFileAtomic(paths: Iterable<string>, data: string | Uint8Array): string | undefined {
  let temp: string | undefined;
  try {
    for (const path of paths) {
      temp ??= temporarySibling(path);
      if (!existsSync(temp)) writeExclusively(temp, data);
      try {
        try {
          linkSync(temp, path);
        } catch (error) {
          if (!isNoHardLinks(error)) throw error;
          writeExclusively(path, data);
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException | undefined)?.code === 'EEXIST') continue;
        throw error;
      }
      syncFolder(dirname(path));
      return path;
    }
    return undefined;
  } finally {
    if (temp) rmSync(temp, { force: true });
  }
}

function isNoHardLinks(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS' || code === 'EXDEV';
}

const temporarySibling = (path: string) =>
  join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);

/** Creates `path` (never over an existing file), private to this user, written and flushed; removed if that fails. */
function writeExclusively(path: string, data: string | Uint8Array): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'wx', 0o600);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    // Only what this call created: EEXIST means the file was someone else's.
    if ((error as NodeJS.ErrnoException | undefined)?.code !== 'EEXIST') rmSync(path, { force: true });
    throw error;
  }
}

export function syncFolder(folder: string): void {
  // Windows cannot open a directory for fsync; the rename is durable enough there.
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
