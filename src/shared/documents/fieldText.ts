import type { ErrorParams, PanohError } from '../errors';
import { isMessageKey, type Translate } from '../i18n';
import { type FlatField, flattenFields } from './fields';

const FIELDS = new Map(flattenFields().map((field) => [field.path, field]));

/** A placeholder's meaning in the lawyer's language: its group, its own name, its form. */
export function describeField(t: Translate, field: FlatField): string {
  const key =
    field.kind === 'group' || field.kind === 'list' ? `documents.group.${field.path}` : `documents.leaf.${field.leaf}`;
  const own = isMessageKey(key) ? t(key) : field.path;
  const groupKey = `documents.group.${field.parent}`;
  const group =
    field.kind !== 'group' && field.kind !== 'list' && field.parent && isMessageKey(groupKey) ? t(groupKey) : '';
  const variantKey = `documents.variant.${field.variant ?? ''}`;
  const variant = field.variant && isMessageKey(variantKey) ? `, ${t(variantKey)}` : '';
  return `${group ? `${group}: ` : ''}${own}${variant}`;
}

/** The same for a path a check returned (`refusal.notifiedOnLong`); unknown paths as written. */
export function describePath(t: Translate, path: string): string {
  const field = FIELDS.get(path);
  return field ? describeField(t, field) : path;
}

/**
 * An error's parameters as the lawyer reads them: DOCUMENT_DATA_MISSING names a field by its path
 * (`refusal.decidedOn`), which the screen and the CLI print by its meaning instead.
 */
export function readableErrorParams(t: Translate, error: PanohError): ErrorParams {
  const params: ErrorParams = { ...error.params };
  if (error.code === 'DOCUMENT_DATA_MISSING' && typeof params.field === 'string') {
    params.field = describePath(t, params.field);
  }
  return params;
}
