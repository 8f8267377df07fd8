import type { OpenDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { translate } from '../../shared/i18n';
import { nativeBundleDialogs } from './nativeDialogs';

describe('native bundle dialogs', () => {
  it('ask for a folder to export into, in the lawyer’s language', async () => {
    const show = vi.fn(async (_options: OpenDialogOptions) => ({ canceled: false, filePaths: ['/media/stick'] }));
    const dialogs = nativeBundleDialogs(show, () => 'kk');
    await expect(dialogs.chooseFolder()).resolves.toBe('/media/stick');
    const options = show.mock.calls[0]?.[0];
    expect(options?.properties).toEqual(
      expect.arrayContaining(['openDirectory', 'createDirectory', 'dontAddToRecent']),
    );
    expect(options?.properties).not.toContain('openFile');
    expect(options?.title).toBe(translate('kk', 'sync.dialog.exportTitle'));
    expect(options?.buttonLabel).toBe(translate('kk', 'sync.dialog.exportButton'));
  });

  it('ask for one .panohsync file to import', async () => {
    const show = vi.fn(async (_options: OpenDialogOptions) => ({
      canceled: false,
      filePaths: ['/media/stick/panoh-a1b2c3-20261127-101500.panohsync'],
    }));
    const dialogs = nativeBundleDialogs(show, () => 'ru');
    await expect(dialogs.chooseFile()).resolves.toBe('/media/stick/panoh-a1b2c3-20261127-101500.panohsync');
    const options = show.mock.calls[0]?.[0];
    expect(options?.properties).toEqual(['openFile', 'dontAddToRecent']);
    expect(options?.filters).toEqual([{ name: translate('ru', 'sync.dialog.bundleFiles'), extensions: ['panohsync'] }]);
    expect(options?.title).toBe(translate('ru', 'sync.dialog.importTitle'));
  });

  it('answer undefined when the lawyer cancels', async () => {
    const show = vi.fn(async () => ({ canceled: true, filePaths: [] }));
    const dialogs = nativeBundleDialogs(show, () => 'en');
    await expect(dialogs.chooseFolder()).resolves.toBeUndefined();
    await expect(dialogs.chooseFile()).resolves.toBeUndefined();
  });
});
