import { z } from 'zod';
import { fullDate } from '../records/partialDate';
import { longText, optional, shortText } from '../records/text';

/**
 * A task with a due day: either written by a lawyer ("collect the court decision") or the record
 * that a computed deadline was dealt with (`deadlineKey`), which is how marking one done syncs.
 */
export const taskFieldsSchema = z.object({
  title: optional(shortText),
  dueOn: fullDate,
  applicantId: optional(z.uuid()),
  lawyer: optional(shortText),
  note: optional(longText),
  done: z.boolean().default(false),
  deadlineKey: optional(z.string().max(200)),
});
export type TaskFields = z.output<typeof taskFieldsSchema>;
