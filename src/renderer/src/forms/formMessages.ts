import { AUTO_LOCK_MINUTES } from '../../../shared/api/contract';
import { readableErrorParams } from '../../../shared/documents/fieldText';
import type { PanohError } from '../../../shared/errors';
import { errorMessageKey, isMessageKey, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/vault';
import type { Translate } from '../i18n/I18nProvider';

/** Numbers some form messages mention, so the sentence matches the rule that produced it. */
const formParams: Partial<Record<MessageKey, MessageParams>> = {
  'form.passphraseTooShort': { min: PASSPHRASE_MIN_LENGTH },
  'form.autoLockRange': { min: AUTO_LOCK_MINUTES.min, max: AUTO_LOCK_MINUTES.max },
};

/**
 * The shared zod schemas name their failures with short codes ('passphraseTooShort'); the catalogs
 * hold the sentence under 'form.<code>'. Anything unexpected still reads as a sentence.
 */
export function formMessage(t: Translate, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const key = `form.${message}`;
  if (isMessageKey(key)) return t(key, formParams[key]);
  return t('error.INVALID_INPUT');
}

/** The sentence for an error from the core, in the user's language ('error.<CODE>'). */
export function errorMessage(t: Translate, error: PanohError): string {
  const params: MessageParams = readableErrorParams(t, error);
  if (error.code === 'PASSPHRASE_TOO_SHORT' && params.min === undefined) params.min = PASSPHRASE_MIN_LENGTH;
  const key = errorMessageKey(error.code, params);
  return key ? t(key, params) : t('error.INTERNAL');
}
