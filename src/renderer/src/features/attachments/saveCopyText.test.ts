import { describe, expect, it } from 'vitest';
import { type ErrorCode, PanohError } from '../../../../shared/errors';
import { type Language, type MessageKey, type MessageParams, translate } from '../../../../shared/i18n';
import { saveCopyErrorMessage } from './saveCopyText';

const say = (language: Language) => (key: MessageKey, params?: MessageParams) => translate(language, key, params);

describe('why a copy was not saved', () => {
  it('names the place the lawyer chose, not the vault, in each language', () => {
    const cases: [ErrorCode, MessageKey][] = [
      ['DISK_FULL', 'attachments.saveCopy.error.diskFull'],
      ['VAULT_FOLDER_READONLY', 'attachments.saveCopy.error.notWritable'],
      ['STORAGE_MISSING', 'attachments.saveCopy.error.missing'],
      ['RECORD_NOT_FOUND', 'attachments.saveCopy.error.notFound'],
    ];
    for (const language of ['ru', 'kk', 'en'] as const) {
      const t = say(language);
      for (const [code, key] of cases) expect(saveCopyErrorMessage(t, new PanohError(code))).toBe(t(key));
    }
  });

  it('says anything else as the general message for its code', () => {
    const t = say('kk');
    expect(saveCopyErrorMessage(t, new PanohError('VAULT_LOCKED'))).toBe(t('error.VAULT_LOCKED'));
    expect(saveCopyErrorMessage(t, new PanohError('CORE_UNAVAILABLE'))).toBe(t('error.CORE_UNAVAILABLE'));
  });
});
