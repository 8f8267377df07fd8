import { readFileSync } from 'node:fs';
import { type ShippedTemplate, shippedTemplatesFileSchema } from '../../shared/documents/templates';
import type { Language } from '../../shared/i18n';
import { resourcePath } from '../resources';

/**
 * The templates Panoh ships (resources/templates/: templates.json and one .docx per template and
 * language, made by scripts/build-templates.ts). Read at run time like the fonts, and checked like
 * any template before use: a damaged install fails loudly, not with a half-filled filing.
 */
let manifest: readonly ShippedTemplate[] | undefined;

export function shippedTemplates(): readonly ShippedTemplate[] {
  manifest ??= shippedTemplatesFileSchema.parse(
    JSON.parse(readFileSync(resourcePath('templates/templates.json'), 'utf8')),
  ).templates;
  return manifest;
}

export function shippedTemplateFile(id: string, language: Language): string {
  return `templates/${id}.${language}.docx`;
}

export function readShippedTemplate(id: string, language: Language): Buffer {
  return readFileSync(resourcePath(shippedTemplateFile(id, language)));
}
