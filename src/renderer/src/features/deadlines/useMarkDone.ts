import { useState } from 'react';
import type { DeadlineItem } from '../../../../shared/deadlines/deadlineRules';
import type { PanohError } from '../../../../shared/errors';
import { formatPartialDate } from '../../../../shared/records/partialDate';
import { asPanohError, call } from '../../api/client';
import type { ConfirmOptions } from '../../components/ConfirmDialog';
import { useT } from '../../i18n/I18nProvider';
import { itemWhat } from './deadlineText';

/** A deadline or task as it was marked done, so the mark can be taken back. */
export type DoneMarkRef = Pick<DeadlineItem, 'key' | 'kind' | 'ruleId' | 'title'>;

async function setDone(mark: Pick<DoneMarkRef, 'key' | 'kind'>, done: boolean): Promise<void> {
  if (mark.kind === 'task') await call('tasks.setDone', { id: mark.key.replace(/^task:/, ''), done });
  else if (done) await call('deadlines.markDone', { key: mark.key });
  else await call('deadlines.undoDone', { key: mark.key });
}

/**
 * Marking done after a question, and undoing it: the dashboard and a person's file use the same
 * words and the same records (a task record, audited and synced). `onChanged` reloads the list.
 */
export function useMarkDone({
  ask,
  onChanged,
}: {
  ask(options: ConfirmOptions): Promise<boolean>;
  onChanged(): void | Promise<void>;
}) {
  const t = useT();
  const [last, setLast] = useState<DoneMarkRef | undefined>(undefined);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);

  const markDone = async (item: DeadlineItem): Promise<boolean> => {
    const what = itemWhat(t, item);
    const date = formatPartialDate(item.dueOn);
    const yes = await ask({
      title: t('deadlines.confirm.title'),
      body: item.applicantName
        ? t('deadlines.confirm.body', { what, person: item.applicantName, date })
        : t('deadlines.confirm.bodyAlone', { what, date }),
      confirmLabel: t('deadlines.confirm.yes'),
      cancelLabel: t('deadlines.confirm.no'),
    });
    if (!yes) return false;
    setFailure(undefined);
    try {
      await setDone(item, true);
      setLast({ key: item.key, kind: item.kind, ruleId: item.ruleId, title: item.title });
      await onChanged();
      return true;
    } catch (error) {
      setFailure(asPanohError(error));
      return false;
    }
  };

  /** Takes a mark back: the one just made, or one of the person's marks listed as done. */
  const undo = async (mark: Pick<DoneMarkRef, 'key' | 'kind'> | undefined = last): Promise<void> => {
    if (!mark) return;
    setFailure(undefined);
    try {
      await setDone(mark, false);
      if (last?.key === mark.key) setLast(undefined);
      await onChanged();
    } catch (error) {
      setFailure(asPanohError(error));
    }
  };

  return { markDone, undo, last, failure, forget: () => setLast(undefined) };
}
