import { invalidInput, PanohError } from '../../shared/errors';
import { type ImportDocument, type ImportResult, importDocumentSchema } from '../../shared/records/importFile';
import { refuseUnknownRelatives } from '../records/applicants';
import { applicantSpec, type EventDoc, eventSpec } from '../records/specs';
import type { Workspace } from '../records/workspace';
import { prepared } from '../vault/prepared';
import { convertRows } from './convertRows';
import { proposeMapping } from './proposeMapping';
import { readCsv } from './readCsv';
import { tableFromGrid } from './sheetGrid';

export type ImportFormat = 'json' | 'csv';

function importError(fields: { path: string; issue: string }[], total = fields.length): PanohError {
  return new PanohError('IMPORT_INVALID', { errors: total }, fields.slice(0, 50));
}

/** Parses the file's text into the import document, or throws IMPORT_INVALID naming record and field. */
/**
 * A UTF-16 file (some spreadsheet programs save "Unicode text" so) read as UTF-8: its byte-order
 * mark turns into two replacement characters and every ASCII letter gains a NUL.
 */
function looksLikeUtf16(text: string): boolean {
  return text.startsWith('\uFFFD\uFFFD') || text.slice(0, 4096).includes('\u0000');
}

export function parseImport(format: ImportFormat, text: string): ImportDocument {
  if (looksLikeUtf16(text)) throw new PanohError('IMPORT_ENCODING', { encoding: 'UTF-8' });
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

/**
 * A CSV through the spreadsheet reader (encoding and separator detected) with the mapping Panoh
 * proposes, which maps the field names of DESIGN.md section 7 to themselves. A refused cell names
 * its row and column header: `row.3.birthDate`.
 */
function csvToApplicants(text: string): Record<string, unknown>[] {
  const table = tableFromGrid(readCsv(new TextEncoder().encode(text), { encoding: 'utf-8' }).grid);
  const mapping = proposeMapping(table.headers);
  // This way in takes Panoh's own column names; a column it cannot place is a typo, not data to drop.
  const unknown = mapping.columns.findIndex((column) => column.target === 'ignore');
  if (unknown >= 0) throw importError([{ path: `columns.${unknown + 1}`, issue: 'unknownField' }]);
  const converted = convertRows(table, mapping);
  const problems = converted.flatMap((row) => row.problems);
  if (problems.length > 0) {
    throw importError(
      problems.map((p) => ({ path: `row.${p.row}.${p.header}`.slice(0, 200), issue: p.issue })),
      problems.length,
    );
  }
  return converted.map((row) => row.draft);
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
 * An event of a group names the others it concerns by their ids in this vault (a file cannot name
 * people it creates: they have no id yet); each must be a live applicant here.
 */
function checkGroupMembers(workspace: Workspace, doc: ImportDocument): void {
  const live = prepared(workspace.db, 'SELECT 1 FROM applicants WHERE id = ? AND deleted_at IS NULL');
  const problems: { path: string; issue: string }[] = [];
  doc.applicants.forEach((applicant, a) => {
    applicant.events.forEach((event, e) => {
      (event.otherApplicantIds ?? []).forEach((id, o) => {
        if (!live.get(id))
          problems.push({ path: `applicants.${a}.events.${e}.otherApplicantIds.${o}`, issue: 'unknownReference' });
      });
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
    try {
      for (const [index, applicant] of doc.applicants.entries()) {
        const pathOf = (link: number) => `applicants.${index}.familyLinks.${link}.applicantId`;
        refuseUnknownRelatives(workspace.db, applicant.familyLinks, [], undefined, pathOf);
      }
    } catch (error) {
      if (error instanceof PanohError && error.fields) throw importError(error.fields);
      throw error;
    }
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
    checkGroupMembers(workspace, doc);
    store.createMany(eventSpec, events);
    for (const { victims, ...fields } of doc.incidents) {
      workspace.incidents.create({ ...fields, victimIds: victims.map((ref) => ids[ref] ?? '') });
    }
    const imported = { applicants: doc.applicants.length, events: events.length, incidents: doc.incidents.length };
    workspace.audit.append({ action: 'import', targetKind: 'file', detail: { format: source, ...imported } });
    return { imported, ids };
  });
}
