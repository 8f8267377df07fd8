import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './contentSecurityPolicy';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('is the strict production policy', () => {
    expect(Object.fromEntries(directives(CONTENT_SECURITY_POLICY))).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-src': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never allows eval, even in development', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect(contentSecurityPolicy('http://localhost:5173/')).not.toContain('unsafe-eval');
  });

  it('in development allows the dev server inline preamble, styles and HMR socket only', () => {
    const dev = directives(contentSecurityPolicy('http://localhost:5173/'));
    expect(dev.get('script-src')).toBe("'self' 'unsafe-inline'");
    expect(dev.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(dev.get('connect-src')).toBe("'self' ws://localhost:5173");
    expect(dev.get('default-src')).toBe("'self'");
    expect(dev.get('frame-src')).toBe("'none'");
  });
});
