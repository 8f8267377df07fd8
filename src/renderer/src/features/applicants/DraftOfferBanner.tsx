import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { showDayAndTime } from './format';

/** An unsaved draft of this form waits in the vault: bring it back, or throw it away. */
export function DraftOfferBanner({
  updatedAt,
  onRestore,
  onDiscard,
  takeFocus,
}: {
  updatedAt: string;
  /** Whether the offer takes the focus (not when the lawyer has already started typing). */
  takeFocus: boolean;
  onRestore(): void;
  onDiscard(): void;
}) {
  const t = useT();
  const textId = useId();
  const restoreRef = useRef<HTMLButtonElement>(null);
  const focusOnMount = useRef(takeFocus);
  useEffect(() => {
    if (focusOnMount.current) restoreRef.current?.focus();
  }, []);
  return (
    <section className="draft-banner" aria-labelledby={textId}>
      <p id={textId} className="draft-banner-text">
        {t('applicants.draft.offer', { when: showDayAndTime(updatedAt) })}
      </p>
      <div className="draft-banner-actions">
        <button ref={restoreRef} type="button" className="button button-primary button-small" onClick={onRestore}>
          {t('applicants.draft.restore')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onDiscard}>
          {t('applicants.draft.discard')}
        </button>
      </div>
    </section>
  );
}
