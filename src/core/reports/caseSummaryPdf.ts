import type { DeadlineItem } from '../../shared/deadlines/deadlineRules';
import { type Language, type Translate, translate } from '../../shared/i18n';
import type { ApplicantFields } from '../../shared/records/applicant';
import { countryName, languageName } from '../../shared/records/codes';
import type { TimelineEvent } from '../../shared/records/events';
import { describeEvent } from '../../shared/records/eventText';
import type { Incident } from '../../shared/records/incident';
import { formatPartialDate } from '../../shared/records/partialDate';
import type { CaseSummarySection } from '../../shared/reports/caseSummary';
import { labelOr } from '../../shared/reports/labels';
import { ReportDocument } from './pdf/reportDocument';

export interface CaseSummaryData {
  applicant: ApplicantFields & { id: string };
  events: TimelineEvent[];
  deadlines: DeadlineItem[];
  incidents: Incident[];
  /** Names of the people linked as family, by id. */
  relatives: Record<string, string>;
}

const show = (value: string | undefined) => (value ? formatPartialDate(value) : '');

function fullName(person: { familyName: string; givenName?: string | undefined; patronymic?: string | undefined }) {
  return [person.familyName.toLocaleUpperCase(), person.givenName, person.patronymic].filter(Boolean).join(' ');
}

/**
 * One applicant's file as a PDF for a lawyer, a court or UNHCR: the sections asked for, in the
 * language asked for. Empty fields are left out rather than printed blank.
 */
export function caseSummaryPdf(
  data: CaseSummaryData,
  options: {
    language: Language;
    sections: readonly CaseSummarySection[];
    officeName: string;
    generatedAt: Date;
    password?: string | undefined;
  },
): Promise<Buffer> {
  const { language } = options;
  const t: Translate = (key, params) => translate(language, key, params);
  const field = (name: string) => labelOr(language, `applicant.field.${name}`, name);
  const a = data.applicant;
  const name = fullName(a);
  const report = new ReportDocument({ ...options, title: `${t('report.case.title')}: ${name}` });
  report.title(name, t('report.case.title'));
  const has = (section: CaseSummarySection) => options.sections.includes(section);
  const facts = (pairs: [string, string | undefined][]) =>
    pairs.filter((pair): pair is [string, string] => Boolean(pair[1]?.trim()));

  if (has('identity')) {
    report.heading(t('report.section.identity'));
    report.facts(
      facts([
        [field('familyName'), a.familyName],
        [field('givenName'), a.givenName],
        [field('patronymic'), a.patronymic],
        [field('aliases'), a.aliases.join('; ')],
        [field('sex'), labelOr(language, `applicant.sex.${a.sex}`, a.sex)],
        [field('birthDate'), show(a.birthDate)],
        [field('birthPlace'), a.birthPlace],
        [field('citizenship'), a.citizenship.map((c) => countryName(c, language)).join(', ')],
        [field('languages'), a.languages.map((l) => languageName(l, language)).join(', ')],
        [field('arrivalDate'), show(a.arrivalDate)],
        [
          field('familyLinks'),
          a.familyLinks
            .map(
              (l) =>
                `${data.relatives[l.applicantId] ?? '?'} (${labelOr(language, `applicant.relation.${l.relation}`, l.relation)})`,
            )
            .join('; '),
        ],
      ]),
    );
  }
  if (has('contact')) {
    const contact = facts([
      [field('phone'), a.phone],
      [field('address'), a.address],
    ]);
    if (contact.length > 0) {
      report.heading(t('report.section.contact'));
      report.facts(contact);
    }
  }
  if (has('status')) {
    report.heading(t('report.section.status'));
    report.facts(
      facts([
        [field('caseStatus'), labelOr(language, `applicant.status.${a.caseStatus}`, a.caseStatus)],
        [field('assignedLawyer'), a.assignedLawyer],
        [
          field('documents'),
          a.documents
            .map((d) =>
              [
                labelOr(language, `applicant.document.${d.kind}`, d.kind),
                d.number,
                d.expiresOn ? `→ ${show(d.expiresOn)}` : '',
              ]
                .filter(Boolean)
                .join(' '),
            )
            .join('\n'),
        ],
        [
          field('vulnerabilities'),
          a.vulnerabilities.map((v) => labelOr(language, `applicant.vulnerability.${v}`, v)).join(', '),
        ],
      ]),
    );
  }
  if (has('timeline')) {
    report.heading(t('report.section.timeline'));
    if (data.events.length === 0) report.paragraph(t('report.none'), true);
    else {
      report.table(
        [
          { header: t('report.column.date'), width: 0.15 },
          { header: t('report.column.event'), width: 0.28 },
          { header: t('report.column.details'), width: 0.57 },
        ],
        data.events.map((entry) => {
          const text = describeEvent(t, language, entry, data.events);
          return [text.date, text.title, text.details.join('\n')];
        }),
      );
    }
  }
  if (has('deadlines')) {
    report.heading(t('report.section.deadlines'));
    if (data.deadlines.length === 0) report.paragraph(t('report.none'), true);
    else {
      report.table(
        [
          { header: t('report.column.due'), width: 0.18 },
          { header: t('report.column.deadline'), width: 0.82 },
        ],
        data.deadlines.map((d) => [
          show(d.dueOn),
          `${d.title ?? labelOr(language, `deadline.rule.${d.ruleId}`, d.ruleId ?? '')}${d.unconfirmed ? ` (${t('report.unconfirmed')})` : ''}`,
        ]),
      );
    }
  }
  if (has('incidents')) {
    report.heading(t('report.section.incidents'));
    if (data.incidents.length === 0) report.paragraph(t('report.none'), true);
    else {
      report.table(
        [
          { header: t('report.column.date'), width: 0.15 },
          { header: t('report.column.kind'), width: 0.25 },
          { header: t('report.column.details'), width: 0.6 },
        ],
        data.incidents.map((i) => [
          show(i.occurredOn),
          `${labelOr(language, `incident.kind.${i.kind}`, i.kind)}\n${labelOr(language, `incident.perpetrator.${i.perpetrator}`, i.perpetrator)}`,
          [i.place, i.description].filter(Boolean).join('\n'),
        ]),
      );
    }
  }
  return report.finish();
}
