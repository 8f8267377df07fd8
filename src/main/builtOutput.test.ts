import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The packaged app loads out/main/*.js from inside app.asar, and what those files still
 * `require()` from node_modules must load there as CommonJS: require(esm) from an asar archive is
 * not something to depend on. So the real build is made (into a temporary folder, so this never
 * reads a stale out/) and every bare require left in it is checked.
 */
const projectRoot = join(__dirname, '../..');
let outDir: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'panoh-build-'));
  execFileSync(
    process.execPath,
    [join(projectRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir],
    {
      cwd: projectRoot,
      stdio: 'pipe',
    },
  );
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function requiredPackages(dir: string): string[] {
  const specifiers = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .flatMap((entry) =>
      [...readFileSync(join(entry.parentPath, entry.name), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map(
        (match) => match[1] ?? '',
      ),
    );
  const builtins = new Set(builtinModules);
  const packageOf = (specifier: string) =>
    specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? '');
  return [
    ...new Set(
      specifiers
        .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'))
        .filter((specifier) => !builtins.has(specifier) && specifier !== 'electron')
        .map(packageOf),
    ),
  ].sort();
}

describe('the built main process and core host', () => {
  it('require only production dependencies, which electron-builder packs', () => {
    const { dependencies } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const required = requiredPackages(join(outDir, 'main'));
    expect(required).toContain('better-sqlite3-multiple-ciphers');
    for (const name of required) expect(Object.keys(dependencies), name).toContain(name);
  });

  it('load every one of them as CommonJS, without require(esm)', () => {
    const required = requiredPackages(join(outDir, 'main'));
    const load = spawnSync(
      process.execPath,
      ['--no-experimental-require-module', '-e', `for (const name of ${JSON.stringify(required)}) require(name);`],
      { cwd: projectRoot, encoding: 'utf8' },
    );
    expect(load.stderr).toBe('');
    expect(load.status).toBe(0);
  });

  it('bundle the ES-module-only dependencies instead of requiring them', () => {
    expect(requiredPackages(join(outDir, 'main'))).not.toContain('@scure/bip39');
    const coreHost = readFileSync(join(outDir, 'main', 'coreHost.js'), 'utf8');
    // The English BIP39 word list travels inside the core host itself.
    expect(coreHost).toContain('abandon');
  });
});
