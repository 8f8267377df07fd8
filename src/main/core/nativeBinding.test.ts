import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronNativeBindingPath, nativeBindingFor } from './nativeBinding';

const projectRoot = join(import.meta.dirname, '../../..');

describe('native binding for Electron', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('is where scripts/native-for-electron.mjs puts it', () => {
    const printed = execFileSync(
      process.execPath,
      [join(projectRoot, 'scripts/native-for-electron.mjs'), '--print-path'],
      {
        encoding: 'utf8',
      },
    ).trim();
    const version = JSON.parse(readFileSync(join(projectRoot, 'node_modules/electron/package.json'), 'utf8')).version;
    expect(printed).toBe(electronNativeBindingPath(projectRoot, version));
    expect(printed).toContain(join('.native', `electron-${version}-${process.platform}-${process.arch}`));
  });

  it('is used only when not packaged and present', () => {
    dir = mkdtempSync(join(tmpdir(), 'panoh-native-'));
    const options = { projectRoot: dir, electronVersion: '45.5.0' };
    expect(nativeBindingFor({ ...options, isPackaged: false })).toBeUndefined();
    const path = electronNativeBindingPath(dir, '45.5.0');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '');
    expect(nativeBindingFor({ ...options, isPackaged: false })).toBe(path);
    expect(nativeBindingFor({ ...options, isPackaged: true })).toBeUndefined();
    expect(nativeBindingFor({ ...options, isPackaged: false, electronVersion: undefined })).toBeUndefined();
  });
});
