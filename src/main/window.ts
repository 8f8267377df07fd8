import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security/webPreferences';

export interface MainWindowOptions {
  preloadPath: string;
  isPackaged: boolean;
  /** panoh://app/index.html, or the dev server in development. */
  url: string;
}

export const WINDOW_BACKGROUND = '#f7f6f3';

/** The one window: hidden until its first paint, with the secure preferences. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    title: 'Panoh',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preloadPath, options.isPackaged),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}
