import { z } from 'zod';
import {
  deadlineDashboardSchema,
  deadlineItemSchema,
  deadlineRulePatchSchema,
  doneMarkSchema,
  effectiveRuleSchema,
} from '../deadlines/deadlineRules';
import { taskFieldsSchema } from '../deadlines/task';
import { fullDate } from '../records/partialDate';

const empty = z.object({}).strict();
const countsSchema = z.object({
  overdue: z.number().int(),
  dueToday: z.number().int(),
  thisWeek: z.number().int(),
  later: z.number().int(),
});

export const deadlineMethods = {
  'deadlines.dashboard': {
    input: z.object({ lawyer: z.string().max(300).optional(), today: fullDate.optional() }).strict(),
    output: deadlineDashboardSchema.extend({ counts: countsSchema }),
  },
  'deadlines.forApplicant': {
    input: z.object({ applicantId: z.uuid() }).strict(),
    output: z.array(deadlineItemSchema),
  },
  'deadlines.markDone': { input: z.object({ key: z.string().min(1).max(200) }).strict(), output: empty },
  /** Opens a deadline marked done again. */
  'deadlines.undoDone': { input: z.object({ key: z.string().min(1).max(200) }).strict(), output: empty },
  'deadlines.doneForApplicant': {
    input: z.object({ applicantId: z.uuid() }).strict(),
    output: z.array(doneMarkSchema),
  },
  'deadlines.rules': { input: empty, output: z.array(effectiveRuleSchema) },
  'deadlines.setRule': { input: deadlineRulePatchSchema, output: z.array(effectiveRuleSchema) },
  'tasks.create': { input: z.object({ fields: taskFieldsSchema }).strict(), output: z.object({ id: z.uuid() }) },
  'tasks.setDone': { input: z.object({ id: z.uuid(), done: z.boolean() }).strict(), output: empty },
} as const;
