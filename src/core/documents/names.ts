import { inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich';
import type { Language } from '../../shared/i18n';
import type { ApplicantFields } from '../../shared/records/applicant';
import {
  type GrammaticalCase,
  grammaticalCases,
  type NameForms,
  type NameParts,
  nameKey,
} from '../../shared/records/nameForms';

/**
 * Names as filings need them. Russian names are declined by lvovich (the maintained successor of
 * petrovich's rules, with gender detection from the name itself); a lawyer's correction, kept on
 * the applicant, replaces what the library produced. Kazakh and English filings take the name in
 * the nominative (Kazakh marks case with suffixes on the noun that follows, not on the name).
 */

export type Sex = ApplicantFields['sex'];
export type AllCases = { nominative: NameParts } & Record<GrammaticalCase, NameParts>;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

export const isCyrillic = (text: string) => CYRILLIC.test(text) && !LATIN.test(text);
export const isLatin = (text: string) => LATIN.test(text) && !CYRILLIC.test(text);

function genderOf(sex: Sex): 'male' | 'female' | undefined {
  return sex === 'female' || sex === 'male' ? sex : undefined;
}

/** Each part on its own, so a foreign given name the rules do not know is left as written. */
export function declineRussian(name: NameParts, sex: Sex, grammaticalCase: GrammaticalCase): NameParts {
  const gender = genderOf(sex);
  return {
    family: inclineLastname(name.family, grammaticalCase, gender),
    ...(name.given ? { given: inclineFirstname(name.given, grammaticalCase, gender) } : {}),
    ...(name.patronymic ? { patronymic: inclineMiddlename(name.patronymic, grammaticalCase, gender) } : {}),
  };
}

export function allCases(name: NameParts, sex: Sex, declined: boolean): AllCases {
  const cases = Object.fromEntries(
    grammaticalCases.map((c) => [c, declined && isCyrillic(name.family) ? declineRussian(name, sex, c) : name]),
  ) as Record<GrammaticalCase, NameParts>;
  return { nominative: name, ...cases };
}

export const fullName = (name: NameParts) => [name.family, name.given, name.patronymic].filter(Boolean).join(' ');

/** «Нурланова А.К.»: the family name in its case, then the initials of the nominative. */
export function shortName(name: NameParts, nominative: NameParts): string {
  const initials = [nominative.given, nominative.patronymic]
    .filter((part): part is string => Boolean(part))
    .map((part) => `${Array.from(part)[0]?.toUpperCase() ?? ''}.`)
    .join('');
  return initials ? `${name.family} ${initials}` : name.family;
}

/** Where the name a filing prints came from, for the check before writing. */
export type NameSource = 'record' | 'alias' | 'corrected' | 'stale' | 'otherScript';

function fromAlias(alias: string): NameParts {
  const [family = alias, given, ...rest] = alias.trim().split(/\s+/u);
  return {
    family,
    ...(given ? { given } : {}),
    ...(rest.length ? { patronymic: rest.join(' ') } : {}),
  };
}

type NamedPerson = Pick<ApplicantFields, 'familyName' | 'givenName' | 'patronymic' | 'aliases' | 'sex'> & {
  nameForms?: NameForms | undefined;
};

/**
 * The name in the script of the filing's language: Cyrillic for Russian and Kazakh, Latin for
 * English. The record's own spelling when it is in that script; else the lawyer's corrected
 * nominative (Russian, Kazakh); else the first other spelling in that script («Юсупова Дилноза»
 * for Yusupova Dilnoza); else the record as it is, said in the check.
 */
export function filingName(person: NamedPerson, language: Language): { cases: AllCases; source: NameSource } {
  // A person known by one name (no family name) is named by it, declined as a family name would be.
  const oneName = !person.familyName;
  const own: NameParts = {
    family: person.familyName ?? person.givenName ?? '',
    ...(person.givenName && !oneName ? { given: person.givenName } : {}),
    ...(person.patronymic ? { patronymic: person.patronymic } : {}),
  };
  const inScript = language === 'en' ? isLatin : isCyrillic;
  const declined = language === 'ru';
  const forms = person.nameForms;
  const alias = person.aliases.find((a) => inScript(a));
  if (language !== 'en' && forms) {
    if (forms.madeFor === nameKey(person)) {
      const { madeFor: _madeFor, ...cases } = forms;
      return { cases: declined ? cases : allCases(cases.nominative, person.sex, false), source: 'corrected' };
    }
    // The correction was made for a name the record no longer has: its forms are the old name, so
    // they are never printed. The record, an other spelling, or the record as written, and the
    // check asks the lawyer to look at the forms again.
    if (inScript(own.family)) return { cases: allCases(own, person.sex, declined), source: 'stale' };
    if (alias) return { cases: allCases(fromAlias(alias), person.sex, declined), source: 'stale' };
    return { cases: allCases(own, person.sex, false), source: 'stale' };
  }
  if (inScript(own.family)) return { cases: allCases(own, person.sex, declined), source: 'record' };
  if (alias) return { cases: allCases(fromAlias(alias), person.sex, declined), source: 'alias' };
  return { cases: allCases(own, person.sex, false), source: 'otherScript' };
}
