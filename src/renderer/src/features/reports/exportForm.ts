import { z } from 'zod';
import { languageSchema } from '../../../../shared/i18n/languages';
import { exportPasswordSchema } from '../../../../shared/reports/caseSummary';

/** Empty means "no password"; otherwise the core's own rule, with this form's wording of "too short". */
export const optionalPassword = z.string().superRefine((value, context) => {
  if (value === '') return;
  const problem = exportPasswordSchema.safeParse(value).error?.issues[0]?.message;
  if (problem) context.addIssue({ code: 'custom', message: problem === 'tooShort' ? 'passwordTooShort' : problem });
});

export const exportLanguage = languageSchema;

/** The password as the core takes it: absent when none was typed. */
export function passwordInput(password: string): { password?: string } {
  return password === '' ? {} : { password };
}
