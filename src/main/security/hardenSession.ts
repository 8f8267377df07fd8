import type { Session } from 'electron';
import type { RequestPolicy } from './requestPolicy';

export interface SessionHardening {
  /** Which URLs may load at all (see requestPolicy.ts). */
  isAllowed: RequestPolicy;
  /** The Content-Security-Policy header added to every response the page gets. */
  contentSecurityPolicy: string;
}

/**
 * Locks down a session: every permission (camera, microphone, geolocation, notifications, USB,
 * serial, HID, clipboard read, openExternal, ...) is refused, requests outside the policy are
 * cancelled before they leave, every response carries the CSP, nothing is downloaded and the
 * spellchecker (which fetches dictionaries) is off.
 */
export function hardenSession(session: Session, hardening: SessionHardening): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Not present in every Electron build (e.g. when WebUSB/HID/serial are compiled out).
  if (typeof session.setDevicePermissionHandler === 'function') session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !hardening.isAllowed(details) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    // DevTools' own pages keep their own policy.
    if (details.url.startsWith('devtools:')) {
      callback({});
      return;
    }
    const responseHeaders: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') responseHeaders[name] = value;
    }
    responseHeaders['Content-Security-Policy'] = [hardening.contentSecurityPolicy];
    callback({ responseHeaders });
  });

  session.setSpellCheckerEnabled(false);
  session.on('will-download', (event) => event.preventDefault());
}
