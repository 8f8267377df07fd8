import type { FormEvent, KeyboardEvent, ReactNode, RefObject } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { useT } from '../../i18n/I18nProvider';
import { DraftOfferBanner } from './DraftOfferBanner';
import { showDayAndTime } from './format';
import type { DraftState } from './useFormDraft';

/**
 * The frame of a record form: title, the draft offer, the fields, and a footer that stays in view
 * with Save and Cancel. Enter saves from a one-line field, Ctrl+Enter from anywhere (a long text
 * too), Esc cancels.
 */
export function RecordFormFrame({
  title,
  subtitle,
  headingRef,
  draft,
  dirty,
  savedAt,
  onRestore,
  onDiscardDraft,
  failure,
  busy,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  subtitle?: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  draft: DraftState;
  /** Whether the form already differs from what it was opened with. */
  dirty: boolean;
  savedAt: Date | undefined;
  onRestore(): void;
  onDiscardDraft(): void;
  failure: string | undefined;
  busy: boolean;
  submitLabel: string;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  onCancel(): void;
  children: ReactNode;
}) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };
  return (
    <div className="page applicants record-form-page">
      <div className="page-heading record-form-heading">
        <div>
          <h1 className="page-title" tabIndex={-1} ref={headingRef}>
            {title}
          </h1>
          {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
        </div>
      </div>
      {draft.status === 'offered' ? (
        <DraftOfferBanner
          updatedAt={draft.offer.updatedAt}
          onRestore={onRestore}
          onDiscard={onDiscardDraft}
          takeFocus={!dirty}
        />
      ) : null}
      <form className="record-form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-busy={busy}>
        {children}
        <div className="record-form-footer">
          <FormAlert message={failure} />
          <div className="record-form-actions">
            <SubmitButton busy={busy}>
              {submitLabel}
              <kbd className="shortcut">{t('applicants.enterShortcut')}</kbd>
            </SubmitButton>
            <button type="button" className="button button-secondary" onClick={onCancel} aria-keyshortcuts="Escape">
              {t('common.cancel')}
              <kbd className="shortcut shortcut-dark">{t('applicants.escShortcut')}</kbd>
            </button>
            <p className="draft-status">
              {savedAt ? t('applicants.draft.saved', { when: showDayAndTime(savedAt.toISOString()) }) : ''}
            </p>
          </div>
        </div>
      </form>
    </div>
  );
}
