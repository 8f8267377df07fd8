import type PizZip from 'pizzip';
import { flattenFields } from '../../shared/documents/fields';
import type { DocumentCheck, DocumentRequest, TemplateSummary } from '../../shared/documents/templates';
import { PanohError } from '../../shared/errors';
import type { Language } from '../../shared/i18n';
import { effectiveRules } from '../deadlines/deadlineRules';
import { isOfficeNamed, readOfficeDetails } from '../office/officeDetails';
import type { Workspace } from '../records/workspace';
import { isoDay } from './dates';
import { documentWarnings, type TemplateCheck } from './documentWarnings';
import { OfficeTemplateRepository } from './officeTemplates';
import { readShippedTemplate, shippedTemplates } from './shippedTemplates';
import { type CaseFile, type TemplateValue, templateData } from './templateData';
import { assertUsable, inspectTemplate, lookUp, render } from './templateEngine';
import { openTemplate } from './templateFile';

interface Blank {
  name: string;
  label: string;
  required: boolean;
}

/** A template ready to fill: checked again on every use (an office template may have come by sync). */
interface ResolvedTemplate {
  id: string;
  zip: PizZip;
  blanks: Blank[];
  requires: readonly string[];
  /** What the template is given of the file (shipped ones say); undefined: the whole tree. */
  reads?: readonly string[];
  checks: readonly TemplateCheck[];
  /** Every field it prints, from its own placeholders. */
  placeholders: readonly string[];
}

export function officeTemplates(workspace: Workspace): OfficeTemplateRepository {
  return new OfficeTemplateRepository(workspace.db, workspace.store);
}

/** Shipped templates first (in the lawyer's language), then the office's own, retired ones marked. */
export function listTemplates(workspace: Workspace, uiLanguage: Language): TemplateSummary[] {
  const shipped = shippedTemplates().map(
    (t): TemplateSummary => ({
      id: t.id,
      source: 'shipped',
      languages: t.languages,
      title: t.title[uiLanguage],
      note: t.note[uiLanguage],
      sources: t.sources.map((source) => ({ text: source.text[uiLanguage], confirmed: source.confirmed })),
      blanks: t.blanks.map((b) => ({ name: b.name, label: b.label[uiLanguage], required: b.required })),
      retired: false,
    }),
  );
  const own = officeTemplates(workspace)
    .list()
    .map((record): TemplateSummary => {
      const problem = officeTemplateProblem(workspace, record.id);
      return {
        id: record.id,
        source: 'office',
        languages: [record.doc.language],
        title: record.doc.title,
        blanks: record.doc.blanks.map((name) => ({ name, label: name, required: false })),
        retired: record.doc.retired,
        fileName: record.doc.fileName,
        updatedAt: record.updatedAt,
        ...(problem ? { problem } : {}),
      };
    });
  return [...shipped, ...own];
}

/**
 * An office template that came by sync was checked only against its schema: its file is checked
 * here, so a bad one shows as refused in the list instead of failing only when chosen.
 */
function officeTemplateProblem(workspace: Workspace, id: string): TemplateSummary['problem'] {
  const repository = officeTemplates(workspace);
  const record = repository.get(id);
  if (!record) return { code: 'TEMPLATE_NOT_FOUND' };
  try {
    assertUsable(inspectTemplate(openTemplate(repository.bytes(record)).zip));
    return undefined;
  } catch (error) {
    if (error instanceof PanohError) return { code: error.code, ...(error.params ? { params: error.params } : {}) };
    throw error;
  }
}

function resolveTemplate(workspace: Workspace, id: string, language: Language): ResolvedTemplate {
  const shipped = shippedTemplates().find((t) => t.id === id);
  if (shipped) {
    if (!shipped.languages.includes(language)) throw new PanohError('TEMPLATE_NOT_FOUND');
    const { zip } = openTemplate(readShippedTemplate(id, language));
    const inspection = inspectTemplate(
      zip,
      shipped.blanks.map((b) => b.name),
      shipped.reads,
    );
    assertUsable(inspection);
    const blanks = shipped.blanks.map((b) => ({ name: b.name, label: b.label[language], required: b.required }));
    return {
      id,
      zip,
      blanks,
      requires: shipped.requires,
      ...(shipped.reads ? { reads: shipped.reads } : {}),
      checks: shipped.checks,
      placeholders: inspection.placeholders,
    };
  }
  const repository = officeTemplates(workspace);
  const record = repository.get(id);
  if (!record || record.doc.retired || record.doc.language !== language) throw new PanohError('TEMPLATE_NOT_FOUND');
  const { zip } = openTemplate(repository.bytes(record));
  const inspection = inspectTemplate(zip);
  assertUsable(inspection);
  // The blanks asked for come from the file itself: a sync may have joined one laptop's file to
  // another's list of blanks.
  const blanks = inspection.blanks.map((name) => ({ name, label: name, required: false }));
  return { id, zip, blanks, requires: [], checks: [], placeholders: inspection.placeholders };
}

