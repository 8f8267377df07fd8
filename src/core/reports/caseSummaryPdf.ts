import type { DeadlineItem } from '../../shared/deadlines/deadlineRules';
import type { Language } from '../../shared/i18n';
import { approximateAgeText } from '../../shared/records/ageText';
import type { ApplicantFields } from '../../shared/records/applicant';
import { countryName, languageName } from '../../shared/records/codes';
import type { TimelineEvent } from '../../shared/records/events';
import { describeEvent } from '../../shared/records/eventText';
import type { Incident } from '../../shared/records/incident';
import { formatPartialDate } from '../../shared/records/partialDate';
import { personName } from '../../shared/records/personName';
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

/** A person known by one name only has no family name (issue 12). */
const fullName = personName;

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
      [field('approximateAge'), a.birthDate ? undefined : approximateAgeText(text.t, a)],
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

/** A section that is a table: its heading, then "none recorded" or the rows. */
function tableSection(
  { report, text }: SectionContext,
  title: Parameters<PdfText['t']>[0],
  columns: [Parameters<PdfText['t']>[0], number][],
  rows: string[][],
): void {
  report.heading(text.t(title));
  if (rows.length === 0) report.paragraph(text.t('report.none'), true);
  else
    report.table(
      columns.map(([header, width]) => ({ header: text.t(header), width })),
      rows,
    );
}

function timelineSection(context: SectionContext): void {
  const { data, language, text } = context;
  tableSection(
    context,
    'report.section.timeline',
    [
      ['report.column.date', 0.15],
      ['report.column.event', 0.28],
      ['report.column.details', 0.57],
    ],
    data.events
      .filter((entry) => !isNote(entry))
      .map((entry) => {
        // The person makes Russian agree with their sex and flags a handover to a state not theirs;
        // a group's event says how many it concerns, never the other members' names.
        const described = describeEvent(text.t, language, entry, data.events, data.applicant);
        return [described.date, described.title, [...described.warnings, ...described.details].join('\n')];
      }),
  );
}

function deadlinesSection(context: SectionContext): void {
  const { data, text } = context;
  tableSection(
    context,
    'report.section.deadlines',
    [
      ['report.column.due', 0.18],
      ['report.column.deadline', 0.82],
    ],
    data.deadlines.map((d) => [
      show(d.dueOn),
      `${d.title ?? text.label(`deadline.rule.${d.ruleId}`, d.ruleId ?? '')}${d.unconfirmed ? ` (${text.t('report.unconfirmed')})` : ''}`,
    ]),
  );
}

function incidentsSection(context: SectionContext): void {
  const { data, text } = context;
  tableSection(
    context,
    'report.section.incidents',
    [
      ['report.column.date', 0.15],
      ['report.column.kind', 0.25],
      ['report.column.details', 0.6],
    ],
    data.incidents.map((i) => [
      show(i.occurredOn),
      `${text.label(`incident.kind.${i.kind}`, i.kind)}\n${text.label(`incident.perpetrator.${i.perpetrator}`, i.perpetrator)}`,
      [i.place, i.description].filter(Boolean).join('\n'),
    ]),
  );
}

/** The person's notes field, then every dated note of the timeline, oldest first. */
function notesSection(context: SectionContext): void {
  const { report, data, language, text } = context;
  const general = data.applicant.notes?.trim();
  const dated = data.events.filter(isNote).map((entry) => {
    const described = describeEvent(text.t, language, entry, data.events, data.applicant);
    return [described.date, described.details.join('\n')];
  });
  if (!general) {
    tableSection(
      context,
      'report.section.notes',
      [
        ['report.column.date', 0.15],
        ['report.column.note', 0.85],
      ],
      dated,
    );
    return;
  }
  report.heading(text.t('report.section.notes'));
  report.paragraph(general);
  if (dated.length > 0)
    report.table(
      [
        { header: text.t('report.column.date'), width: 0.15 },
        { header: text.t('report.column.note'), width: 0.85 },
      ],
      dated,
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
