/**
 * Where Electron's own program is, found the way the `electron` package finds it
 * (node_modules/electron/index.js), but without its side effect: that file starts a download when
 * the program is missing. Used by `npm start`/`npm run dev` (scripts/ensure-electron.mjs) and by
 * the Playwright `electron` project, so both agree on what "installed" means.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} projectRoot
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ executablePath: string, why?: undefined } | { executablePath?: undefined, why: string }}
 */
export function findElectronBinary(projectRoot, env = process.env) {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json'))) return { why: 'the electron package is not installed (npm ci)' };
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executablePath = join(override, relative || 'electron');
    return existsSync(executablePath)
      ? { executablePath }
      : { why: `ELECTRON_OVERRIDE_DIST_PATH names ${executablePath}, which does not exist` };
  }
  if (!relative) return { why: "node_modules/electron/path.txt is missing: Electron's binary was never downloaded" };
  const executablePath = join(packageDir, 'dist', relative);
  return existsSync(executablePath)
    ? { executablePath }
    : { why: `Electron's binary ${executablePath} is missing (a download that did not finish?)` };
}

/** @param {string} projectRoot */
export function electronVersion(projectRoot) {
  return JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}
