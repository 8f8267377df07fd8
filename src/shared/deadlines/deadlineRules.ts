import { z } from 'zod';

export const deadlineTriggers = [
  'arrival',
  'petitionRegistered',
  'certificateExpiry',
  'refusalNotified',
  'extraditionDecisionNotified',
] as const;
export type DeadlineTrigger = (typeof deadlineTriggers)[number];

export const deadlineLengthSchema = z.union([
  z.object({ days: z.number().int().min(0).max(3650) }).strict(),
  z.object({ months: z.number().int().min(1).max(120) }).strict(),
]);
export type DeadlineLength = z.output<typeof deadlineLengthSchema>;

export const deadlineRuleSchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  trigger: z.enum(deadlineTriggers),
  length: deadlineLengthSchema,
  /** False until the office has checked the period against the law; the UI says "unconfirmed". */
  confirmed: z.boolean(),
  enabled: z.boolean(),
  /** The legal source, as the rules file states it. */
  source: z.string().max(1000),
});
export type DeadlineRule = z.output<typeof deadlineRuleSchema>;

export const deadlineRulesFileSchema = z.object({
  version: z.literal(1),
  note: z.string().optional(),
  rules: z.array(deadlineRuleSchema),
});

/** What an office may change about a rule. */
export const deadlineRulePatchSchema = z
  .object({
    id: z.string().regex(/^[a-z_]+$/),
    length: deadlineLengthSchema.optional(),
    confirmed: z.boolean().optional(),
    enabled: z.boolean().optional(),
  })
  .strict();

export const deadlineItemSchema = z.object({
  /** Stable: the rule and the record that triggered it (`rule:event` or `task:<id>`). */
  key: z.string(),
  kind: z.enum(['rule', 'task']),
  ruleId: z.string().optional(),
  title: z.string().optional(),
  applicantId: z.string().optional(),
  applicantName: z.string().optional(),
  lawyer: z.string().optional(),
  dueOn: z.string(),
  triggerOn: z.string().optional(),
  unconfirmed: z.boolean(),
});
export type DeadlineItem = z.output<typeof deadlineItemSchema>;

export const deadlineDashboardSchema = z.object({
  today: z.string(),
  overdue: z.array(deadlineItemSchema),
  dueToday: z.array(deadlineItemSchema),
  thisWeek: z.array(deadlineItemSchema),
  later: z.array(deadlineItemSchema),
});
export type DeadlineDashboard = z.output<typeof deadlineDashboardSchema>;
