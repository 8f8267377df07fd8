import { useT } from '../../i18n/I18nProvider';
import { itemWhat } from './deadlineText';
import type { DoneMarkRef } from './useMarkDone';

/** "Marked as done: …" with the way back, right where the deadline was. */
export function DoneNotice({ mark, onUndo }: { mark: DoneMarkRef | undefined; onUndo(): void }) {
  const t = useT();
  return (
    <div className={mark ? 'success done-notice' : 'visually-hidden'} role="status">
      {mark ? (
        <>
          <span>{t('deadlines.doneStatus', { what: itemWhat(t, mark) })}</span>{' '}
          <button type="button" className="link-button done-undo" onClick={onUndo}>
            {t('caseFile.deadlines.undo')}
          </button>
        </>
      ) : null}
    </div>
  );
}
