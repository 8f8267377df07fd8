import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../shared/i18n';
import { translate } from '../shared/i18n';

export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';

export interface MenuOptions {
  language: Language;
  platform: NodeJS.Platform;
  /** Development only: reload and DevTools. */
  withDeveloperTools: boolean;
  lock(): void;
}

/**
 * The application menu: "Lock" (Ctrl+L / Cmd+L) and Quit, the standard edit menu (so copy and
 * paste shortcuts work on macOS), and in development the view menu with reload and DevTools.
 */
export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(options.language, key);
  const template: MenuItemConstructorOptions[] = [];
  if (options.platform === 'darwin') template.push({ role: 'appMenu' });
  template.push({
    label: t('app.name'),
    submenu: [
      { id: 'lock', label: t('shell.lock'), accelerator: LOCK_ACCELERATOR, click: () => options.lock() },
      { type: 'separator' },
      { role: 'quit' },
    ],
  });
  template.push({ role: 'editMenu' });
  if (options.withDeveloperTools) template.push({ role: 'viewMenu' });
  return template;
}
