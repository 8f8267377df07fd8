import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './webPreferences';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.js', true);

  it('isolates and sandboxes the page and gives it no Node', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and every risky feature off', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('allows DevTools only in an unpackaged run', () => {
    expect(secureWebPreferences('/p.js', true).devTools).toBe(false);
    expect(secureWebPreferences('/p.js', false).devTools).toBe(true);
  });
});
