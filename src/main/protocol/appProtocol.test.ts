import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurityPolicy';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  contentTypeFor,
  createAppRequestHandler,
  registerAppScheme,
  resolveAppFile,
  serveAppProtocol,
} from './appProtocol';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'panoh-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Panoh</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'noto.woff2'), Buffer.from([1, 2, 3]));
  writeFileSync(join(base, 'secret.txt'), 'outside the renderer folder');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app scheme', () => {
  it('is panoh://app, loading index.html', () => {
    expect(APP_ORIGIN).toBe('panoh://app');
    expect(APP_ENTRY_URL).toBe('panoh://app/index.html');
  });

  it('is registered as standard, secure and fetchable, and nothing more', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'panoh', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('is served by a handler on the panoh scheme', () => {
    const handle = vi.fn();
    serveAppProtocol({ handle } as unknown as Pick<Protocol, 'handle'>, root);
    expect(handle).toHaveBeenCalledWith('panoh', expect.any(Function));
  });
});

describe('resolveAppFile', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppFile(root, 'panoh://app/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'panoh://app/assets/index-abc.js?v=1#x')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'panoh://app/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'panoh://app/assets/a%20b.js')).toBe(join(root, 'assets', 'a b.js'));
  });

  it.each([
    'panoh://app/../secret.txt',
    'panoh://app/assets/../../secret.txt',
    'panoh://app/%2e%2e/secret.txt',
    'panoh://app/%2E%2E/secret.txt',
    'panoh://app/assets/%2e%2e/%2e%2e/secret.txt',
    'panoh://app/..%2fsecret.txt',
    'panoh://app/%2e%2e%2fsecret.txt',
    'panoh://app/assets%2f..%2f..%2fsecret.txt',
  ])('refuses traversal %s', (url) => {
    const resolved = resolveAppFile(root, url);
    expect(resolved === undefined || resolved.startsWith(join(root, '/'))).toBe(true);
  });

  it('keeps absolute and drive paths inside the folder', () => {
    for (const url of [
      'panoh://app//etc/passwd',
      'panoh://app/%2fetc%2fpasswd',
      `panoh://app/${encodeURIComponent(join(base, 'secret.txt'))}`,
      'panoh://app/C:%5cWindows%5cwin.ini',
    ]) {
      const resolved = resolveAppFile(root, url);
      expect(resolved === undefined || resolved.startsWith(join(root, '/')), url).toBe(true);
    }
  });

  it('refuses other hosts and schemes, NUL bytes and malformed escapes', () => {
    expect(resolveAppFile(root, 'panoh://evil/index.html')).toBeUndefined();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeUndefined();
    expect(resolveAppFile(root, 'https://app/index.html')).toBeUndefined();
    expect(resolveAppFile(root, 'panoh://app/index.html%00.png')).toBeUndefined();
    expect(resolveAppFile(root, 'panoh://app/%E0%A4%A')).toBeUndefined();
    expect(resolveAppFile(root, 'not a url')).toBeUndefined();
  });
});

describe('contentTypeFor', () => {
  it('gives the right types', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/b.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('x.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
    expect(contentTypeFor('Makefile')).toBe('application/octet-stream');
  });
});

describe('createAppRequestHandler', () => {
  const get = (url: string, method = 'GET') => createAppRequestHandler(root)(new Request(url, { method }));

  it('serves index.html with its type and the security headers', async () => {
    const response = await get('panoh://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Panoh</title>');
  });

  it('serves scripts, styles and fonts with their types', async () => {
    expect((await get('panoh://app/assets/index-abc.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('panoh://app/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const font = await get('panoh://app/assets/noto.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('answers 404 for missing files, folders, traversal and other hosts', async () => {
    expect((await get('panoh://app/missing.js')).status).toBe(404);
    expect((await get('panoh://app/assets')).status).toBe(404);
    expect((await get('panoh://app/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('panoh://app/..%2fsecret.txt')).status).toBe(404);
    expect((await get('panoh://evil/index.html')).status).toBe(404);
    const traversal = await get('panoh://app/%2e%2e/secret.txt');
    expect(await traversal.text()).not.toContain('outside');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('panoh://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('panoh://app/index.html', 'POST')).status).toBe(405);
  });

  it('answers 500 without details when the file cannot be read', async () => {
    const handler = createAppRequestHandler(root, async () => {
      throw Object.assign(new Error('EACCES: permission denied, open /secret/path'), { code: 'EACCES' });
    });
    const response = await handler(new Request('panoh://app/index.html'));
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('');
  });
});
