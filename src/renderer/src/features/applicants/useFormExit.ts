import type { ReactNode } from 'react';
import { useConfirm } from '../../components/ConfirmDialog';
import { useT } from '../../i18n/I18nProvider';
import type { DraftState } from './useFormDraft';
import { useLeaveGuard } from './useLeaveGuard';

/**
 * The ways out of an applicant or event form: leaving for another section asks and keeps the draft
 * (useLeaveGuard); Cancel asks before throwing changes away, and keeps an old draft nobody has
 * looked at yet for next time. Render `dialog` inside the form's screen.
 */
export function useFormExit({
  dirty,
  draft,
  onCancel,
}: {
  dirty: boolean;
  draft: { state: DraftState; flush(): Promise<void>; close(): Promise<void> };
  onCancel(): void;
}): { release(): void; cancel(): Promise<void>; dialog: ReactNode } {
  const t = useT();
  const { ask, dialog } = useConfirm();
  const { release } = useLeaveGuard({ dirty, flush: draft.flush, confirm: ask });

  const cancel = async () => {
    if (dirty) {
      const discard = await ask({
        title: t('applicants.discard.title'),
        body: t('applicants.discard.message'),
        confirmLabel: t('applicants.discard.confirm'),
        cancelLabel: t('applicants.leave.stay'),
        danger: true,
      });
      if (!discard) return;
    }
    if (draft.state.status !== 'offered') await draft.close();
    release();
    onCancel();
  };

  return { release, cancel, dialog };
}
