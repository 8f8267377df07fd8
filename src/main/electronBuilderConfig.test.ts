import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// js-yaml and ajv come with electron-builder (dev dependency); they ship no types we rely on.
const projectRoot = join(import.meta.dirname, '../..');
const require = createRequire(join(projectRoot, 'package.json'));
const yaml = require('js-yaml') as { load(text: string): unknown };
// electron-builder matches its `files` patterns with minimatch.
const { minimatch } = require('minimatch') as { minimatch(path: string, pattern: string): boolean };

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  nodeGypRebuild: boolean;
  buildDependenciesFromSource: boolean;
  electronFuses: Record<string, boolean>;
  publish: unknown;
  win: { target: { target: string; arch: string[] }[]; files: string[] };
  nsis: { deleteAppDataOnUninstall: boolean };
  linux: { target: string[]; category: string; maintainer: string; files: string[] };
  mac: { target: string; hardenedRuntime: boolean; files: string[] };
}

const config = yaml.load(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('flips every fuse the security model asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app in an asar and unpacks only the prebuilt SQLite binaries', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/node_modules/better-sqlite3-multiple-ciphers/prebuilds/**']);
    expect(config.files.slice(0, 3)).toEqual(['out/**', 'package.json', 'resources/fonts/**']);
    expect(config.files).toContain('!**/node_modules/better-sqlite3-multiple-ciphers/{deps,src}/**');
  });

  it('rebuilds nothing: the Node-API binary serves Electron as it is, and node_modules stays as tests need it', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
    const { scripts } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.dist).not.toMatch(/rebuild/);
  });

  it("gives each installer its own system's SQLite binaries and no other", () => {
    const prebuilds = readdirSync(join(projectRoot, 'node_modules/better-sqlite3-multiple-ciphers/prebuilds'));
    const kept = (files: string[]) =>
      prebuilds.filter(
        (file) =>
          !files.some((pattern) =>
            minimatch(`node_modules/better-sqlite3-multiple-ciphers/prebuilds/${file}`, pattern.slice(1)),
          ),
      );
    expect(kept(config.linux.files)).toEqual(
      expect.arrayContaining(['linux-x64.node', 'linux-arm64.node', 'linuxmusl-x64.node']),
    );
    expect(kept(config.linux.files).every((file) => file.startsWith('linux'))).toBe(true);
    expect(kept(config.win.files)).toEqual(['win32-arm64.node', 'win32-x64.node']);
    expect(kept(config.mac.files)).toEqual(['darwin-arm64.node', 'darwin-x64.node']);
  });

  it('names the app, its folders and its targets', () => {
    expect(config.appId).toBe('kz.panoh.app');
    expect(config.productName).toBe('Panoh');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'resources' });
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toBeTruthy();
    expect(config.mac).toMatchObject({ target: 'dmg', hardenedRuntime: true });
  });

  it('never publishes and never deletes the user data (the vault) on uninstall', () => {
    expect(config.publish).toBeNull();
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it("matches electron-builder's own schema (app-builder-lib/scheme.json)", () => {
    type Validate = ((data: unknown) => boolean) & { errors?: unknown };
    const Ajv = require('ajv') as new (options: object) => { compile(schema: unknown): Validate };
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? null).toBeNull();
    expect(valid).toBe(true);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNodeTypo: false } })).toBe(false);
  });
});
