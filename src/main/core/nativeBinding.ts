import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where scripts/native-for-electron.mjs puts a better-sqlite3 binary built for Electron's ABI
 * (node_modules keeps the Node build, for the tests and the CLI). Keep the two in step; the test
 * runs the script to check.
 */
export function electronNativeBindingPath(
  projectRoot: string,
  electronVersion: string,
  platform: string = process.platform,
  arch: string = process.arch,
): string {
  return join(projectRoot, '.native', `electron-${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}

/**
 * The binary to hand the core in an unpackaged run, if it has been built. A packaged app uses the
 * module electron-builder rebuilt for Electron, so it needs none.
 */
export function nativeBindingFor(options: {
  isPackaged: boolean;
  projectRoot: string;
  electronVersion: string | undefined;
}): string | undefined {
  if (options.isPackaged || !options.electronVersion) return undefined;
  const path = electronNativeBindingPath(options.projectRoot, options.electronVersion);
  return existsSync(path) ? path : undefined;
}
