import { join } from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { translate } from '../../shared/i18n';
import { nativeSaveCopyDialog } from './saveDialog';

const DOCUMENTS = join('/home', 'lawyer', 'Documents');

describe('the native save dialog of "Save a copy…"', () => {
  it('opens in Documents with the file’s name, in the lawyer’s language, kept out of recent files', async () => {
    const chosen = join('/media', 'stick', 'решение.pdf');
    const show = vi.fn(async (_options: SaveDialogOptions) => ({ canceled: false, filePath: chosen }));
    const dialog = nativeSaveCopyDialog(
      show,
      () => 'kk',
      () => DOCUMENTS,
    );
    await expect(dialog.chooseSavePath('решение.pdf', 'application/pdf')).resolves.toBe(chosen);
    const options = show.mock.calls[0]?.[0];
    expect(options?.defaultPath).toBe(join(DOCUMENTS, 'решение.pdf'));
    expect(options?.title).toBe(translate('kk', 'attachments.dialog.saveTitle'));
    expect(options?.buttonLabel).toBe(translate('kk', 'attachments.dialog.saveButton'));
    expect(options?.filters).toEqual([
      { name: translate('kk', 'attachments.type.application/pdf'), extensions: ['pdf'] },
    ]);
    expect(options?.properties).toEqual(
      expect.arrayContaining(['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent']),
    );
  });

  it('never starts outside Documents, whatever the name says', async () => {
    const show = vi.fn(async (_options: SaveDialogOptions) => ({ canceled: true, filePath: '' }));
    const dialog = nativeSaveCopyDialog(
      show,
      () => 'ru',
      () => DOCUMENTS,
    );
    await dialog.chooseSavePath('../../.ssh/authorized_keys', 'image/png');
    expect(show.mock.calls[0]?.[0].defaultPath).toBe(join(DOCUMENTS, 'authorized_keys'));
    expect(show.mock.calls[0]?.[0].filters?.[0]?.extensions).toEqual(['png']);
  });

  it('answers undefined when the lawyer cancels', async () => {
    const show = vi.fn(async () => ({ canceled: true, filePath: '' }));
    const dialog = nativeSaveCopyDialog(
      show,
      () => 'en',
      () => DOCUMENTS,
    );
    await expect(dialog.chooseSavePath('скан.jpg', 'image/jpeg')).resolves.toBeUndefined();
  });
});
