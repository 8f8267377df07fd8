import type { WebPreferences } from 'electron';

/**
 * The one set of web preferences for every window (Electron's security checklist). Written out in
 * full even where it repeats Electron's defaults, so a future default change cannot loosen it.
 * `import type` only: this module has no runtime dependency on Electron.
 */
export function secureWebPreferences(preloadPath: string, isPackaged: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    enableWebSQL: false,
    plugins: false,
    // Chromium downloads spellchecker dictionaries from Google's servers.
    spellcheck: false,
    devTools: !isPackaged,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}
