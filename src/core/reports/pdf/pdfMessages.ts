import {
  catalogs,
  isMessageKey,
  type Language,
  type MessageKey,
  type Translate,
  translate,
} from '../../../shared/i18n';

/**
 * The catalog texts a PDF may print, by key prefix. Every character of these texts, in every
 * language, is checked against the embedded font (glyphCoverage.test.ts): a text outside the list
 * would escape that check and could print as an empty box, so asking for one is a programming
 * error that the tests meet at once.
 */
export const PDF_MESSAGE_PREFIXES = [
  'report.',
  'applicant.field.',
  'applicant.sex.',
  'applicant.relation.',
  'applicant.status.',
  'applicant.document.',
  'applicant.vulnerability.',
  'applicants.timeline.',
  'applicants.documents.',
  'document.field.',
  'event.',
  'incident.kind.',
  'incident.perpetrator.',
  'deadline.rule.',
  // The handed-to warning of a timeline entry, and a one-name person's approximate age.
  'caseFile.extradition.',
  'caseFile.age.',
] as const;

function printable(key: string): boolean {
  return PDF_MESSAGE_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** Every catalog key a PDF may print. */
export function pdfMessageKeys(): MessageKey[] {
  return (Object.keys(catalogs.en) as MessageKey[]).filter(printable);
}

export interface PdfText {
  t: Translate;
  /** A catalog text when the key exists, the code itself otherwise (a label is never lost). */
  label(key: string, fallback: string): string;
}

/** The translator of PDF code: the catalog, limited to the texts whose glyphs are checked. */
export function pdfText(language: Language): PdfText {
  const t: Translate = (key, params) => {
    if (!printable(key)) throw new Error(`a PDF text outside PDF_MESSAGE_PREFIXES: ${key}`);
    return translate(language, key, params);
  };
  return { t, label: (key, fallback) => (isMessageKey(key) ? t(key) : fallback) };
}
