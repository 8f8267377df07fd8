import { isMessageKey } from '../../../../shared/i18n';
import { formMessage } from '../../forms/formMessages';
import type { Translate } from '../../i18n/I18nProvider';

/**
 * A field's message: the shared codes ('required', 'tooLong') read as 'form.<code>'; a message that
 * is itself a catalog key (a range this section defines) is read as it is.
 */
export function fieldMessage(t: Translate, message: string | undefined): string | undefined {
  if (message !== undefined && isMessageKey(message)) return t(message);
  return formMessage(t, message);
}
