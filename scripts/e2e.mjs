#!/usr/bin/env node
/**
 * `npm run test:e2e`: the Playwright projects. On a Linux machine without a display, where an
 * Electron binary is installed, the run goes under `xvfb-run` so the `electron` project can open
 * the app's window; everywhere else Playwright runs as it is (the chromium-bridge project is
 * headless, and the electron project says why it skips).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const playwright = [
  join(projectRoot, 'node_modules', '@playwright', 'test', 'cli.js'),
  'test',
  ...process.argv.slice(2),
];

const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const wantsDisplay = noDisplay && findElectronBinary(projectRoot).executablePath !== undefined;
const hasXvfb = wantsDisplay && spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error === undefined;

const [command, args] = hasXvfb
  ? ['xvfb-run', ['--auto-servernum', '--server-args=-screen 0 1440x900x24', process.execPath, ...playwright]]
  : [process.execPath, playwright];
const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' });
process.exitCode = result.status ?? 1;
