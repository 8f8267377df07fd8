import { PanohError } from '../../shared/errors';
import {
  type EventDoc,
  type EventFields,
  type EventInput,
  eventFieldsSchema,
  eventPeople,
  type TimelineEvent,
} from '../../shared/records/events';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { knownApplicant } from './knownApplicant';
import { parseOrThrow } from './parseOrThrow';
import type { RecordStore } from './recordStore';
import { applicantSpec, eventSpec } from './specs';

interface EventRow {
  id: string;
  doc: string;
  created_at: string;
  updated_at: string;
}

function toTimelineEvent(row: EventRow): TimelineEvent {
  const { applicantId: owner, ...event } = JSON.parse(row.doc) as EventDoc;
  return { id: row.id, applicantId: owner, createdAt: row.created_at, updatedAt: row.updated_at, event };
}

/**
 * Timeline events. One event may concern several people (a group detained together, one decision
 * on all of them): it is one record, on every member's file, edited once for all. `applicantId` is
 * the person it was recorded for; the others are `otherApplicantIds`.
 */
export class EventRepository {
  constructor(
    private readonly db: Db,
    private readonly store: RecordStore,
  ) {}

  create(applicantId: string, input: EventInput): string {
    return this.store.transaction(() => {
      this.store.require(applicantSpec, applicantId);
      const event = parseOrThrow(eventFieldsSchema, input);
      return this.store.create<EventDoc>(eventSpec, this.withPeople(event, applicantId, event.otherApplicantIds));
    });
  }

  /**
   * Replaces the event's fields (its type may change too, as when a note becomes a decision).
   * Edited from a member's file (`fromApplicantId`), the others it names are everyone but that
   * member, who stays on it; the person it was recorded for stays first while still a member.
   */
  update(id: string, input: EventInput, fromApplicantId?: string): string[] {
    return this.store.transaction(() => {
      const current = this.store.require(eventSpec, id);
      const event = parseOrThrow(eventFieldsSchema, input);
      const viewer = fromApplicantId ?? current.doc.applicantId;
      if (!eventPeople(current.doc).includes(viewer)) {
        throw new PanohError('INVALID_INPUT', undefined, [{ path: 'applicantId', issue: 'unknownReference' }]);
      }
      const people = new Set([viewer, ...(event.otherApplicantIds ?? [])]);
      const primary = people.has(current.doc.applicantId) ? current.doc.applicantId : viewer;
      people.delete(primary);
      return this.store.update<EventDoc>(eventSpec, id, this.withPeople(event, primary, [...people]));
    });
  }

  /** Takes one person off a group's event (from their file); the event stays for the others. */
  removePerson(id: string, applicantId: string): void {
    this.store.transaction(() => {
      const current = this.store.require(eventSpec, id);
      const people = eventPeople(current.doc).filter((person) => person !== applicantId);
      if (people.length === eventPeople(current.doc).length || people.length === 0) {
        throw new PanohError('INVALID_INPUT', undefined, [{ path: 'applicantId', issue: 'invalid' }]);
      }
      const [primary = '', ...others] = people;
      const { otherApplicantIds: _previous, ...fields } = current.doc;
      this.store.update<EventDoc>(eventSpec, id, {
        ...fields,
        applicantId: primary,
        ...(others.length > 0 ? { otherApplicantIds: others } : {}),
      } as EventDoc);
    });
  }

  setDeleted(id: string, deleted: boolean): void {
    this.store.setDeleted(eventSpec, id, deleted);
  }

  /**
   * The applicant's timeline (their own events and their groups'), oldest first; partial dates
   * sort before full dates of the same period.
   */
  forApplicant(applicantId: string): TimelineEvent[] {
    const rows = prepared(
      this.db,
      `SELECT e.id, e.doc, e.created_at, e.updated_at FROM event_people p JOIN events e ON e.id = p.event_id
         WHERE p.applicant_id = ? AND e.deleted_at IS NULL ORDER BY e.sort_date, e.created_at, e.id`,
    ).all(applicantId) as EventRow[];
    return rows.map(toTimelineEvent);
  }

  /**
   * The event with the others it concerns checked: live applicants of this vault, each once, not
   * the person it is recorded for; a group size, when given, counts at least the people named.
   */
  private withPeople(event: EventFields, applicantId: string, others: readonly string[] | undefined): EventDoc {
    const live = knownApplicant(this.db, { live: true });
    const unique = [...new Set(others ?? [])].filter((person) => person !== applicantId);
    const unknown = unique.findIndex((person) => !live(person));
    if (unknown >= 0) {
      throw new PanohError('INVALID_INPUT', undefined, [
        { path: `otherApplicantIds.${unknown}`, issue: 'unknownReference' },
      ]);
    }
    if (event.groupSize !== undefined && event.groupSize < unique.length + 1) {
      throw new PanohError('INVALID_INPUT', undefined, [{ path: 'groupSize', issue: 'invalid' }]);
    }
    const { otherApplicantIds: _given, ...fields } = event;
    return { ...fields, applicantId, ...(unique.length > 0 ? { otherApplicantIds: unique } : {}) } as EventDoc;
  }
}
