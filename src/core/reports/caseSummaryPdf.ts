import type { DeadlineItem } from '../../shared/deadlines/deadlineRules';
import type { Language } from '../../shared/i18n';
import type { ApplicantFields } from '../../shared/records/applicant';
import { countryName, languageName } from '../../shared/records/codes';
import type { TimelineEvent } from '../../shared/records/events';
import { describeEvent } from '../../shared/records/eventText';
import type { Incident } from '../../shared/records/incident';
import { formatPartialDate } from '../../shared/records/partialDate';
import type { CaseSummarySection } from '../../shared/reports/caseSummary';
import { describeDocument } from '../../shared/reports/documentText';
import { type PdfText, pdfText } from './pdf/pdfMessages';
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

type Pairs = [string, string | undefined][];
const facts = (pairs: Pairs) => pairs.filter((pair): pair is [string, string] => Boolean(pair[1]?.trim()));

interface SectionContext {
  report: ReportDocument;
  data: CaseSummaryData;
  language: Language;
  text: PdfText;
  field(name: string): string;
}

function identitySection({ report, data, language, text, field }: SectionContext): void {
  const a = data.applicant;
  report.heading(text.t('report.section.identity'));
  report.facts(
    facts([
      [field('familyName'), a.familyName],
      [field('givenName'), a.givenName],
      [field('patronymic'), a.patronymic],
      [field('aliases'), a.aliases.join('; ')],
      [field('sex'), text.label(`applicant.sex.${a.sex}`, a.sex)],
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
              `${data.relatives[l.applicantId] ?? '?'} (${text.label(`applicant.relation.${l.relation}`, l.relation)})`,
          )
          .join('; '),
      ],
    ]),
  );
}

function contactSection({ report, data, text, field }: SectionContext): void {
  const contact = facts([
    [field('phone'), data.applicant.phone],
    [field('address'), data.applicant.address],
  ]);
  if (contact.length === 0) return;
  report.heading(text.t('report.section.contact'));
  report.facts(contact);
}

function statusSection({ report, data, text, field }: SectionContext): void {
  const a = data.applicant;
  report.heading(text.t('report.section.status'));
  report.facts(
    facts([
      [field('caseStatus'), text.label(`applicant.status.${a.caseStatus}`, a.caseStatus)],
      [field('assignedLawyer'), a.assignedLawyer],
      [field('documents'), a.documents.map((d) => describeDocument(text.t, d, show)).join('\n')],
      [
        field('vulnerabilities'),
        a.vulnerabilities.map((v) => text.label(`applicant.vulnerability.${v}`, v)).join(', '),
      ],
    ]),
  );
}

/** Notes are the lawyer's working notes: printed only when asked for, apart from the case's facts. */
const isNote = (entry: TimelineEvent) => entry.event.type === 'note';

function timelineSection({ report, data, language, text }: SectionContext): void {
  report.heading(text.t('report.section.timeline'));
  const events = data.events.filter((entry) => !isNote(entry));
  if (events.length === 0) {
    report.paragraph(text.t('report.none'), true);
    return;
  }
  report.table(
    [
      { header: text.t('report.column.date'), width: 0.15 },
      { header: text.t('report.column.event'), width: 0.28 },
      { header: text.t('report.column.details'), width: 0.57 },
    ],
    events.map((entry) => {
      const described = describeEvent(text.t, language, entry, data.events);
      return [described.date, described.title, described.details.join('\n')];
    }),
  );
}

function deadlinesSection({ report, data, text }: SectionContext): void {
  report.heading(text.t('report.section.deadlines'));
  if (data.deadlines.length === 0) {
    report.paragraph(text.t('report.none'), true);
    return;
  }
  report.table(
    [
      { header: text.t('report.column.due'), width: 0.18 },
      { header: text.t('report.column.deadline'), width: 0.82 },
    ],
    data.deadlines.map((d) => [
      show(d.dueOn),
      `${d.title ?? text.label(`deadline.rule.${d.ruleId}`, d.ruleId ?? '')}${d.unconfirmed ? ` (${text.t('report.unconfirmed')})` : ''}`,
    ]),
  );
}

function incidentsSection({ report, data, text }: SectionContext): void {
  report.heading(text.t('report.section.incidents'));
  if (data.incidents.length === 0) {
    report.paragraph(text.t('report.none'), true);
    return;
  }
  report.table(
    [
      { header: text.t('report.column.date'), width: 0.15 },
      { header: text.t('report.column.kind'), width: 0.25 },
      { header: text.t('report.column.details'), width: 0.6 },
    ],
    data.incidents.map((i) => [
      show(i.occurredOn),
      `${text.label(`incident.kind.${i.kind}`, i.kind)}\n${text.label(`incident.perpetrator.${i.perpetrator}`, i.perpetrator)}`,
      [i.place, i.description].filter(Boolean).join('\n'),
    ]),
  );
}

/** The person's notes field, then every dated note of the timeline, oldest first. */
function notesSection({ report, data, language, text }: SectionContext): void {
  report.heading(text.t('report.section.notes'));
  const general = data.applicant.notes?.trim();
  const dated = data.events.filter(isNote);
  if (!general && dated.length === 0) {
    report.paragraph(text.t('report.none'), true);
    return;
  }
  if (general) report.paragraph(general);
  if (dated.length === 0) return;
  report.table(
    [
      { header: text.t('report.column.date'), width: 0.15 },
      { header: text.t('report.column.note'), width: 0.85 },
    ],
    dated.map((entry) => {
      const described = describeEvent(text.t, language, entry, data.events);
      return [described.date, described.details.join('\n')];
    }),
  );
}

/** Each section in the order printed; a new section is one function and one entry here. */
const sectionWriters: Record<CaseSummarySection, (context: SectionContext) => void> = {
  identity: identitySection,
  contact: contactSection,
  status: statusSection,
  timeline: timelineSection,
  deadlines: deadlinesSection,
  incidents: incidentsSection,
  notes: notesSection,
};

/**
 * One applicant's file as a PDF for a lawyer, a court or UNHCR: the sections asked for, in the
 * language asked for. Empty fields are left out rather than printed blank. The document title is
 * the kind of report only: viewers, file managers and desktop search show it, and it also sits in
 * the XMP metadata, unencrypted when there is no password.
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
  const text = pdfText(language);
  const report = new ReportDocument({ ...options, title: text.t('report.case.title'), mark: 'confidential' });
  report.title(fullName(data.applicant), text.t('report.case.title'));
  const context: SectionContext = {
    report,
    data,
    language,
    text,
    field: (name) => text.label(`applicant.field.${name}`, name),
  };
  for (const [section, write] of Object.entries(sectionWriters) as [CaseSummarySection, typeof identitySection][]) {
    if (options.sections.includes(section)) write(context);
  }
  return report.finish();
}
