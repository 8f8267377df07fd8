import { EventEmitter } from 'node:events';
import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { hardenSession } from './hardenSession';
import { createRequestPolicy } from './requestPolicy';

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
type BeforeRequest = (
  details: { url: string; resourceType: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;
type HeadersReceived = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

class FakeSession extends EventEmitter {
  permissionRequest: RequestHandler | undefined;
  permissionCheck: CheckHandler | undefined;
  devicePermission: ((details: unknown) => boolean) | undefined;
  spellChecker: boolean | undefined;
  beforeRequest: BeforeRequest | undefined;
  headersReceived: HeadersReceived | undefined;
  webRequest = {
    onBeforeRequest: (listener: BeforeRequest) => {
      this.beforeRequest = listener;
    },
    onHeadersReceived: (listener: HeadersReceived) => {
      this.headersReceived = listener;
    },
  };
  setPermissionRequestHandler(handler: RequestHandler) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: CheckHandler) {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: (details: unknown) => boolean) {
    this.devicePermission = handler;
  }
  setSpellCheckerEnabled(enabled: boolean) {
    this.spellChecker = enabled;
  }
}

function harden(): FakeSession {
  const session = new FakeSession();
  hardenSession(session as unknown as Session, {
    isAllowed: createRequestPolicy({ appOrigin: 'panoh://app' }),
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  });
  return session;
}

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'openExternal',
  'fullscreen',
  'serial',
  'hid',
  'usb',
  'display-capture',
  'unknown',
];

describe('hardenSession', () => {
  it('refuses every permission request', () => {
    const session = harden();
    for (const permission of PERMISSIONS) {
      const callback = vi.fn();
      session.permissionRequest?.({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check with false', () => {
    const session = harden();
    for (const permission of PERMISSIONS) {
      expect(session.permissionCheck?.(null, permission, 'panoh://app', {}), permission).toBe(false);
    }
  });

  it('refuses every device (USB, HID, serial) permission', () => {
    const session = harden();
    expect(session.devicePermission?.({ deviceType: 'usb', origin: 'panoh://app' })).toBe(false);
  });

  it('copes with an Electron build without setDevicePermissionHandler', () => {
    const session = new FakeSession();
    Object.defineProperty(session, 'setDevicePermissionHandler', { value: undefined });
    expect(() =>
      hardenSession(session as unknown as Session, {
        isAllowed: () => false,
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      }),
    ).not.toThrow();
  });

  it('cancels requests the policy refuses and lets the app through', () => {
    const session = harden();
    const decide = (url: string, resourceType = 'xhr') => {
      const callback = vi.fn();
      session.beforeRequest?.({ url, resourceType }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('https://example.org/')).toEqual({ cancel: true });
    expect(decide('wss://example.org/', 'webSocket')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('panoh://app/index.html', 'mainFrame')).toEqual({ cancel: false });
  });

  it('adds the CSP to every response, replacing any other policy', () => {
    const session = harden();
    const callback = vi.fn();
    session.headersReceived?.(
      {
        url: 'panoh://app/index.html',
        responseHeaders: { 'content-type': ['text/html'], 'content-security-policy': ['default-src *'] },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'content-type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('adds the CSP when the response has no headers at all', () => {
    const session = harden();
    const callback = vi.fn();
    session.headersReceived?.({ url: 'panoh://app/index.html' }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it("leaves DevTools' own pages alone", () => {
    const session = harden();
    const callback = vi.fn();
    session.headersReceived?.({ url: 'devtools://devtools/bundled/devtools_app.html', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({});
  });

  it('turns the spellchecker off (it downloads dictionaries)', () => {
    expect(harden().spellChecker).toBe(false);
  });

  it('cancels every download', () => {
    const session = harden();
    const event = { preventDefault: vi.fn() };
    session.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
