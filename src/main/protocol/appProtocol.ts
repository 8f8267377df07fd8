import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurityPolicy';

/**
 * The app's page is served from `panoh://app/`, not file://: a file: page would share its origin
 * with every file on the disk. The scheme is standard (relative URLs, a real origin) and secure
 * (a secure context), and deliberately not corsEnabled, so no other origin can read from it.
 */
export const APP_SCHEME = 'panoh';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app's `ready` event (Electron accepts it only once, before ready). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a `panoh://app/...` URL to a file inside `rootDir`, or undefined when the URL is for another
 * host, cannot be decoded, or would leave the folder (`..`, `%2e%2e`, `%2f`, `%5c`, absolute or
 * drive paths, NUL bytes).
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const relativePath = pathname.replace(/^[/\\]+/, '') || 'index.html';
  const root = resolve(rootDir);
  const target = resolve(root, relativePath);
  const inside = relative(root, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  return target;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

function plain(status: number): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS });
}

/**
 * The protocol handler: a GET (or HEAD) for a file of the built renderer, with its content type and
 * the security headers. Files are read with fs (which reads inside the asar when packaged) rather
 * than `net.fetch(file://...)`, so no file: request exists for the request policy to allow.
 */
export function createAppRequestHandler(
  rootDir: string,
  read: (path: string) => Promise<Uint8Array> = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405);
    const path = resolveAppFile(rootDir, request.url);
    if (!path) return plain(404);
    let body: Uint8Array;
    try {
      body = await read(path);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      return plain(code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' ? 404 : 500);
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(path) },
    });
  };
}

/** Serves the built renderer folder under `panoh://app/` (after ready). */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}
