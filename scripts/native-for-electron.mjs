#!/usr/bin/env node
/**
 * Makes a better-sqlite3-multiple-ciphers binary for Electron's ABI, for running the app from
 * source (`npm start`, `npm run dev`). node_modules keeps its own Node build, which the tests and
 * the CLI use; this script never touches it. The Electron build goes to
 *   .native/electron-<version>-<platform>-<arch>/better_sqlite3.node
 * and the main process hands that path to the core (src/main/core/nativeBinding.ts).
 *
 * How: copy the package to a temporary folder, run `prebuild-install --runtime electron` there
 * (downloads the maintainers' prebuilt binary), or failing that `node-gyp rebuild` against
 * Electron's headers; then copy the .node file into place.
 *
 *   node scripts/native-for-electron.mjs             build if missing
 *   node scripts/native-for-electron.mjs --force     build again
 *   node scripts/native-for-electron.mjs --print-path
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE = 'better-sqlite3-multiple-ciphers';
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(projectRoot, 'package.json'));

/** Keep in step with electronNativeBindingPath in src/main/core/nativeBinding.ts. */
export function electronNativeBindingPath(root, electronVersion, platform = process.platform, arch = process.arch) {
  return join(root, '.native', `electron-${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}

/** Progress goes to stdout (the lint allows console.error/warn only; this is not an error). */
function say(line) {
  process.stdout.write(`${line}\n`);
}

function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`));
}

function electronVersion() {
  return JSON.parse(readFileSync(join(packageDir('electron'), 'package.json'), 'utf8')).version;
}

function run(label, args, cwd) {
  say(`native-for-electron: ${label}…`);
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function build(version, target) {
  const work = mkdtempSync(join(tmpdir(), 'panoh-native-'));
  try {
    const moduleCopy = join(work, MODULE);
    // Copy the sources, not node_modules' own build/ (the Node binary and its objects).
    const source = packageDir(MODULE);
    cpSync(source, moduleCopy, { recursive: true, filter: (path) => relative(source, path) !== 'build' });
    const arch = process.arch;
    const built = join(moduleCopy, 'build', 'Release', 'better_sqlite3.node');

    const prebuilt = run(
      `prebuild-install --runtime electron --target ${version} (download a prebuilt binary)`,
      [
        join(packageDir('prebuild-install'), 'bin.js'),
        '--runtime',
        'electron',
        '--target',
        version,
        '--arch',
        arch,
        '--verbose',
      ],
      moduleCopy,
    );
    const compiled =
      (prebuilt && existsSync(built)) ||
      run(
        `node-gyp rebuild against Electron ${version} headers (compile; needs Python and a C++ compiler)`,
        [
          join(packageDir('node-gyp'), 'bin', 'node-gyp.js'),
          'rebuild',
          '--release',
          `--target=${version}`,
          `--arch=${arch}`,
          '--dist-url=https://electronjs.org/headers',
          `--devdir=${join(projectRoot, '.native', 'electron-gyp')}`,
        ],
        moduleCopy,
      );
    if (!compiled || !existsSync(built)) return false;
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(built, target);
    return true;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main(argv) {
  const version = electronVersion();
  const target = electronNativeBindingPath(projectRoot, version);
  if (argv.includes('--print-path')) {
    say(target);
    return 0;
  }
  if (existsSync(target) && !argv.includes('--force')) {
    say(`native-for-electron: ${relative(projectRoot, target)} is present.`);
    return 0;
  }
  say(`native-for-electron: building ${MODULE} for Electron ${version} (${process.platform}-${process.arch}).`);
  if (build(version, target)) {
    say(`native-for-electron: wrote ${relative(projectRoot, target)}.`);
    return 0;
  }
  console.error(
    [
      '',
      `native-for-electron: could not get ${MODULE} for Electron ${version}.`,
      '  Both ways need the network: prebuild-install downloads from GitHub releases, node-gyp downloads',
      '  Electron headers from electronjs.org (and then needs Python and a C++ toolchain).',
      '  Without this binary the app starts but cannot open the vault when run from source.',
      '  node_modules was not changed; tests and the CLI keep working.',
      '  Retry on a connected machine: node scripts/native-for-electron.mjs',
      '',
    ].join('\n'),
  );
  return 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
