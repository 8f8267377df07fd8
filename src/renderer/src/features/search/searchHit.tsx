import type { Language } from '../../../../shared/i18n';
import { formatPartialDate } from '../../../../shared/records/partialDate';
import type { ApplicantHit, FieldMatch, MatchExplanation } from '../../../../shared/search/searchResult';
import type { Translate } from '../../i18n/I18nProvider';
import { countryLabel } from '../../i18n/recordText';
import { explanationText } from './explainMatch';
import { Highlighted } from './Highlighted';

/** Fields that are part of the name line; the others (aliases, documents, phones) are shown apart. */
const NAME_FIELDS: ReadonlySet<FieldMatch['field']> = new Set(['familyName', 'givenName', 'patronymic']);

function rangesOf(hit: ApplicantHit, field: FieldMatch['field']) {
  return hit.matches.find((match) => match.field === field)?.ranges;
}

/**
 * "FAMILY Given Patronymic" with the matched words marked. The family name is put in capitals by
 * CSS, not by changing the text, so the core's offsets still point at the right letters.
 */
export function HitName({ hit }: { hit: ApplicantHit }) {
  const { familyName, givenName, patronymic } = hit.applicant;
  return (
    <>
      {familyName ? (
        <span className="search-family">
          <Highlighted text={familyName} ranges={rangesOf(hit, 'familyName')} />
        </span>
      ) : null}
      {givenName ? (
        <>
          {familyName ? ' ' : ''}
          <Highlighted text={givenName} ranges={rangesOf(hit, 'givenName')} />
        </>
      ) : null}
      {patronymic ? (
        <>
          {' '}
          <Highlighted text={patronymic} ranges={rangesOf(hit, 'patronymic')} />
        </>
      ) : null}
    </>
  );
}

/** Birth date and citizenship: enough to tell two people of the same name apart. */
export function hitDetails(hit: ApplicantHit, t: Translate, language: Language): string[] {
  const { birthDate, citizenship } = hit.applicant;
  return [
    ...(birthDate ? [t('search.born', { date: formatPartialDate(birthDate) })] : []),
    ...(citizenship.length > 0 ? [citizenship.map((code) => countryLabel(code, language)).join(' / ')] : []),
  ];
}

/** The matches outside the name line: another spelling, a document number, a phone. */
export function otherMatches(hit: ApplicantHit): FieldMatch[] {
  return hit.matches.filter((match) => !NAME_FIELDS.has(match.field));
}

export function fieldLabel(t: Translate, field: FieldMatch['field']): string {
  return t(`search.field.${field}`);
}

/** "другое написание «Рахимова Хадича»" with the matched part marked. */
export function MatchedField({ match, t }: { match: FieldMatch; t: Translate }) {
  return (
    <span className="search-matched-field">
      <span className="search-field-name">{fieldLabel(t, match.field)}</span>{' '}
      <span className="search-field-text">
        <Highlighted text={match.text} ranges={match.ranges} />
      </span>
    </span>
  );
}

/** The line under a hit that says which spelling matched, with the approximate mark when one letter was off. */
export function MatchExplanationLine({
  explanations,
  approximate,
  t,
  className,
}: {
  explanations: readonly MatchExplanation[];
  approximate: boolean;
  t: Translate;
  className?: string;
}) {
  const text = explanationText(t, explanations);
  if (!text && !approximate) return null;
  return (
    <span className={className}>
      {approximate ? <span className="search-approximate">{t('search.approximate')}</span> : null}
      {approximate && text ? ' ' : null}
      {text}
    </span>
  );
}
