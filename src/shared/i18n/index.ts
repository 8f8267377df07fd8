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
