import { invalidInput, PanohError } from '../../shared/errors';
import {
  csvColumns,
  csvListColumns,
  type ImportDocument,
  type ImportResult,
  importDocumentSchema,
} from '../../shared/records/importFile';
import { applicantSpec, type EventDoc, eventSpec } from '../records/specs';
import type { Workspace } from '../records/workspace';
import { parseCsv } from './csv';

export type ImportFormat = 'json' | 'csv';

function importError(fields: { path: string; issue: string }[], total = fields.length): PanohError {
  return new PanohError('IMPORT_INVALID', { errors: total }, fields.slice(0, 50));
}

/** Parses the file's text into the import document, or throws IMPORT_INVALID naming record and field. */
export function parseImport(format: ImportFormat, text: string): ImportDocument {
  let raw: unknown;
  if (format === 'json') {
    try {
      raw = JSON.parse(text);
    } catch {
      throw importError([{ path: '', issue: 'invalidFile' }]);
    }
  } else {
    raw = { applicants: csvToApplicants(text) };
  }
  const parsed = importDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const { fields } = invalidInput(parsed.error.issues);
    throw importError(fields ?? [], parsed.error.issues.length);
  }
  checkReferences(parsed.data);
  return parsed.data;
}

function csvToApplicants(text: string): Record<string, unknown>[] {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch {
    throw importError([{ path: '', issue: 'invalidFile' }]);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  const columns = header.map((h) => h.trim());
  const unknown = columns.findIndex((c) => !(csvColumns as readonly string[]).includes(c));
  if (unknown >= 0) throw importError([{ path: `columns.${unknown + 1}`, issue: 'unknownField' }]);
  return body.map((cells) => {
    const record: Record<string, unknown> = {};
    columns.forEach((column, index) => {
      const cell = (cells[index] ?? '').trim();
      if (cell === '') return;
      record[column] = (csvListColumns as readonly string[]).includes(column)
        ? cell
            .split(';')
            .map((part) => part.trim())
            .filter(Boolean)
        : cell;
    });
    return record;
  });
}

function checkReferences(doc: ImportDocument): void {
  const problems: { path: string; issue: string }[] = [];
  const refs = new Set<string>();
  doc.applicants.forEach((applicant, index) => {
    if (!applicant.ref) return;
    if (refs.has(applicant.ref)) problems.push({ path: `applicants.${index}.ref`, issue: 'duplicateReference' });
    refs.add(applicant.ref);
  });
  doc.incidents.forEach((incident, index) => {
    incident.victims.forEach((victim, v) => {
      if (!refs.has(victim)) problems.push({ path: `incidents.${index}.victims.${v}`, issue: 'unknownReference' });
    });
  });
  if (problems.length > 0) throw importError(problems);
}

/**
 * All or nothing: one transaction, so a failure anywhere leaves the vault as it was. Applicants
 * and events go to the store in bulk without a second validation: `parseImport` has already
 * checked them with the very field schemas the repositories use (the import schema extends them).
 * Incidents go through their repository, which checks that every victim exists.
 */
export function importRecords(workspace: Workspace, doc: ImportDocument, source: ImportFormat): ImportResult {
  const { store } = workspace;
  return store.transaction(() => {
    const applicantIds = store.createMany(
      applicantSpec,
      doc.applicants.map(({ ref: _ref, events: _events, ...fields }) => fields),
    );
    const ids: Record<string, string> = {};
    const events: EventDoc[] = [];
    doc.applicants.forEach(({ ref, events: timeline }, index) => {
      const applicantId = applicantIds[index] ?? '';
      if (ref) ids[ref] = applicantId;
      for (const event of timeline) events.push({ ...event, applicantId });
    });
    store.createMany(eventSpec, events);
    for (const { victims, ...fields } of doc.incidents) {
      workspace.incidents.create({ ...fields, victimIds: victims.map((ref) => ids[ref] ?? '') });
    }
    const imported = { applicants: doc.applicants.length, events: events.length, incidents: doc.incidents.length };
    workspace.audit.append({ action: 'import', targetKind: 'file', detail: { format: source, ...imported } });
    return { imported, ids };
  });
}
