import { useEffect, useId, useState } from 'react';
import { caseStatuses } from '../../../../shared/records/applicant';
import { choiceOptions, FilterSelect } from '../../components/FilterSelect';
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
  const ids = { name: useId() };
  const any = t('applicants.filters.any');
  const [name, setName] = useState(query.namePrefix ?? '');
  const countries = countryOptions(language).map((c) => ({ value: c.code, label: c.name }));
  const frequent = FREQUENT_COUNTRIES.flatMap((code) => countries.filter((c) => c.value === code));

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
      <FilterSelect
        label={t('applicant.field.caseStatus')}
        anyLabel={any}
        value={query.status}
        onChange={(status) => onChange({ ...query, status: status as ListQuery['status'] })}
      >
        {choiceOptions(caseStatuses.map((status) => ({ value: status, label: t(`applicant.status.${status}`) })))}
      </FilterSelect>
      <FilterSelect
        label={t('applicant.field.citizenship')}
        anyLabel={any}
        value={query.citizenship}
        onChange={(citizenship) => onChange({ ...query, citizenship })}
      >
        <optgroup label={t('applicants.filters.frequent')}>{choiceOptions(frequent)}</optgroup>
        <optgroup label={t('applicants.filters.allCountries')}>{choiceOptions(countries)}</optgroup>
      </FilterSelect>
      <FilterSelect
        label={t('applicant.field.assignedLawyer')}
        anyLabel={any}
        value={query.lawyer}
        onChange={(lawyer) => onChange({ ...query, lawyer })}
      >
        {choiceOptions(lawyers.map((lawyer) => ({ value: lawyer, label: lawyer })))}
      </FilterSelect>
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
