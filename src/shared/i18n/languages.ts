import { z } from 'zod';

export const languages = ['ru', 'kk', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;
/** Russian is the bureau's working language. */
export const DEFAULT_LANGUAGE: Language = 'ru';
