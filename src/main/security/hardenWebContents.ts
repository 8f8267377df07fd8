import type { WebContents } from 'electron';
import { isSameOrigin } from './origin';

interface Preventable {
  preventDefault(): void;
}

/**
 * Locks down one webContents (every one, through `app.on('web-contents-created')`): it may only
 * navigate within the app's origin, may not open windows, may not attach <webview>s, and in a
 * packaged app DevTools close as soon as they open. Links never reach `shell.openExternal`:
 * nothing in this app opens a browser, so a page cannot make it do so.
 */
export function hardenWebContents(contents: WebContents, appOrigin: string, allowDevTools = false): void {
  const guardNavigation = (event: Preventable & { url: string }): void => {
    if (!isSameOrigin(event.url, appOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (!allowDevTools) contents.on('devtools-opened', () => contents.closeDevTools());
}