function caseFile(workspace: Workspace, applicantId: string, today: Date): CaseFile {
  return {
    applicant: workspace.applicants.get(applicantId).doc,
    events: workspace.events.forApplicant(applicantId),
    incidents: workspace.incidents.list({ applicantId, offset: 0, limit: 500 }).rows,
    office: readOfficeDetails(workspace),
    officeNamed: isOfficeNamed(workspace),
    profileName: workspace.profileName(),
    rules: effectiveRules(workspace.db),
    today: isoDay(today),
  };
}

const isEmpty = (value: TemplateValue | undefined) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

function prepare(workspace: Workspace, request: DocumentRequest, now: Date) {
  const template = resolveTemplate(workspace, request.templateId, request.language);
  const unknown = Object.keys(request.blanks).filter((name) => !template.blanks.some((b) => b.name === name));
  if (unknown.length > 0) {
    throw new PanohError(
      'INVALID_INPUT',
      undefined,
      unknown.map((name) => ({ path: `blanks.${name}`, issue: 'unknownField' })),
    );
  }
  const file = caseFile(workspace, request.applicantId, now);
  const { data, nameSource, unreviewedCountries } = templateData(
    file,
    request.language,
    request.blanks,
    template.reads,
  );
  const missing = template.requires.filter((path) => isEmpty(lookUp(data, path)));
  const warnings = documentWarnings(template.checks, {
    data,
    rules: file.rules,
    today: file.today,
    language: request.language,
    unreviewedCountries,
    placeholders: template.placeholders,
  });
  return { template, data, nameSource, missing, warnings };
}

/** Before writing: what the template needs that the file lacks, what stays blank, what to ask. */
export function checkDocument(workspace: Workspace, request: DocumentRequest, now = new Date()): DocumentCheck {
  const { template, data, nameSource, missing, warnings } = prepare(workspace, request, now);
  const { gaps } = render(template.zip, data);
  // What the missing record would have held is not a gap of its own.
  const lacking = missing.map((path) => `${path.split('.')[0]}.`);
  return {
    missing,
    gaps: gaps.filter((gap) => !gap.startsWith('blank.') && !lacking.some((group) => gap.startsWith(group))),
    blanks: template.blanks,
    nameSource,
    filingName: String(lookUp(data, 'applicant.fullName') ?? ''),
    warnings,
    reads: [...template.placeholders],
  };
}

/**
 * A Russian date in words ends in «г.», so a sentence that ends with one would show «г..»; the
 * templates cannot avoid it where a condition decides what follows the date.
 */
function tidyFor(language: Language): ((xml: string) => string) | undefined {
  return language === 'ru' ? (xml) => xml.replace(/(\d{4} г\.)\./g, '$1') : undefined;
}

const safeId = (id: string) => id.replace(/[^a-z0-9-]/gi, '').slice(0, 40) || 'document';

/**
 * Writes the document and files it with the person's files (encrypted, with the template and the
 * language), audited by template id; never by what it says. The file name carries no client name:
 * it shows in folder listings once a copy is saved out.
 */
export function generateDocument(
  workspace: Workspace,
  request: DocumentRequest,
  now = new Date(),
): { attachmentId: string; fileName: string; gaps: string[] } {
  const { template, data, missing } = prepare(workspace, request, now);
  const [lacking] = missing;
  if (lacking) throw new PanohError('DOCUMENT_DATA_MISSING', { field: lacking });
  const unanswered = template.blanks.find((b) => b.required && !request.blanks[b.name]?.trim());
  if (unanswered) throw new PanohError('DOCUMENT_BLANK_MISSING', { blank: unanswered.label.slice(0, 120) });
  const { bytes, gaps } = render(template.zip, data, tidyFor(request.language));
  const fileName = `${safeId(template.id)}-${request.language}-${isoDay(now)}.docx`;
  const attachmentId = workspace.store.transaction(() => {
    const id = workspace.attachments.addGenerated(request.applicantId, fileName, bytes, {
      id: template.id,
      language: request.language,
    });
    workspace.audit.append({
      action: 'document_generate',
      targetKind: 'attachment',
      targetId: id,
      applicantId: request.applicantId,
      detail: { templateId: template.id, language: request.language, gaps: gaps.length },
    });
    return id;
  });
  return { attachmentId, fileName, gaps: gaps.filter((gap) => !gap.startsWith('blank.')) };
}

function shown(value: TemplateValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return String(value.length);
  return null;
}

/**
 * The field reference: every placeholder with the value it takes for this person (inside a list,
 * the first item's). Without a person, the names alone.
 */
export function fieldReference(
  workspace: Workspace,
  applicantId: string | undefined,
  language: Language,
  now = new Date(),
): { path: string; kind: string; value: string | null }[] {
  const data = applicantId ? templateData(caseFile(workspace, applicantId, now), language, {}).data : undefined;
  const listPaths = flattenFields()
    .filter((f) => f.kind === 'list')
    .map((f) => f.path);
  return flattenFields().map((field) => {
    if (!data) return { path: field.path, kind: field.kind, value: null };
    const list = listPaths.find((p) => field.path.startsWith(`${p}.`));
    const value = list
      ? (() => {
          const items = lookUp(data, list);
          const first = Array.isArray(items) ? items[0] : undefined;
          return first ? lookUp(first, field.path.slice(list.length + 1)) : undefined;
        })()
      : lookUp(data, field.path);
    return { path: field.path, kind: field.kind, value: shown(value) };
  });
}
