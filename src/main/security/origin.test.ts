import { describe, expect, it } from 'vitest';
import { isSameOrigin, originOf } from './origin';

describe('originOf', () => {
  it('gives the custom standard scheme a real origin, as Chromium does', () => {
    expect(originOf('panoh://app/index.html')).toBe('panoh://app');
    expect(originOf('panoh://evil/index.html')).toBe('panoh://evil');
  });

  it('gives http(s) and ws origins with their port', () => {
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(originOf('ws://localhost:5173/')).toBe('ws://localhost:5173');
  });

  it('has no origin for host-less or unparsable URLs', () => {
    for (const url of ['file:///etc/passwd', 'data:text/html,x', 'about:blank', '', 'garbage', 'javascript:alert(1)']) {
      expect(originOf(url)).toBeUndefined();
    }
  });

  it('compares exact origins', () => {
    expect(isSameOrigin('panoh://app/a/b?c#d', 'panoh://app')).toBe(true);
    expect(isSameOrigin('panoh://app.evil/', 'panoh://app')).toBe(false);
    expect(isSameOrigin('panoh://app:8080/', 'panoh://app')).toBe(false);
    expect(isSameOrigin('https://app/', 'panoh://app')).toBe(false);
  });
});
