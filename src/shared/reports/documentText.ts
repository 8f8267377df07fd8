import type { Translate } from '../i18n';
import type { ApplicantFields } from '../records/applicant';

type IdentityDocument = ApplicantFields['documents'][number];

/**
 * A document in one line, as a court or UNHCR reads it: "Паспорт AA1234567 · кем выдан: МВД ·
 * выдан 01.02.2020 · действует до 01.02.2030". Words, not arrows: every character must be one the
 * PDF's font draws.
 */
export function describeDocument(t: Translate, document: IdentityDocument, showDate: (date: string) => string): string {
  const kind = [t(`applicant.document.${document.kind}`), document.number].filter(Boolean).join(' ');
  return [
    kind,
    document.issuedBy ? `${t('document.field.issuedBy')}: ${document.issuedBy}` : '',
    document.issuedOn ? t('applicants.documents.issued', { date: showDate(document.issuedOn) }) : '',
    document.expiresOn ? t('applicants.documents.expires', { date: showDate(document.expiresOn) }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
