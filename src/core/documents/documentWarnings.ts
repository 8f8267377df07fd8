import { isFullDay } from '../../shared/deadlines/dateMath';
import type { DeadlineRule } from '../../shared/deadlines/deadlineRules';
import type { DocumentWarning, templateChecks } from '../../shared/documents/templates';
import type { Language } from '../../shared/i18n';
import { formatPartialDate } from '../../shared/records/partialDate';
import { dueDate } from '../deadlines/computeDeadlines';
import { isCyrillic } from './names';
import type { TemplateData } from './templateData';
import { lookUp } from './templateEngine';

/**
 * What the check before writing says about the facts, without refusing: the template's wording
 * assumes things (a pending extradition, a refusal, a period still open) that the file may not
 * bear out, and the lawyer, not the template, decides whether the filing still fits.
 */

export type TemplateCheck = (typeof templateChecks)[number];

interface Facts {
  data: TemplateData;
  rules: readonly DeadlineRule[];
  today: string;
  language: Language;
  /** Fields whose country was printed as it is (no reviewed form). */
  unreviewedCountries: readonly string[];
  /** The fields the template prints. */
  placeholders: readonly string[];
}

const text = (data: TemplateData, path: string) => {
  const value = lookUp(data, path);
  return typeof value === 'string' ? value : undefined;
};

/** The period from a notification date: passed, not countable, or not confirmed by the office. */
function termWarnings(facts: Facts, ruleId: string, notifiedPath: string): DocumentWarning[] {
  const rule = facts.rules.find((r) => r.id === ruleId);
  if (!rule) return [];
  const out: DocumentWarning[] = rule.confirmed ? [] : [{ code: 'termUnconfirmed' }];
  const raw = text(facts.data, notifiedPath);
  // The data holds dates as printed (dd.mm.yyyy); the rule counts from the stored form.
  const notified = raw?.split('.').reverse().join('-');
  if (!notified || !isFullDay(notified)) return [...out, { code: 'termUnknown' }];
  const due = dueDate(notified, rule.length);
  if (facts.today > due) out.push({ code: 'termPassed', date: formatPartialDate(due) });
  return out;
}

const CHECKS: Record<TemplateCheck, (facts: Facts) => DocumentWarning[]> = {
  extraditionOpen: ({ data }) =>
    lookUp(data, 'extradition') && lookUp(data, 'extradition.threat') !== true ? [{ code: 'extraditionNotOpen' }] : [],
  removalGround: ({ data }) =>
    !lookUp(data, 'extradition') && !lookUp(data, 'refusal') ? [{ code: 'noRemovalGround' }] : [],
  refusalAppealTerm: (facts) => termWarnings(facts, 'appeal_against_refusal', 'refusal.notifiedOn'),
  extraditionAppealTerm: (facts) =>
    termWarnings(facts, 'appeal_against_extradition', 'extradition.prosecutorDecisionNotifiedOn'),
};

/** Names and places an English filing prints in Cyrillic (the file holds no Latin spelling of them). */
const PRINTED_NAMES = ['lawyer.fullName', 'lawyer.shortName', 'office.name', 'office.city', 'office.address'];

export function documentWarnings(checks: readonly TemplateCheck[], facts: Facts): DocumentWarning[] {
  const warnings = checks.flatMap((check) => CHECKS[check](facts));
  const printed = new Set(facts.placeholders);
  const countries = facts.unreviewedCountries.filter((path) => printed.has(path));
  if (countries.length) warnings.push({ code: 'countryForm', fields: countries });
  if (facts.language === 'en') {
    const cyrillic = PRINTED_NAMES.filter((path) => printed.has(path) && isCyrillic(text(facts.data, path) ?? ''));
    if (cyrillic.length) warnings.push({ code: 'cyrillicInEnglish', fields: cyrillic });
  }
  return warnings;
}
