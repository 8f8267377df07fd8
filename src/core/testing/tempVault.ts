import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScryptParams } from '../vault/keyWrapping';

/** A cheap KDF for tests only: the code path is the same, the cost is not the point there. */
export const TEST_SCRYPT: ScryptParams = { N: 2 ** 12, r: 8, p: 1 };

export function makeTempDir(prefix = 'panoh-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** SHA-256 of each file that exists, so a test can prove nothing on disk changed. */
export function fingerprint(paths: string[]): Record<string, string | null> {
  return Object.fromEntries(
    paths.map((path) => [
      path,
      existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null,
    ]),
  );
}

export function vaultFiles(vaultPath: string): string[] {
  return [vaultPath, `${vaultPath}.keys`, `${vaultPath}-wal`, `${vaultPath}-shm`];
}

/** True when `needle` appears in the file in UTF-8, UTF-16LE or UTF-16BE. */
export function fileContainsText(path: string, needle: string): boolean {
  if (!existsSync(path)) return false;
  const bytes = readFileSync(path);
  const le = Buffer.from(needle, 'utf16le');
  const be = Buffer.from(le).swap16();
  return [Buffer.from(needle, 'utf8'), le, be].some((pattern) => bytes.includes(pattern));
}

/**
 * Makes a folder that even root cannot write to (tests run as root in CI, where chmod alone does
 * not stop writes): the immutable attribute where the file system allows it, chmod otherwise.
 * Verifies the result, so a test never silently checks nothing.
 */
export function makeReadOnlyFolder(dir: string): () => void {
  let undo: () => void;
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', dir]);
    undo = () => execFileSync('chattr', ['-i', dir]);
  } else {
    chmodSync(dir, 0o555);
    undo = () => chmodSync(dir, 0o755);
  }
  try {
    writeFileSync(join(dir, '.probe'), 'x');
  } catch {
    return undo;
  }
  undo();
  throw new Error(`could not make ${dir} read-only for the test`);
}
