import { join } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { translate } from '../../shared/i18n';
import { nativeBackupDialogs, nativeRestoreDialog } from './nativeDialogs';

describe('native backup dialog', () => {
  it('offers the dated name in Documents, in the lawyer’s language, filtered to .panoh', async () => {
    const show = vi.fn(async (_options: SaveDialogOptions) => ({ canceled: false, filePath: '/media/stick/b.panoh' }));
    const dialogs = nativeBackupDialogs(
      show,
      () => 'kk',
      () => '/home/lawyer/Documents',
    );
    await expect(dialogs.chooseSaveFile('panoh-backup-2026-11-27.panoh')).resolves.toBe('/media/stick/b.panoh');
    const options = show.mock.calls[0]?.[0];
    expect(options?.defaultPath).toBe(join('/home/lawyer/Documents', 'panoh-backup-2026-11-27.panoh'));
    expect(options?.properties).toEqual(['createDirectory', 'dontAddToRecent']);
    expect(options?.filters).toEqual([{ name: translate('kk', 'backup.dialog.backupFiles'), extensions: ['panoh'] }]);
    expect(options?.title).toBe(translate('kk', 'backup.dialog.saveTitle'));
    expect(options?.buttonLabel).toBe(translate('kk', 'backup.dialog.saveButton'));
  });

  it('answers undefined when the lawyer cancels', async () => {
    const show = vi.fn(async () => ({ canceled: true, filePath: '' }));
    const dialogs = nativeBackupDialogs(
      show,
      () => 'ru',
      () => '/tmp',
    );
    await expect(dialogs.chooseSaveFile('b.panoh')).resolves.toBeUndefined();
  });
});

describe('native restore dialog', () => {
  it('opens one .panoh file from Documents, in the lawyer’s language; cancel is undefined', async () => {
    const show = vi.fn(async (_options: OpenDialogOptions) => ({
      canceled: false,
      filePaths: ['/media/stick/b.panoh'],
    }));
    const dialog = nativeRestoreDialog(
      show,
      () => 'ru',
      () => '/home/lawyer/Documents',
    );
    await expect(dialog.chooseBackupFile()).resolves.toBe('/media/stick/b.panoh');
    const options = show.mock.calls[0]?.[0];
    expect(options?.defaultPath).toBe('/home/lawyer/Documents');
    expect(options?.properties).toEqual(['openFile', 'dontAddToRecent']);
    expect(options?.filters).toEqual([{ name: translate('ru', 'backup.dialog.backupFiles'), extensions: ['panoh'] }]);
    expect(options?.title).toBe(translate('ru', 'backup.dialog.openTitle'));
    expect(options?.buttonLabel).toBe(translate('ru', 'backup.dialog.openButton'));

    const cancelled = nativeRestoreDialog(
      vi.fn(async () => ({ canceled: true, filePaths: [] })),
      () => 'kk',
      () => '/tmp',
    );
    await expect(cancelled.chooseBackupFile()).resolves.toBeUndefined();
  });
});
