import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from './menu';

function findLock(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions | undefined {
  for (const item of template) {
    const submenu = Array.isArray(item.submenu) ? (item.submenu as MenuItemConstructorOptions[]) : [];
    const found = submenu.find((entry) => entry.id === 'lock');
    if (found) return found;
  }
  return undefined;
}

describe('applicationMenuTemplate', () => {
  it('has a Lock item on CmdOrCtrl+L that locks the vault', () => {
    const lock = vi.fn();
    const template = applicationMenuTemplate({ language: 'en', platform: 'linux', withDeveloperTools: false, lock });
    const item = findLock(template);
    expect(item?.accelerator).toBe('CmdOrCtrl+L');
    expect(item?.label).toBe('Lock');
    item?.click?.({} as never, undefined, {} as never);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('speaks the preferred language', () => {
    const template = applicationMenuTemplate({
      language: 'ru',
      platform: 'win32',
      withDeveloperTools: false,
      lock: vi.fn(),
    });
    expect(findLock(template)?.label).toBe('Заблокировать');
  });

  it('offers reload and DevTools only in development', () => {
    const roles = (withDeveloperTools: boolean) =>
      applicationMenuTemplate({ language: 'en', platform: 'linux', withDeveloperTools, lock: vi.fn() }).map(
        (item) => item.role,
      );
    expect(roles(false)).not.toContain('viewMenu');
    expect(roles(true)).toContain('viewMenu');
  });

  it('has the app menu on macOS only', () => {
    const first = (platform: NodeJS.Platform) =>
      applicationMenuTemplate({ language: 'en', platform, withDeveloperTools: false, lock: vi.fn() })[0]?.role;
    expect(first('darwin')).toBe('appMenu');
    expect(first('linux')).toBeUndefined();
  });
});
