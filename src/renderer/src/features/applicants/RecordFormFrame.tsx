import { type FocusEvent, type FormEvent, type KeyboardEvent, type ReactNode, type RefObject, useRef } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { focusNextField, keepAboveFooter, recordFormKey } from '../../forms/recordFormKeys';
import { useT } from '../../i18n/I18nProvider';
import { usePrefs } from '../../prefs/PrefsProvider';
import { DraftOfferBanner } from './DraftOfferBanner';
import { showDayAndTime } from './format';
import type { DraftState } from './useFormDraft';

/**
 * The frame of a record form (a person, an event, an incident): title, the draft offer, the fields,
 * and a footer that stays in view with Save and Cancel, never over the focused field's hint.
 * Ctrl+Enter saves from anywhere (a long text too), Esc cancels; Enter in a one-line field goes to
 * the next field, or saves, as Settings say.
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
  const { prefs } = usePrefs();
  const footerRef = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const action = recordFormKey(event, prefs.enterKey);
    if (!action) return;
    event.preventDefault();
    if (action === 'cancel') onCancel();
    else if (action === 'submit') event.currentTarget.requestSubmit();
    else focusNextField(event.currentTarget, event.target as Element);
  };
  const onFocus = (event: FocusEvent<HTMLFormElement>) =>
    keepAboveFooter(event.currentTarget, event.target, footerRef.current);
  const saveShortcut = prefs.enterKey === 'next' ? t('applicants.ctrlEnterShortcut') : t('applicants.enterShortcut');
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
      <form
        className="record-form"
        onSubmit={(event) => {
          // A second press while the core still saves is ignored (the first save goes on).
          if (busy) event.preventDefault();
          else onSubmit(event);
        }}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        noValidate
        aria-busy={busy}
      >
        {children}
        <div className="record-form-footer" ref={footerRef}>
          <FormAlert message={failure} />
          <div className="record-form-actions">
            <SubmitButton busy={busy} keyShortcuts={prefs.enterKey === 'next' ? 'Control+Enter' : 'Enter'}>
              {submitLabel}
              <kbd className="shortcut">{saveShortcut}</kbd>
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
