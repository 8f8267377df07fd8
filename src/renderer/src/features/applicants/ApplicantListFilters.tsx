import { useEffect, useId, useState } from 'react';
import { caseStatuses } from '../../../../shared/records/applicant';
import { useI18n } from '../../i18n/I18nProvider';
import { countryOptions, FREQUENT_COUNTRIES } from './codeOptions';
import type { ListQuery } from './useApplicantPages';

const TYPING_PAUSE_MS = 250;

/** Name, status, citizenship, lawyer: each narrows the list at once; "Clear" shows everyone again. */
export function ApplicantListFilters({
  query,
  lawyers,
  onChange,
}: {
  query: ListQuery;
  lawyers: string[];
  onChange(next: ListQuery): void;
}) {
  const { t, language } = useI18n();
  const ids = { name: useId(), status: useId(), citizenship: useId(), lawyer: useId() };
  const [name, setName] = useState(query.namePrefix ?? '');
  const countries = countryOptions(language);
  const frequent = FREQUENT_COUNTRIES.flatMap((code) => countries.filter((c) => c.code === code));

  // What is typed narrows the list after a short pause, not on every key.
  useEffect(() => {
    const trimmed = name.trim();
    if (trimmed === (query.namePrefix ?? '')) return;
    const timer = setTimeout(() => onChange({ ...query, namePrefix: trimmed || undefined }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [name, query, onChange]);

  const filtered = Boolean(query.namePrefix || query.status || query.citizenship || query.lawyer);
  return (
    <search className="list-filters" aria-label={t('applicants.filters.label')}>
      <div className="filter filter-name">
        <label className="filter-label" htmlFor={ids.name}>
          {t('applicants.filters.name')}
        </label>
        <input
          id={ids.name}
          className="input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onChange({ ...query, namePrefix: name.trim() || undefined });
          }}
        />
      </div>
      <div className="filter">
        <label className="filter-label" htmlFor={ids.status}>
          {t('applicant.field.caseStatus')}
        </label>
        <select
          id={ids.status}
          className="input select"
          value={query.status ?? ''}
          onChange={(event) => onChange({ ...query, status: (event.target.value || undefined) as ListQuery['status'] })}
        >
          <option value="">{t('applicants.filters.any')}</option>
          {caseStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`applicant.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label className="filter-label" htmlFor={ids.citizenship}>
          {t('applicant.field.citizenship')}
        </label>
        <select
          id={ids.citizenship}
          className="input select"
          value={query.citizenship ?? ''}
          onChange={(event) => onChange({ ...query, citizenship: event.target.value || undefined })}
        >
          <option value="">{t('applicants.filters.any')}</option>
          <optgroup label={t('applicants.filters.frequent')}>
            {frequent.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('applicants.filters.allCountries')}>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="filter">
        <label className="filter-label" htmlFor={ids.lawyer}>
          {t('applicant.field.assignedLawyer')}
        </label>
        <select
          id={ids.lawyer}
          className="input select"
          value={query.lawyer ?? ''}
          onChange={(event) => onChange({ ...query, lawyer: event.target.value || undefined })}
        >
          <option value="">{t('applicants.filters.any')}</option>
          {lawyers.map((lawyer) => (
            <option key={lawyer} value={lawyer}>
              {lawyer}
            </option>
          ))}
        </select>
      </div>
      {filtered ? (
        <button
          type="button"
          className="button button-quiet filter-clear"
          onClick={() => {
            setName('');
            onChange({ sort: query.sort, direction: query.direction });
          }}
        >
          {t('applicants.filters.clear')}
        </button>
      ) : null}
    </search>
  );
}
