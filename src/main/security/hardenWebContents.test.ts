import { EventEmitter } from 'node:events';
import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenWebContents } from './hardenWebContents';

class FakeContents extends EventEmitter {
  devToolsClosed = 0;
  closeDevTools(): void {
    this.devToolsClosed++;
  }
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
}

function fakeEvent(url = '') {
  const event = {
    url,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

function harden(appOrigin = 'panoh://app', allowDevTools?: boolean): FakeContents {
  const contents = new FakeContents();
  hardenWebContents(contents as unknown as WebContents, appOrigin, allowDevTools);
  return contents;
}

describe('hardenWebContents', () => {
  for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
    it(`${eventName}: blocks every URL outside the app origin`, () => {
      const contents = harden();
      for (const url of [
        'https://example.org/',
        'http://localhost:5173/',
        'file:///etc/passwd',
        'panoh://evil/index.html',
        'data:text/html,x',
        'javascript:alert(1)',
        'garbage',
      ]) {
        const event = fakeEvent(url);
        contents.emit(eventName, event, url, false, true);
        expect(event.defaultPrevented, url).toBe(true);
      }
    });

    it(`${eventName}: lets the app move within its own origin`, () => {
      const contents = harden();
      const event = fakeEvent('panoh://app/index.html');
      contents.emit(eventName, event, event.url, false, true);
      expect(event.defaultPrevented).toBe(false);
    });
  }

  it('uses the dev server origin when that is the app origin', () => {
    const contents = harden('http://localhost:5173');
    const inside = fakeEvent('http://localhost:5173/index.html');
    const outside = fakeEvent('panoh://app/index.html');
    contents.emit('will-navigate', inside);
    contents.emit('will-navigate', outside);
    expect(inside.defaultPrevented).toBe(false);
    expect(outside.defaultPrevented).toBe(true);
  });

  it('denies every window.open, whatever the URL', () => {
    const contents = harden();
    expect(contents.windowOpenHandler).toBeTypeOf('function');
    for (const url of ['https://example.org/', 'panoh://app/index.html', 'about:blank']) {
      const details = {
        url,
        frameName: '',
        features: '',
        disposition: 'new-window',
        referrer: {},
        postBody: undefined,
      };
      expect(contents.windowOpenHandler?.(details as unknown as HandlerDetails)).toEqual({ action: 'deny' });
    }
  });

  it('refuses to attach any <webview>', () => {
    const contents = harden();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'panoh://app/index.html' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('closes DevTools as soon as they open, unless allowed (development)', () => {
    const production = harden();
    production.emit('devtools-opened');
    expect(production.devToolsClosed).toBe(1);
    const development = harden('http://localhost:5173', true);
    development.emit('devtools-opened');
    expect(development.devToolsClosed).toBe(0);
  });

  it('never reaches shell.openExternal (the module does not import electron at run time)', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('./hardenWebContents.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/openExternal\(/);
    expect(source).not.toMatch(/^import (?!type )[^;]*from 'electron'/m);
  });
});
