import { invalidInput, PanohError } from '../../shared/errors';
import {
  csvColumns,
  csvListColumns,
  type ImportDocument,
  type ImportResult,
  importDocumentSchema,
} from '../../shared/records/importFile';
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

/** All or nothing: one transaction, so a failure anywhere leaves the vault as it was. */
export function importRecords(workspace: Workspace, doc: ImportDocument, source: ImportFormat): ImportResult {
  return workspace.store.transaction(() => {
    const ids: Record<string, string> = {};
    let events = 0;
    for (const { ref, events: timeline, ...fields } of doc.applicants) {
      const id = workspace.applicants.create(fields);
      if (ref) ids[ref] = id;
      for (const event of timeline) {
        workspace.events.create(id, event);
        events += 1;
      }
    }
    for (const { victims, ...fields } of doc.incidents) {
      workspace.incidents.create({ ...fields, victimIds: victims.map((ref) => ids[ref] ?? '') });
    }
    const imported = { applicants: doc.applicants.length, events, incidents: doc.incidents.length };
    workspace.audit.append({ action: 'import', targetKind: 'file', detail: { format: source, ...imported } });
    return { imported, ids };
  });
}
