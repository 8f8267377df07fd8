import { type KeyboardEvent, useEffect, useId, useRef } from 'react';

export interface ConfirmOptions {
  title: string;
  message: string;
  /** The action that goes on (leave, delete, discard). */
  confirmLabel: string;
  /** The safe choice; it has the focus, and Esc means it. */
  cancelLabel: string;
  tone?: 'danger' | 'neutral';
}

/**
 * A question that must be answered before anything else: a modal alertdialog, focus kept inside,
 * the safe answer focused first, Esc choosing it.
 */
export function ConfirmDialog({ options, onAnswer }: { options: ConfirmOptions; onAnswer(confirmed: boolean): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onAnswer(false);
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="applicants confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 className="confirm-title" id={titleId}>
        {options.title}
      </h2>
      <p className="confirm-message" id={messageId}>
        {options.message}
      </p>
      <div className="confirm-actions">
        <button ref={cancelRef} type="button" className="button button-primary" onClick={() => onAnswer(false)}>
          {options.cancelLabel}
        </button>
        <button
          type="button"
          className={options.tone === 'danger' ? 'button button-danger' : 'button button-secondary'}
          onClick={() => onAnswer(true)}
        >
          {options.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
