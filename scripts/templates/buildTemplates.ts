import { flattenFields } from '../../src/shared/documents/fields';
import { type ShippedTemplate, shippedTemplatesFileSchema } from '../../src/shared/documents/templates';
import { isMessageKey, type MessageKey, translate } from '../../src/shared/i18n';
import { writeDocx } from './docxWriter';
import { caseFileRequest } from './sources/caseFileRequest';
import { catInterimMeasures } from './sources/catInterimMeasures';
import { extraditionAppeal } from './sources/extraditionAppeal';
import { powerOfAttorney } from './sources/powerOfAttorney';
import { refusalAppeal } from './sources/refusalAppeal';
import { unhcrAlert } from './sources/unhcrAlert';
import type { TemplateSource } from './templateSource';

export const TEMPLATE_SOURCES: readonly TemplateSource[] = [
  refusalAppeal,
  extraditionAppeal,
  catInterimMeasures,
  powerOfAttorney,
  caseFileRequest,
  unhcrAlert,
];

const LANGUAGE_ORDER = ['ru', 'kk', 'en'] as const;

function manifest(): ShippedTemplate[] {
  return TEMPLATE_SOURCES.map((source) => ({
    ...source.meta,
    languages: LANGUAGE_ORDER.filter((language) => source.documents[language]),
  }));
}

const key = (text: string): MessageKey => {
  if (!isMessageKey(text)) throw new Error(`no catalog entry ${text}`);
  return text;
};

/** docs/templates.md: the field reference and the shipped templates, from the same sources as the app. */
function fieldReferenceMarkdown(templates: readonly ShippedTemplate[]): string {
  const rows = flattenFields().map((field) => {
    const described =
      field.kind === 'group' || field.kind === 'list'
        ? translate('en', key(`documents.group.${field.path}`))
        : translate('en', key(`documents.leaf.${field.leaf}`));
    const variant = field.variant ? `, ${translate('en', key(`documents.variant.${field.variant}`))}` : '';
    const kind = { text: 'text', flag: 'yes/no', group: 'group', list: 'list' }[field.kind];
    return `| \`${field.path}\` | ${kind} | ${described}${variant} |`;
  });
  const shipped = templates.map((t) => {
    const sources = t.sources.map(
      (s) => `  - ${s.text.en}${s.confirmed ? '' : ' (**not confirmed: the template says «проверьте»**)'}`,
    );
    const blanks = t.blanks.map((b) => `\`blank.${b.name}\`${b.required ? ' (required)' : ''}: ${b.label.en}`);
    return [
      `### \`${t.id}\` (${t.languages.join(', ')}): ${t.title.en}`,
      '',
      t.note.en,
      '',
      blanks.length ? `Asks for: ${blanks.join('; ')}.` : 'Asks for nothing beyond the file.',
      t.requires.length ? `Needs in the file: ${t.requires.map((r) => `\`${r}\``).join(', ')}.` : '',
      '',
      'Legal sources:',
      '',
      ...sources,
      '',
    ].join('\n');
  });
  return [
    '# Document templates',
    '',
    '<!-- Written by scripts/build-templates.ts from the field tree (src/shared/documents/fields.ts) and the',
    '     template sources (scripts/templates/sources). Do not edit by hand: run `npx tsx scripts/build-templates.ts`. -->',
    '',
    'Panoh drafts filings and letters from Word (`.docx`) templates: the lawyer picks a template and a',
    "language on a person's page, answers the one-off questions the template asks (the court, a",
    "hearing date), and Panoh writes an editable Word document into that person's files, encrypted.",
    'Saving a copy out of the vault asks first and is written to the audit log (the template, never',
    'the text).',
    '',
    '## Writing a template',
    '',
    'Write placeholders in the Word document between braces. Panoh checks every placeholder when a',
    'template is added and refuses names it does not know, naming the nearest known one.',
    '',
    '- A value: `{applicant.fullName}`, `{refusal.decidedOnLong}`.',
    '- A condition: `{#refusal.noReasons}…{/refusal.noReasons}` prints its content when the value is',
    '  yes or not empty; `{^extradition}…{/extradition}` when it is no or empty.',
    "- A group: inside `{#refusal}…{/refusal}` the group's fields are written without the prefix",
    '  (`{decidedOnLong}`), and nothing is printed when the file has no refusal.',
    "- A list: `{#events}{dateLong}: {title}{/events}` repeats for each entry; put the loop's tags on",
    '  paragraphs of their own to repeat whole paragraphs.',
    '- A one-off answer: `{blank.court}`. Panoh asks for it before writing the document.',
    '- No expressions, no code: a placeholder is a name and nothing else.',
    '',
    'A value the file does not hold prints as `________`, and Panoh lists it before writing. Names in',
    'Russian filings come declined (`fullNameGenitive`: «Абдурахмонова Умарали»); the lawyer can correct',
    'the forms per person («Имя в документах»), and the correction is kept. Kazakh and English filings',
    'print names in the nominative. Dates have a `…Long` form in words: «15 октября 2026 г.»,',
    '«2026 жылғы 15 қазан», "15 October 2026".',
    '',
    '## Fields',
    '',
    '| placeholder | kind | meaning |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '## Shipped templates',
    '',
    ...shipped,
  ].join('\n');
}

/** Every file the script writes, by path from the repository root. */
export function buildTemplateFiles(): Map<string, Buffer | string> {
  const templates = shippedTemplatesFileSchema.parse({ version: 1, templates: manifest() }).templates;
  const files = new Map<string, Buffer | string>();
  for (const source of TEMPLATE_SOURCES) {
    for (const language of LANGUAGE_ORDER) {
      const document = source.documents[language];
      if (document) files.set(`resources/templates/${source.meta.id}.${language}.docx`, writeDocx(document));
    }
  }
  files.set('resources/templates/templates.json', `${JSON.stringify({ version: 1, templates }, null, 2)}\n`);
  files.set('docs/templates.md', `${fieldReferenceMarkdown(templates)}\n`);
  return files;
}
