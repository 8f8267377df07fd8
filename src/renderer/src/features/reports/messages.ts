import { isMessageKey } from '../../../../shared/i18n';
import { EXPORT_PASSWORD_MIN_LENGTH } from '../../../../shared/reports/caseSummary';
import { formMessage } from '../../forms/formMessages';
import type { Translate } from '../../i18n/I18nProvider';

/**
 * A form code as a sentence: this section's own wording first ('reports.form.<code>'), then the
 * shared one. The password's minimum is a parameter, so the sentence follows the rule.
 */
export function reportsFormMessage(t: Translate, code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const key = `reports.form.${code}`;
  return isMessageKey(key) ? t(key, { min: EXPORT_PASSWORD_MIN_LENGTH }) : formMessage(t, code);
}
