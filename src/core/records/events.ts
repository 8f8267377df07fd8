import { type EventInput, eventFieldsSchema, type TimelineEvent } from '../../shared/records/events';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { parseOrThrow } from './parseOrThrow';
import type { RecordStore } from './recordStore';
import { applicantSpec, type EventDoc, eventSpec } from './specs';

export class EventRepository {
  constructor(
    private readonly db: Db,
    private readonly store: RecordStore,
  ) {}

  create(applicantId: string, input: EventInput): string {
    return this.store.transaction(() => {
      this.store.require(applicantSpec, applicantId);
      const event = parseOrThrow(eventFieldsSchema, input);
      return this.store.create<EventDoc>(eventSpec, { ...event, applicantId });
    });
  }

  /** Replaces the event's fields (its type may change too, as when a note becomes a decision). */
  update(id: string, input: EventInput): string[] {
    return this.store.transaction(() => {
      const current = this.store.require(eventSpec, id);
      const event = parseOrThrow(eventFieldsSchema, input);
      return this.store.update<EventDoc>(eventSpec, id, { ...event, applicantId: current.doc.applicantId });
    });
  }

  setDeleted(id: string, deleted: boolean): void {
    this.store.setDeleted(eventSpec, id, deleted);
  }

  /** The applicant's timeline, oldest first; partial dates sort before full dates of the same period. */
  forApplicant(applicantId: string): TimelineEvent[] {
    const rows = prepared(
      this.db,
      `SELECT id, doc, created_at, updated_at FROM events
         WHERE applicant_id = ? AND deleted_at IS NULL ORDER BY sort_date, created_at`,
    ).all(applicantId) as { id: string; doc: string; created_at: string; updated_at: string }[];
    return rows.map((row) => {
      const { applicantId: owner, ...event } = JSON.parse(row.doc) as EventDoc;
      return { id: row.id, applicantId: owner, createdAt: row.created_at, updatedAt: row.updated_at, event };
    });
  }
}
