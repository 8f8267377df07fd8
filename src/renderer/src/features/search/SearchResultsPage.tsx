import { type RefObject, useEffect, useId, useState } from 'react';
import type { PanohError } from '../../../../shared/errors';
import { formatPartialDate } from '../../../../shared/records/partialDate';
import type { ApplicantHit, SearchResult } from '../../../../shared/search/searchResult';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { type Translate, useI18n } from '../../i18n/I18nProvider';
import { useNavigation } from '../shell/navigation';
import { fieldLabel, HitName, hitDetails, MatchExplanationLine, MatchedField, otherMatches } from './searchHit';
import { MAX_QUERY } from './useSearch';
import './search.css';

/** The results page lists at most this many people; more letters narrow it down. */
const LIMIT = 100;

type Load = { state: 'loading' } | { state: 'done'; result: SearchResult } | { state: 'failed'; error: PanohError };

/** Everyone found by any spelling, with what matched, and the incidents whose text matched. */
export function SearchResultsPage({
  query,
  headingRef,
}: {
  query: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useI18n();
  const text = query.trim().slice(0, MAX_QUERY);
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    if (text === '') return;
    setLoad({ state: 'loading' });
    call('search.query', { text, limit: LIMIT }).then(
      (result) => {
        if (current) setLoad({ state: 'done', result });
      },
      (error: unknown) => {
        if (current) setLoad({ state: 'failed', error: asPanohError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [text]);

  return (
    <div className="page search-page">
      <div className="page-heading search-page-heading">
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {t('search.results.title')}
        </h1>
        {text !== '' ? <p className="search-page-query">{t('search.results.query', { query: text })}</p> : null}
      </div>
      {text === '' ? (
        <p className="search-page-note">{t('search.results.noQuery')}</p>
      ) : load.state === 'loading' ? (
        <p className="search-page-note" role="status" aria-busy="true">
          {t('search.searching')}
        </p>
      ) : load.state === 'failed' ? (
        <FormAlert message={errorMessage(t, load.error)} />
      ) : (
        <Results result={load.result} query={text} t={t} />
      )}
    </div>
  );
}

function Results({ result, query, t }: { result: SearchResult; query: string; t: Translate }) {
  const { navigate } = useNavigation();
  const { language } = useI18n();
  const peopleId = useId();
  const incidentsId = useId();
  const { applicants, incidents } = result;

  if (applicants.length === 0 && incidents.length === 0) {
    return (
      <div className="search-nobody" role="status">
        <p className="search-nobody-title">{t('search.nobody', { query })}</p>
        <p>{t('search.nobodyHint')}</p>
      </div>
    );
  }

  return (
    <>
      <p className="search-page-summary" role="status">
        {t('search.results.summary', { people: applicants.length, incidents: incidents.length })}
      </p>
      <section className="search-section" aria-labelledby={peopleId}>
        <h2 className="section-title" id={peopleId}>
          {t('search.people')}
        </h2>
        {applicants.length === 0 ? (
          <p className="search-page-note">{t('search.results.noPeople')}</p>
        ) : (
          <ul className="search-hits">
            {applicants.map((hit) => (
              <li key={hit.applicant.id} className="search-hit">
                <button
                  type="button"
                  className="search-hit-name"
                  onClick={() => void navigate({ area: 'applicants', applicantId: hit.applicant.id })}
                >
                  <HitName hit={hit} />
                </button>
                <HitFacts hit={hit} t={t} language={language} />
                <HitMatches hit={hit} t={t} />
              </li>
            ))}
          </ul>
        )}
        {applicants.length >= LIMIT ? (
          <p className="search-page-note">{t('search.results.limit', { count: LIMIT })}</p>
        ) : null}
      </section>
      {incidents.length > 0 ? (
        <section className="search-section" aria-labelledby={incidentsId}>
          <h2 className="section-title" id={incidentsId}>
            {t('search.incidents')}
          </h2>
          <ul className="search-hits">
            {incidents.map((incident) => {
              const kind = t(`incident.kind.${incident.kind}`);
              const date = formatPartialDate(incident.occurredOn);
              return (
                <li key={incident.id} className="search-hit">
                  <button
                    type="button"
                    className="search-hit-name"
                    aria-label={t('search.results.openIncident', { date, kind })}
                    onClick={() => void navigate({ area: 'incidents', incidentId: incident.id })}
                  >
                    {date} · {kind}
                  </button>
                  {incident.place ? <p className="search-hit-facts">{incident.place}</p> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function HitFacts({
  hit,
  t,
  language,
}: {
  hit: ApplicantHit;
  t: Translate;
  language: Parameters<typeof hitDetails>[2];
}) {
  const facts = [
    ...hitDetails(hit, t, language),
    t(`applicant.status.${hit.applicant.caseStatus}`),
    ...(hit.applicant.assignedLawyer ? [t('search.lawyer', { name: hit.applicant.assignedLawyer })] : []),
  ];
  return <p className="search-hit-facts">{facts.join(' · ')}</p>;
}

/** Which fields matched, the ones outside the name with their text, and a note when only other text did. */
function HitMatches({ hit, t }: { hit: ApplicantHit; t: Translate }) {
  const others = otherMatches(hit);
  const nameFields = hit.matches.filter((match) => !others.includes(match));
  // One label per name field; each other match with its text (two aliases may both match).
  const pieces = [
    ...[...new Set(nameFields.map((match) => match.field))].map((field) => ({
      key: field,
      node: <span className="search-field-name">{fieldLabel(t, field)}</span>,
    })),
    ...others.map((match) => ({
      key: `${match.field}:${match.text}`,
      node: <MatchedField match={match} t={t} />,
    })),
  ];
  return (
    <>
      {hit.matches.length > 0 ? (
        <p className="search-hit-matched">
          <span className="search-hit-matched-label">{t('search.matchedBy')}</span>{' '}
          {pieces.map((piece, index) => (
            <span key={piece.key}>
              {index > 0 ? ' · ' : null}
              {piece.node}
            </span>
          ))}
        </p>
      ) : null}
      {hit.explanations.length > 0 || hit.approximate ? (
        <p className="search-hit-explain">
          <MatchExplanationLine explanations={hit.explanations} approximate={hit.approximate} t={t} />
        </p>
      ) : null}
      {hit.approximate ? <p className="search-hit-note">{t('search.approximateHint')}</p> : null}
      {hit.matchedText ? (
        <p className="search-hit-note">{hit.matches.length > 0 ? t('search.alsoText') : t('search.onlyText')}</p>
      ) : null}
    </>
  );
}
