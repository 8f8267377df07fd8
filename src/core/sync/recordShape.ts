import { type FieldProblem, fieldProblemOf } from '../../shared/errors';
import type { Doc, RecordTable } from '../records/recordStore';
import { RECORD_SCHEMAS } from '../records/specs';

/** Problems that say a field is not there yet ("a family or a given name" is the names' absence). */
const MISSING: ReadonlySet<FieldProblem> = new Set(['required', 'nameRequired']);

export type Shape = { kind: 'valid'; doc: Doc } | { kind: 'incomplete' } | { kind: 'invalid' };

/**
 * Whether a merged document is a whole record, one still missing fields (a bundle made for
 * colleagues who already had its beginning), or one no device could have written (markup in a
 * name, a value of the wrong type). Only missing fields make a record incomplete; a record that is
 * deleted gets no exception, since a tombstone can be restored and must then be a valid record.
 */
export function shapeOf(tbl: RecordTable, doc: Doc): Shape {
  const parsed = RECORD_SCHEMAS[tbl].safeParse(doc);
  if (parsed.success) return { kind: 'valid', doc: parsed.data as Doc };
  // An event without its type cannot be judged field by field: it is still waiting for its beginning.
  if (tbl === 'events' && doc.type === undefined) return { kind: 'incomplete' };
  const onlyMissing = parsed.error.issues.every((issue) => MISSING.has(fieldProblemOf(issue)));
  return onlyMissing ? { kind: 'incomplete' } : { kind: 'invalid' };
}

/** The record a record belongs to: an event's or task's applicant, a scan's applicant or incident. */
export function ownerOf(tbl: RecordTable, doc: Doc): { tbl: RecordTable; id: string } | undefined {
  if (tbl === 'events' && typeof doc.applicantId === 'string') return { tbl: 'applicants', id: doc.applicantId };
  if (tbl === 'tasks' && typeof doc.applicantId === 'string') return { tbl: 'applicants', id: doc.applicantId };
  if (tbl === 'attachments' && typeof doc.ownerId === 'string') {
    return { tbl: doc.ownerKind === 'incident' ? 'incidents' : 'applicants', id: doc.ownerId };
  }
  return undefined;
}
