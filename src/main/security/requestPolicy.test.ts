import { describe, expect, it } from 'vitest';
import { createRequestPolicy } from './requestPolicy';

const production = createRequestPolicy({ appOrigin: 'panoh://app' });
const development = createRequestPolicy({ appOrigin: 'http://localhost:5173', devServerUrl: 'http://localhost:5173/' });

describe('requestPolicy', () => {
  it("allows the app's own scheme and host", () => {
    expect(production({ url: 'panoh://app/index.html', resourceType: 'mainFrame' })).toBe(true);
    expect(production({ url: 'panoh://app/assets/index-1.js', resourceType: 'script' })).toBe(true);
    expect(production({ url: 'panoh://other/index.html', resourceType: 'mainFrame' })).toBe(false);
  });

  it('allows DevTools pages', () => {
    expect(production({ url: 'devtools://devtools/bundled/devtools_app.html', resourceType: 'mainFrame' })).toBe(true);
  });

  it('cancels every network scheme', () => {
    for (const url of [
      'http://example.org/',
      'https://example.org/',
      'ws://example.org/',
      'wss://example.org/',
      'ftp://example.org/',
      'http://localhost:5173/',
      'http://127.0.0.1/',
    ]) {
      for (const resourceType of ['mainFrame', 'xhr', 'webSocket', 'image', 'other']) {
        expect(production({ url, resourceType }), `${url} ${resourceType}`).toBe(false);
      }
    }
  });

  it('cancels file:, other schemes and garbage', () => {
    for (const url of ['file:///etc/passwd', 'chrome://gpu', 'javascript:alert(1)', 'mailto:a@b.c', 'not a url', '']) {
      expect(production({ url, resourceType: 'mainFrame' }), url).toBe(false);
      expect(production({ url, resourceType: 'image' }), url).toBe(false);
    }
  });

  it('allows data: and blob: resources but never as a navigation', () => {
    expect(production({ url: 'data:image/png;base64,AAAA', resourceType: 'image' })).toBe(true);
    expect(production({ url: 'blob:panoh://app/8d1f', resourceType: 'image' })).toBe(true);
    expect(production({ url: 'data:text/html,<script>1</script>', resourceType: 'mainFrame' })).toBe(false);
    expect(production({ url: 'data:text/html,x', resourceType: 'subFrame' })).toBe(false);
    expect(production({ url: 'blob:panoh://app/8d1f', resourceType: 'mainFrame' })).toBe(false);
  });

  it('in development allows the dev server and its HMR socket, and nothing else', () => {
    expect(development({ url: 'http://localhost:5173/src/main.tsx', resourceType: 'script' })).toBe(true);
    expect(development({ url: 'ws://localhost:5173/?token=x', resourceType: 'webSocket' })).toBe(true);
    expect(development({ url: 'http://localhost:5174/', resourceType: 'script' })).toBe(false);
    expect(development({ url: 'https://example.org/', resourceType: 'xhr' })).toBe(false);
    expect(development({ url: 'panoh://app/index.html', resourceType: 'mainFrame' })).toBe(false);
  });
});
