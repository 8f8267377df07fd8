import { describe, expect, it } from 'vitest';
import { PanohError } from '../../../../shared/errors';
import { translate } from '../../../../shared/i18n';
import { restoreErrorMessage, retryToken } from './restoreText';

const kk = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('kk', key, params);
const TOKEN = '0123456789abcdef0123456789abcdef';
const NAME = 'panoh-backup-2026-11-27.panoh';

describe('restore texts', () => {
  it('speak of the backup just chosen, not of an open vault', () => {
    expect(restoreErrorMessage(kk, new PanohError('WRONG_PASSPHRASE'), NAME)).toBe(
      kk('backup.restore.error.wrongPassphrase'),
    );
    expect(restoreErrorMessage(kk, new PanohError('VAULT_KEYS_MISSING'), NAME)).toContain(`${NAME}.keys`);
    expect(restoreErrorMessage(kk, new PanohError('VAULT_NOT_A_VAULT'), NAME)).toBe(
      kk('backup.restore.error.notBackup'),
    );
    expect(restoreErrorMessage(kk, new PanohError('VAULT_DAMAGED'), NAME)).toBe(kk('backup.restore.error.damaged'));
    expect(restoreErrorMessage(kk, new PanohError('VAULT_NOT_FOUND'), NAME)).toBe(kk('backup.restore.error.missing'));
    expect(restoreErrorMessage(kk, new PanohError('VAULT_ALREADY_EXISTS'), NAME)).toBe(
      kk('backup.restore.error.exists'),
    );
    expect(restoreErrorMessage(kk, new PanohError('CORE_UNAVAILABLE'), NAME)).toBe(kk('error.CORE_UNAVAILABLE'));
  });

  it('take the retry token of a wrong passphrase only, and only a well-formed one', () => {
    expect(retryToken(new PanohError('WRONG_PASSPHRASE', { token: TOKEN }))).toBe(TOKEN);
    expect(retryToken(new PanohError('WRONG_PASSPHRASE', { token: '/media/stick/b.panoh' }))).toBeUndefined();
    expect(retryToken(new PanohError('WRONG_PASSPHRASE'))).toBeUndefined();
    expect(retryToken(new PanohError('VAULT_DAMAGED', { token: TOKEN }))).toBeUndefined();
  });
});
