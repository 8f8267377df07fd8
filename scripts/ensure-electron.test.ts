import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary.mjs';
import { ensureElectronBinary, linuxSandboxProblem, type SandboxProbes } from './ensure-electron.mjs';

/**
 * A project folder with a stand-in `electron` package whose install.js behaves like the real one:
 * it downloads (here: writes) the program and path.txt, or fails the way @electron/get does offline.
 */
let root: string;

function fakeElectron(installScript: string): void {
  const dir = join(root, 'node_modules', 'electron');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0' }));
  writeFileSync(join(dir, 'install.js'), installScript);
}

const OFFLINE_INSTALL = `
console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:13502:13\\n    at async downloadArtifact');
process.exit(1);
`;
const WORKING_INSTALL = `
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
mkdirSync(join(__dirname, 'dist'), { recursive: true });
writeFileSync(join(__dirname, 'dist', 'electron'), '#!/bin/sh\\n');
writeFileSync(join(__dirname, 'path.txt'), 'electron');
`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'panoh-electron-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("npm start's first step", () => {
  it('says the download failed, why, and what to do; never "Electron uninstall" or a stack', () => {
    fakeElectron(OFFLINE_INSTALL);
    const result = ensureElectronBinary(root, {});
    expect(result).toHaveProperty('problem');
    const problem = 'problem' in result ? result.problem : '';
    expect(problem).toContain('Could not download the program of Electron 45.5.0: TypeError: fetch failed.');
    expect(problem).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(problem).not.toMatch(/uninstall|undici|\bat /);
  });

  it('downloads once, then finds the program where the electron package itself looks', () => {
    fakeElectron(WORKING_INSTALL);
    expect(findElectronBinary(root, {})).toMatchObject({ why: expect.stringContaining('path.txt is missing') });
    const result = ensureElectronBinary(root, {});
    expect(result).toEqual({ executablePath: join(root, 'node_modules', 'electron', 'dist', 'electron') });
    fakeElectron(OFFLINE_INSTALL);
    expect(ensureElectronBinary(root, {})).toEqual(result);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    fakeElectron(OFFLINE_INSTALL);
    const dist = join(root, 'own-electron');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist }).why).toContain('does not exist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'electron'), '');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({
      executablePath: join(dist, 'electron'),
    });
  });
});

describe('the Linux sandbox check', () => {
  const program = '/home/lawyer/panoh/node_modules/electron/dist/electron';
  const restricted: SandboxProbes = {
    platform: 'linux',
    isRoot: false,
    helperIsSetuidRoot: () => false,
    userNamespacesWork: () => false,
    appArmorProfileNames: () => false,
  };

  it('explains both fixes, with the real paths, where namespaces are restricted', () => {
    const problem = linuxSandboxProblem(program, restricted) ?? '';
    expect(problem).toContain(`profile panoh-dev-electron "${program}" flags=(unconfined)`);
    expect(problem).toContain('sudo chmod 4755 "/home/lawyer/panoh/node_modules/electron/dist/chrome-sandbox"');
    expect(problem).not.toContain('--no-sandbox');
  });

  it('is quiet where any of the three ways to sandbox works, and off Linux', () => {
    expect(linuxSandboxProblem(program, { ...restricted, userNamespacesWork: () => true })).toBeUndefined();
    expect(linuxSandboxProblem(program, { ...restricted, helperIsSetuidRoot: () => true })).toBeUndefined();
    expect(linuxSandboxProblem(program, { ...restricted, appArmorProfileNames: () => true })).toBeUndefined();
    expect(linuxSandboxProblem(program, { ...restricted, platform: 'win32' })).toBeUndefined();
  });

  it('asks a root user to run as themselves rather than turn the sandbox off', () => {
    expect(linuxSandboxProblem(program, { ...restricted, isRoot: true })).toContain('run this as your own user');
  });
});
