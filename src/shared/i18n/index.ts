import { type Catalog, en, type MessageKey } from './en';
import { kk } from './kk';
import type { Language } from './languages';
import { ru } from './ru';

export type { Catalog, MessageKey } from './en';
export * from './languages';

export const catalogs: Record<Language, Catalog> = { ru, kk, en };

export type MessageParams = Record<string, string | number>;

/** A translate function bound to one language: what the UI's `t` and a report's labeller both are. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}

/**
 * The sentence for an error: `error.CODE.WHAT` where the catalogs say more about one case of it
 * (which bound a file passed, say), else `error.CODE`; undefined for a code without a sentence.
 */
export function errorMessageKey(code: string, params?: MessageParams): MessageKey | undefined {
  const what = params?.what;
  const specific = `error.${code}.${what}`;
  if (typeof what === 'string' && isMessageKey(specific)) return specific;
  const general = `error.${code}`;
  return isMessageKey(general) ? general : undefined;
}
