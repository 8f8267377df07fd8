import { describe, expect, it } from 'vitest';
import { devServerUrl } from './devServer';

describe('devServerUrl', () => {
  it('takes the electron-vite dev server in an unpackaged run', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173/');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe('http://127.0.0.1:5173/');
  });

  it('is ignored in a packaged app', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeUndefined();
  });

  it('accepts only loopback http(s) addresses', () => {
    for (const url of [
      'https://example.org',
      'http://192.168.1.5:5173',
      'file:///tmp/index.html',
      'javascript:1',
      'x',
    ]) {
      expect(devServerUrl({ ELECTRON_RENDERER_URL: url }, false)).toBeUndefined();
    }
    expect(devServerUrl({}, false)).toBeUndefined();
  });
});
