#!/usr/bin/env node
/**
 * The first step of `npm start` and `npm run dev`: makes sure Electron's own program is there and
 * can start with its sandbox, and says plainly what to do when not.
 *
 * Electron 45's npm package installs no binary: the first `require('electron')` downloads it, and
 * electron-vite fails before that with "Electron uninstall". So the download happens here, once,
 * with a message a new developer can act on when it fails (no network, a proxy, a mirror).
 * Nothing is compiled: the SQLite module is Node-API and loads in Electron as it is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion, findElectronBinary } from './electron-binary.mjs';

/** @param {string} line */
const say = (line) => process.stdout.write(`${line}\n`);

/** The first line of what the downloader printed, without a stack: "TypeError: fetch failed". */
function firstLine(/** @type {string} */ text) {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '');
  return (line ?? 'no reason given').trim().slice(0, 200);
}

/**
 * @param {string} projectRoot
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ executablePath: string } | { problem: string }}
 */
export function ensureElectronBinary(projectRoot, env = process.env) {
  const found = findElectronBinary(projectRoot, env);
  if (found.executablePath) return { executablePath: found.executablePath };
  const version = electronVersion(projectRoot);
  say(`Downloading the program of Electron ${version} (once, about 100 MB)…`);
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'electron', 'install.js')], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  const after = findElectronBinary(projectRoot, env);
  if (after.executablePath) return { executablePath: after.executablePath };
  return {
    problem: [
      `Could not download the program of Electron ${version}: ${firstLine(result.stderr ?? '')}.`,
      '  Panoh needs it to run as a desktop app (npm start, npm run dev); the tests and the command line',
      '  (bin/panoh) do not. It comes from github.com/electron/electron/releases, or from ELECTRON_MIRROR.',
      '  - connect to the internet and run the command again (behind a proxy, set HTTPS_PROXY and',
      '    ELECTRON_GET_USE_PROXY=1); or',
      `  - unpack Electron ${version} for this system somewhere and set ELECTRON_OVERRIDE_DIST_PATH to that folder.`,
    ].join('\n'),
  };
}

/** True when an AppArmor profile names this very program (the usual fix on Ubuntu 24.04+). */
function appArmorProfileNames(/** @type {string} */ executablePath) {
  try {
    return readdirSync('/etc/apparmor.d', { withFileTypes: true }).some(
      (entry) => entry.isFile() && readFileSync(join('/etc/apparmor.d', entry.name), 'utf8').includes(executablePath),
    );
  } catch {
    return false;
  }
}

/** @type {import('./ensure-electron.d.mts').SandboxProbes} */
const realSystem = {
  platform: process.platform,
  isRoot: process.getuid?.() === 0,
  helperIsSetuidRoot: (helper) => {
    if (!existsSync(helper)) return false;
    const stat = statSync(helper);
    return stat.uid === 0 && (stat.mode & 0o4755) === 0o4755;
  },
  userNamespacesWork: () =>
    spawnSync('unshare', ['--user', '--map-root-user', 'true'], { stdio: 'ignore' }).status === 0,
  appArmorProfileNames,
};

/**
 * Chromium sandboxes its processes with unprivileged user namespaces or, failing those, with the
 * setuid helper `chrome-sandbox`. Ubuntu 24.04 and later restrict the namespaces through AppArmor,
 * and Electron then aborts with a cryptic FATAL line. Panoh never runs with `--no-sandbox`, so
 * this says what to do instead, with the paths filled in.
 * @param {string} executablePath
 * @param {import('./ensure-electron.d.mts').SandboxProbes} [system]
 * @returns {string | undefined}
 */
export function linuxSandboxProblem(executablePath, system = realSystem) {
  if (system.platform !== 'linux') return undefined;
  if (system.isRoot) {
    return 'Electron does not start as root with its sandbox, and Panoh does not run without it: run this as your own user.';
  }
  const helper = join(dirname(executablePath), 'chrome-sandbox');
  if (system.helperIsSetuidRoot(helper) || system.userNamespacesWork() || system.appArmorProfileNames(executablePath)) {
    return undefined;
  }
  return [
    'Electron cannot start its sandbox on this computer, and Panoh does not run without it.',
    'This Linux restricts unprivileged user namespaces (Ubuntu 24.04 and later do, through AppArmor).',
    "Allow them for this checkout's Electron with an AppArmor profile (once; needs sudo):",
    '',
    "  sudo tee /etc/apparmor.d/panoh-dev-electron >/dev/null <<'EOF'",
    '  abi <abi/4.0>,',
    '  include <tunables/global>',
    `  profile panoh-dev-electron "${executablePath}" flags=(unconfined) {`,
    '    userns,',
    '  }',
    '  EOF',
    '  sudo apparmor_parser -r /etc/apparmor.d/panoh-dev-electron',
    '',
    "or make Electron's sandbox helper setuid root:",
    '',
    `  sudo chown root:root "${helper}" && sudo chmod 4755 "${helper}"`,
    '',
    'docs/linux.md says more (and what the packaged app needs).',
  ].join('\n');
}

function main() {
  const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
  const binary = ensureElectronBinary(projectRoot);
  if ('problem' in binary) {
    console.error(binary.problem);
    return 1;
  }
  const sandbox = linuxSandboxProblem(binary.executablePath);
  if (sandbox) {
    console.error(sandbox);
    return 1;
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
