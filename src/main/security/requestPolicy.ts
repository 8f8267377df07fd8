import { originOf } from './origin';

/** What the policy needs to know of a request (a subset of Electron's onBeforeRequest details). */
export interface RequestInfo {
  url: string;
  resourceType: string;
}

export type RequestPolicy = (request: RequestInfo) => boolean;

export interface RequestPolicyOptions {
  /** The app's own origin, e.g. `panoh://app`. */
  appOrigin: string;
  /** In development only: the electron-vite dev server, whose HMR websocket is also allowed. */
  devServerUrl?: string | undefined;
}

const NAVIGATIONS = new Set(['mainFrame', 'subFrame']);

/**
 * Decides which URLs the session may load: the app's own scheme and host, DevTools' own pages,
 * data:/blob: resources (never as a navigation), and in development the dev server. Everything
 * else (http, https, ws, wss, ftp, file, other schemes and hosts) is cancelled. The app works
 * offline; any network request is a leak or an attack.
 */
export function createRequestPolicy(options: RequestPolicyOptions): RequestPolicy {
  const allowedOrigins = new Set([options.appOrigin]);
  if (options.devServerUrl) {
    const dev = new URL(options.devServerUrl);
    allowedOrigins.add(dev.origin);
    allowedOrigins.add(`${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`);
  }
  return ({ url, resourceType }) => {
    let scheme: string;
    try {
      scheme = new URL(url).protocol;
    } catch {
      return false;
    }
    if (scheme === 'devtools:') return true;
    if (scheme === 'data:' || scheme === 'blob:') return !NAVIGATIONS.has(resourceType);
    const origin = originOf(url);
    return origin !== undefined && allowedOrigins.has(origin);
  };
}
