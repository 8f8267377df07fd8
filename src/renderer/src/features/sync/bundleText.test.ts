import { describe, expect, it } from 'vitest';
import { PanohError } from '../../../../shared/errors';
import { translate } from '../../../../shared/i18n';
import { bundleErrorMessage, phaseText, progressPercent, untrustedSender } from './bundleText';

const ru = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('ru', key, params);
const FINGERPRINT = 'AB12-CD34-EF56-0789-ABCD';
const TOKEN = '0123456789abcdef0123456789abcdef';

describe('bundle texts', () => {
  it('name the phase by the operation it belongs to', () => {
    expect(phaseText(ru, 'import', 'writing')).toBe(ru('sync.progress.import.writing'));
    expect(phaseText(ru, 'export', 'writing')).toBe(ru('sync.progress.export.writing'));
    expect(phaseText(ru, 'import', 'writing')).not.toBe(phaseText(ru, 'export', 'writing'));
  });

  it('fill the bar only as far as the core said, and not at all when the size is unknown', () => {
    expect(progressPercent({ phase: 'merging', done: 0, total: 200 })).toBe(0);
    expect(progressPercent({ phase: 'merging', done: 50, total: 200 })).toBe(25);
    expect(progressPercent({ phase: 'merging', done: 200, total: 200 })).toBe(100);
    expect(progressPercent({ phase: 'merging', done: 300, total: 200 })).toBe(100);
    expect(progressPercent({ phase: 'reading', done: 0, total: 0 })).toBeUndefined();
  });

  it('say where a storage failure happened: the stick on export, the file or vault on import', () => {
    const full = new PanohError('DISK_FULL');
    const readOnly = new PanohError('VAULT_FOLDER_READONLY');
    expect(bundleErrorMessage(ru, 'export', full)).toBe(ru('sync.bundles.error.exportDiskFull'));
    expect(bundleErrorMessage(ru, 'import', full)).toBe(ru('sync.bundles.error.importDiskFull'));
    expect(bundleErrorMessage(ru, 'export', readOnly)).toBe(ru('sync.bundles.error.exportNotWritable'));
    expect(bundleErrorMessage(ru, 'import', readOnly)).toBe(ru('sync.bundles.error.importNotReadable'));
    expect(bundleErrorMessage(ru, 'import', new PanohError('BUNDLE_TOO_NEW', { version: 9, supported: 6 }))).toBe(
      ru('error.BUNDLE_TOO_NEW', { version: 9, supported: 6 }),
    );
  });

  it('find the fingerprint and the retry token of an unknown sender, and nothing else', () => {
    const untrusted = new PanohError('BUNDLE_UNTRUSTED_DEVICE', { fingerprint: FINGERPRINT, token: TOKEN });
    expect(untrustedSender(untrusted)).toEqual({ fingerprint: FINGERPRINT, token: TOKEN });
    expect(
      untrustedSender(
        new PanohError('BUNDLE_UNTRUSTED_DEVICE', { fingerprint: FINGERPRINT, token: TOKEN, device: ' Ноутбук 2 ' }),
      ),
    ).toEqual({ fingerprint: FINGERPRINT, token: TOKEN, device: 'Ноутбук 2' });
    expect(untrustedSender(new PanohError('BUNDLE_UNTRUSTED_DEVICE', { fingerprint: FINGERPRINT }))).toBeUndefined();
    expect(
      untrustedSender(new PanohError('BUNDLE_UNTRUSTED_DEVICE', { fingerprint: '/media/x', token: TOKEN })),
    ).toBeUndefined();
    expect(
      untrustedSender(new PanohError('BUNDLE_DAMAGED', { fingerprint: FINGERPRINT, token: TOKEN })),
    ).toBeUndefined();
  });
});
