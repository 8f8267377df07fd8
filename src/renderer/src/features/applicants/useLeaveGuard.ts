import { useCallback, useEffect, useRef } from 'react';
import type { ConfirmOptions } from '../../components/ConfirmDialog';
import { useT } from '../../i18n/I18nProvider';
import { useNavigation } from '../shell/navigation';

/**
 * While a form has unsaved changes, leaving it for another section asks first, in an in-app
 * dialog. Leaving keeps the draft: it is flushed to the vault before the form goes away.
 * Locking never asks (the shell throws every screen away at once; the draft is already stored).
 */
export function useLeaveGuard({
  dirty,
  flush,
  confirm,
}: {
  dirty: boolean;
  flush(): Promise<void>;
  confirm(options: ConfirmOptions): Promise<boolean>;
}): { release(): void } {
  const t = useT();
  const { setLeaveGuard } = useNavigation();
  const released = useRef(false);
  const flushRef = useRef(flush);
  flushRef.current = flush;

  useEffect(() => {
    if (!dirty) return;
    return setLeaveGuard(async () => {
      if (released.current) return true;
      const leave = await confirm({
        title: t('applicants.leave.title'),
        body: t('applicants.leave.message'),
        confirmLabel: t('applicants.leave.leave'),
        cancelLabel: t('applicants.leave.stay'),
      });
      if (leave) await flushRef.current();
      return leave;
    });
  }, [dirty, setLeaveGuard, confirm, t]);

  /** The form was saved or cancelled: navigating away needs no question any more. */
  const release = useCallback(() => {
    released.current = true;
  }, []);
  return { release };
}
