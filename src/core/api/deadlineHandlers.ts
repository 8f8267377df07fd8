import type { z } from 'zod';
import type { deadlineMethods } from '../../shared/api/deadlineMethods';
import { refreshAllDeadlines } from '../deadlines/deadlineIndex';
import { changeRule, effectiveRules } from '../deadlines/deadlineRules';
import type { Workspace } from '../records/workspace';

type DeadlineMethods = typeof deadlineMethods;
export type DeadlineHandlers = {
  [M in keyof DeadlineMethods]: (
    input: z.output<DeadlineMethods[M]['input']>,
  ) => z.output<DeadlineMethods[M]['output']>;
};

export function deadlineHandlers(ws: () => Workspace): DeadlineHandlers {
  return {
    'deadlines.dashboard': (options) => ws().deadlines.dashboard(options),
    'deadlines.forApplicant': ({ applicantId }) => ws().deadlines.forApplicant(applicantId),
    'deadlines.markDone': ({ key }) => {
      ws().deadlines.markDone(key);
      return {};
    },
    'deadlines.undoDone': ({ key }) => {
      ws().deadlines.undoDone(key);
      return {};
    },
    'deadlines.doneForApplicant': ({ applicantId }) => ws().deadlines.doneFor(applicantId),
    'deadlines.rules': () => effectiveRules(ws().db),
    'deadlines.setRule': (patch) => {
      const w = ws();
      // Changing a period moves every deadline computed with it, so all are recomputed at once.
      return w.store.transaction(() => {
        const rules = changeRule(w.db, patch, w.profileName());
        refreshAllDeadlines(w.db);
        w.audit.append({
          action: 'update',
          targetKind: 'rule',
          targetId: patch.id,
          fields: Object.keys(patch).filter((k) => k !== 'id'),
          ...(patch.confirmed === true ? { detail: { reason: 'ruleConfirmed' } } : {}),
        });
        return rules;
      });
    },
    'tasks.create': ({ fields }) => ({ id: ws().deadlines.createTask(fields) }),
    'tasks.setDone': ({ id, done }) => {
      ws().deadlines.setTaskDone(id, done);
      return {};
    },
  };
}
