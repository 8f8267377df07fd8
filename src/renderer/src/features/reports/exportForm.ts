import { z } from 'zod';
import { languageSchema } from '../../../../shared/i18n/languages';

/** Empty means "no password"; otherwise at least 8 characters, as the core requires. */
export const optionalPassword = z
  .string()
  .max(128, { message: 'tooLong' })
  .refine((value) => value === '' || value.length >= 8, { message: 'passwordTooShort' });

export const exportLanguage = languageSchema;

/** The password as the core takes it: absent when none was typed. */
export function passwordInput(password: string): { password?: string } {
  return password === '' ? {} : { password };
}
