import type { z } from 'zod';
import rulesFile from '../../../resources/deadline-rules.json';
import {
  type DeadlineRule,
  type deadlineRulePatchSchema,
  deadlineRulesFileSchema,
} from '../../shared/deadlines/deadlineRules';
import { PanohError } from '../../shared/errors';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

/** The shipped defaults (resources/deadline-rules.json), validated once. */
export const DEFAULT_RULES: readonly DeadlineRule[] = deadlineRulesFileSchema.parse(rulesFile).rules;

type Overrides = Record<string, Partial<Pick<DeadlineRule, 'length' | 'confirmed' | 'enabled'>>>;
const SETTING = 'deadline_rules';

function readOverrides(db: Db): Overrides {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(SETTING) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as Overrides) : {};
}

/** The office's rules: the defaults with this office's changes (stored inside the vault). */
export function effectiveRules(db: Db): DeadlineRule[] {
  const overrides = readOverrides(db);
  return DEFAULT_RULES.map((rule) => ({ ...rule, ...overrides[rule.id] }));
}

export function changeRule(db: Db, patch: z.output<typeof deadlineRulePatchSchema>): DeadlineRule[] {
  if (!DEFAULT_RULES.some((rule) => rule.id === patch.id)) {
    throw new PanohError('INVALID_INPUT', undefined, [{ path: 'id', issue: 'invalidChoice' }]);
  }
  const overrides = readOverrides(db);
  const { id, ...change } = patch;
  overrides[id] = { ...overrides[id], ...change };
  prepared(
    db,
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(SETTING, JSON.stringify(overrides));
  return effectiveRules(db);
}
