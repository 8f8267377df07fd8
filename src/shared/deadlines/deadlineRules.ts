import { z } from 'zod';

export const deadlineTriggers = [
  'arrival',
  'petitionRegistered',
  'certificateExpiry',
  'refusalNotified',
  'extraditionDecisionNotified',
  /** Dates entered on the timeline, shown on the dashboard on their own day. */
  'hearing',
  'custodyTermEnd',
  'custodyMaxTermEnd',
] as const;
export type DeadlineTrigger = (typeof deadlineTriggers)[number];

export const deadlineLengthSchema = z.union([
  z.object({ days: z.number().int().min(0).max(3650) }).strict(),
  z.object({ months: z.number().int().min(1).max(120) }).strict(),
]);
export type DeadlineLength = z.output<typeof deadlineLengthSchema>;

/** How many days before its due day a deadline is "coming up" at most (a year). */
export const MAX_WARN_DAYS = 365;

export const deadlineRuleSchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  /**
   * `period`: a legal period counted from a trigger (appeal within 10 days). `date`: a day entered
   * on the timeline (a hearing, the end of a custody term), due on that day, no period to confirm.
   */
  kind: z.enum(['period', 'date']).default('period'),
  trigger: z.enum(deadlineTriggers),
  length: deadlineLengthSchema,
  /**
   * Shipped: whether the period was found in public sources. An office's override: whether the
   * office confirmed it (with the legal basis it read it in). False: the UI says "unconfirmed".
   */
  confirmed: z.boolean(),
  enabled: z.boolean(),
  /** How many days before the due day the deadline is shown as coming up (0: only the week before). */
  warnDays: z.number().int().min(0).max(MAX_WARN_DAYS).default(0),
  /** The legal source, as the rules file states it. */
  source: z.string().max(1000),
});
export type DeadlineRule = z.output<typeof deadlineRuleSchema>;

/**
 * Who vouches for a rule's period: nobody yet (`unconfirmed`), the public sources Panoh's defaults
 * were checked against (`publicSources`), or this office, which named the legal basis (`office`).
 */
export const ruleConfirmations = ['unconfirmed', 'publicSources', 'office'] as const;
export type RuleConfirmation = (typeof ruleConfirmations)[number];

/** A rule as this office has it: the shipped rule with the office's changes and who confirmed it. */
export const effectiveRuleSchema = deadlineRuleSchema.extend({
  confirmation: z.enum(ruleConfirmations),
  /** The law the office read the period in, as it wrote it when confirming. */
  legalBasis: z.string().max(1000).optional(),
  confirmedOn: z.string().optional(),
  confirmedBy: z.string().optional(),
});
export type EffectiveRule = z.output<typeof effectiveRuleSchema>;

export const deadlineRulesFileSchema = z.object({
  version: z.literal(1),
  note: z.string().optional(),
  rules: z.array(deadlineRuleSchema),
});

/**
 * What an office may change about a rule. Confirming a period needs the legal basis it was read in
 * (a law's article, a court's practice): "confirmed" must say by what.
 */
export const deadlineRulePatchSchema = z
  .object({
    id: z.string().regex(/^[a-z_]+$/),
    length: deadlineLengthSchema.optional(),
    confirmed: z.boolean().optional(),
    legalBasis: z.string().trim().max(1000, { message: 'tooLong' }).optional(),
    enabled: z.boolean().optional(),
    warnDays: z.number().int().min(0).max(MAX_WARN_DAYS).optional(),
  })
  .strict()
  .refine((patch) => patch.confirmed !== true || (patch.legalBasis ?? '').length >= 3, {
    message: 'legalBasisRequired',
    path: ['legalBasis'],
  });

export const deadlineItemSchema = z.object({
  /** Stable: the rule and the record that triggered it (`rule:applicant:source` or `task:<id>`). */
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
  /** From this day the deadline is coming up (its rule's warning period), when earlier than the week before. */
  warnFrom: z.string().optional(),
  /** A date from the timeline (a hearing): it leaves the dashboard once its day is past. */
  passes: z.boolean().optional(),
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

/** A deadline marked done, which can be opened again. */
export const doneMarkSchema = z.object({
  key: z.string(),
  ruleId: z.string(),
  dueOn: z.string(),
  markedAt: z.string(),
});
export type DoneMark = z.output<typeof doneMarkSchema>;

/** The rule a computed deadline's key names (`rule:applicant:source`). */
export function ruleIdOfKey(key: string): string {
  return key.split(':')[0] ?? '';
}
