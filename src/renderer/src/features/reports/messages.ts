import { isMessageKey } from '../../../../shared/i18n';
import { formMessage } from '../../forms/formMessages';
import type { Translate } from '../../i18n/I18nProvider';

/** A form code as a sentence: this section's own wording first ('reports.form.<code>'), then the shared one. */
export function reportsFormMessage(t: Translate, code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const key = `reports.form.${code}`;
  return isMessageKey(key) ? t(key) : formMessage(t, code);
}
