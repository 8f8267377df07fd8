import { useI18n } from '../../i18n/I18nProvider';
import { countryLabel, languageLabel } from './codeOptions';
import { approximateAgeText, showDate, validityOf } from './format';
import { PersonLink } from './PersonLink';
import { timelineDocuments } from './timelineDocuments';
import type { ApplicantRecord } from './useApplicantRecord';

/** Identity, documents, vulnerabilities, consent, family and notes: the side column of the file. */
export function ApplicantFacts({ record, titleId }: { record: ApplicantRecord; titleId: string }) {
  const { t, language } = useI18n();
  const { applicant, people, events } = record;
  const consent = applicant.consent;
  const documents = [
    ...applicant.documents.map((document) => ({ ...document, fromTimeline: false })),
    ...timelineDocuments(events),
  ];
  const fact = (label: string, value: string | undefined) => (
    <div className="fact" key={label}>
      <dt>{label}</dt>
      <dd className={value ? undefined : 'fact-empty'}>{value || t('applicants.page.notRecorded')}</dd>
    </div>
  );

  return (
    <div className="applicant-side">
      <section className="card" aria-labelledby={titleId}>
        <h2 className="card-title" id={titleId}>
          {t('applicants.page.identity')}
        </h2>
        <dl className="facts">
          {applicant.familyName || !applicant.givenName
            ? fact(t('applicant.field.familyName'), applicant.familyName)
            : fact(t('applicant.field.familyName'), t('caseFile.identity.oneName'))}
          {fact(t('applicant.field.givenName'), applicant.givenName)}
          {fact(t('applicant.field.patronymic'), applicant.patronymic)}
          {fact(t('applicant.field.aliases'), applicant.aliases.join('; '))}
          {fact(t('applicant.field.sex'), t(`applicant.sex.${applicant.sex}`))}
          {fact(t('applicant.field.birthDate'), showDate(applicant.birthDate))}
          {applicant.birthDate ? null : fact(t('applicant.field.approximateAge'), approximateAgeText(t, applicant))}
          {fact(t('applicant.field.birthPlace'), applicant.birthPlace)}
          {fact(
            t('applicant.field.citizenship'),
            applicant.citizenship.map((code) => countryLabel(code, language)).join(', '),
          )}
          {fact(
            t('applicant.field.languages'),
            applicant.languages.map((code) => languageLabel(code, language)).join(', '),
          )}
          {fact(t('applicant.field.phone'), applicant.phone)}
          {fact(t('applicant.field.address'), applicant.address)}
          {fact(t('applicant.field.arrivalDate'), showDate(applicant.arrivalDate))}
          {fact(t('applicant.field.assignedLawyer'), applicant.assignedLawyer)}
        </dl>
      </section>

      <section className="card" aria-label={t('applicant.field.documents')}>
        <h2 className="card-title">{t('applicant.field.documents')}</h2>
        {documents.length === 0 ? (
          <p className="empty-note">{t('applicants.documents.none')}</p>
        ) : (
          <ul className="document-list">
            {documents.map((document, index) => {
              const validity = validityOf(document.expiresOn);
              const certificate = document.kind !== 'passport' && document.kind !== 'other';
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: documents have no id of their own
                <li key={index} className={validity === 'expired' ? 'document document-expired' : 'document'}>
                  <p className="document-kind">
                    {t(`applicant.document.${document.kind}`)}
                    {document.number ? <span className="document-number">{document.number}</span> : null}
                  </p>
                  <p className="document-dates">
                    {[
                      document.issuedBy,
                      document.issuedOn ? t('applicants.documents.issued', { date: showDate(document.issuedOn) }) : '',
                      document.expiresOn
                        ? t('applicants.documents.expires', { date: showDate(document.expiresOn) })
                        : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  {document.fromTimeline ? (
                    <p className="document-source">{t('caseFile.documents.fromTimeline')}</p>
                  ) : null}
                  {validity === 'expired' ? (
                    <p className="validity validity-expired">
                      {certificate ? t('applicants.documents.certificateExpired') : t('applicants.documents.expired')}
                    </p>
                  ) : validity === 'soon' ? (
                    <p className="validity validity-soon">{t('applicants.documents.expiresSoon')}</p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="card" aria-label={t('applicant.field.vulnerabilities')}>
        <h2 className="card-title">{t('applicant.field.vulnerabilities')}</h2>
        {applicant.vulnerabilities.length === 0 ? (
          <p className="empty-note">{t('applicants.page.noVulnerabilities')}</p>
        ) : (
          <ul className="tag-list">
            {applicant.vulnerabilities.map((code) => (
              <li key={code} className="tag">
                {t(`applicant.vulnerability.${code}`)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-label={t('applicant.field.consent')}>
        <h2 className="card-title">{t('applicant.field.consent')}</h2>
        {!consent ? (
          <p className="validity validity-soon">{t('applicants.consent.notRecordedWarning')}</p>
        ) : (
          <>
            <p className={consent.given ? 'consent-given' : 'validity validity-expired'}>
              {consent.given
                ? t('applicants.consent.givenOn', { date: consent.recordedOn ? showDate(consent.recordedOn) : '—' })
                : t('applicants.consent.refusedOn', { date: consent.recordedOn ? showDate(consent.recordedOn) : '—' })}
            </p>
            {consent.given ? (
              consent.shareWith.length > 0 ? (
                <>
                  <p className="fact-label">{t('consent.field.shareWith')}</p>
                  <ul className="tag-list">
                    {consent.shareWith.map((code) => (
                      <li key={code} className="tag">
                        {t(`applicant.recipient.${code}`)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="empty-note">{t('applicants.consent.nobody')}</p>
              )
            ) : null}
            {consent.note ? <p className="consent-note">{consent.note}</p> : null}
          </>
        )}
      </section>

      <section className="card" aria-label={t('applicant.field.familyLinks')}>
        <h2 className="card-title">{t('applicant.field.familyLinks')}</h2>
        {applicant.familyLinks.length === 0 ? (
          <p className="empty-note">{t('applicants.family.none')}</p>
        ) : (
          <ul className="family-list">
            {applicant.familyLinks.map((link) => {
              const person = people.get(link.applicantId);
              return (
                <li key={link.applicantId}>
                  <span className="family-relation">{t(`applicant.relation.${link.relation}`)}</span>
                  {person ? (
                    <PersonLink person={person} />
                  ) : (
                    <span className="fact-empty">{t('applicants.family.deleted')}</span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="card" aria-label={t('applicant.field.notes')}>
        <h2 className="card-title">{t('applicant.field.notes')}</h2>
        {applicant.notes ? (
          <p className="notes-text">{applicant.notes}</p>
        ) : (
          <p className="empty-note">{t('applicants.page.noNotes')}</p>
        )}
      </section>
    </div>
  );
}
