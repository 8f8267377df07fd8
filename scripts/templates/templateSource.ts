import type { ShippedTemplate } from '../../src/shared/documents/templates';
import type { DocumentSource } from './docxWriter';

/** A shipped template: its description (templates.json) and its wording in each language. */
export interface TemplateSource {
  meta: Omit<ShippedTemplate, 'languages'>;
  documents: Partial<Record<'ru' | 'kk' | 'en', DocumentSource>>;
}
