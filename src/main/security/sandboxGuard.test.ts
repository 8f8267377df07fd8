import { describe, expect, it } from 'vitest';
import { languageOfLocale, refusesToRunUnsandboxed } from './sandboxGuard';

describe('the sandbox guard', () => {
  it('refuses --no-sandbox in a packaged app, whatever the environment says', () => {
    expect(refusesToRunUnsandboxed({ noSandboxSwitch: true, isPackaged: true, env: {} })).toBe(true);
    expect(
      refusesToRunUnsandboxed({ noSandboxSwitch: true, isPackaged: true, env: { PANOH_TEST_NO_SANDBOX: '1' } }),
    ).toBe(true);
  });

  it('refuses it from source too, unless the test runner asked for it', () => {
    expect(refusesToRunUnsandboxed({ noSandboxSwitch: true, isPackaged: false, env: {} })).toBe(true);
    expect(
      refusesToRunUnsandboxed({ noSandboxSwitch: true, isPackaged: false, env: { PANOH_TEST_NO_SANDBOX: '1' } }),
    ).toBe(false);
  });

  it('lets a sandboxed start through', () => {
    expect(refusesToRunUnsandboxed({ noSandboxSwitch: false, isPackaged: true, env: {} })).toBe(false);
  });

  it("speaks the system's language when it is one of Panoh's", () => {
    expect(languageOfLocale('kk-KZ')).toBe('kk');
    expect(languageOfLocale('en_US')).toBe('en');
    expect(languageOfLocale('uz-Latn-UZ')).toBe('ru');
  });
});
