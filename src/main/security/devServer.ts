const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The electron-vite dev server URL (`ELECTRON_RENDERER_URL`), honoured only in an unpackaged run
 * and only on a loopback http(s) address. A packaged app never takes the page it loads (and hands
 * the bridge to) from an environment variable.
 */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const raw = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (!LOOPBACK_HOSTS.has(url.hostname)) return undefined;
    return url.toString();
  } catch {
    return undefined;
  }
}
