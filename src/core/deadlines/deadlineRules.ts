import type { z } from 'zod';
import rulesFile from '../../../resources/deadline-rules.json';
import { localToday } from '../../shared/deadlines/dateMath';
import {
  type DeadlineRule,
  type deadlineRulePatchSchema,
  deadlineRulesFileSchema,
  type EffectiveRule,
} from '../../shared/deadlines/deadlineRules';
import { PanohError } from '../../shared/errors';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

/** The shipped defaults (resources/deadline-rules.json), validated once. */
export const DEFAULT_RULES: readonly DeadlineRule[] = deadlineRulesFileSchema.parse(rulesFile).rules;

interface Override extends Partial<Pick<DeadlineRule, 'length' | 'confirmed' | 'enabled' | 'warnDays'>> {
  legalBasis?: string;
  confirmedOn?: string;
  confirmedBy?: string;
}
type Overrides = Record<string, Override>;
const SETTING = 'deadline_rules';

function readOverrides(db: Db): Overrides {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(SETTING) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as Overrides) : {};
}

/**
 * The office's rules: the defaults with this office's changes (stored inside the vault). A rule the
 * office confirmed is the office's; a shipped rule found in public sources stays "checked against
 * public sources" until then (a vault from before legal bases were asked keeps its confirmation,
 * with no basis recorded).
 */
export function effectiveRules(db: Db): EffectiveRule[] {
  const overrides = readOverrides(db);
  return DEFAULT_RULES.map((rule) => {
    const { legalBasis, confirmedOn, confirmedBy, ...change } = overrides[rule.id] ?? {};
    const merged = { ...rule, ...change };
    const confirmation = !merged.confirmed ? 'unconfirmed' : change.confirmed === true ? 'office' : 'publicSources';
    return {
      ...merged,
      confirmation,
      ...(confirmation === 'office' && legalBasis ? { legalBasis } : {}),
      ...(confirmation === 'office' && confirmedOn ? { confirmedOn } : {}),
      ...(confirmation === 'office' && confirmedBy ? { confirmedBy } : {}),
    };
  });
}

/** Applies an office's change to a rule; confirming records the legal basis, the day and who. */
export function changeRule(
  db: Db,
  patch: z.output<typeof deadlineRulePatchSchema>,
  actor: string,
  today: string = localToday(),
): EffectiveRule[] {
  if (!DEFAULT_RULES.some((rule) => rule.id === patch.id)) {
    throw new PanohError('INVALID_INPUT', undefined, [{ path: 'id', issue: 'invalidChoice' }]);
  }
  const overrides = readOverrides(db);
  const { id, legalBasis, ...change } = patch;
  const next: Override = { ...overrides[id], ...change };
  if (change.confirmed === true) Object.assign(next, { legalBasis, confirmedOn: today, confirmedBy: actor });
  if (change.confirmed === false) {
    delete next.legalBasis;
    delete next.confirmedOn;
    delete next.confirmedBy;
  }
  overrides[id] = next;
  prepared(
    db,
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(SETTING, JSON.stringify(overrides));
  return effectiveRules(db);
}
