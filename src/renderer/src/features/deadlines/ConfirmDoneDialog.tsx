import { useEffect, useId, useRef } from 'react';

export interface ConfirmDoneText {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
}

/**
 * "Mark as done?": a modal alertdialog. The page behind is inert, the focus starts on the safe
 * answer (keep it in the list), Tab stays inside, Esc answers no, and the focus goes back where it
 * was when the dialog closes.
 */
export function ConfirmDoneDialog({ text, onAnswer }: { text: ConfirmDoneText; onAnswer(yes: boolean): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

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

  return (
    <dialog
      ref={ref}
      className="deadlines-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(false);
      }}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <h2 className="deadlines-dialog-title" id={titleId}>
        {text.title}
      </h2>
      <p className="deadlines-dialog-body" id={bodyId}>
        {text.body}
      </p>
      <div className="deadlines-dialog-actions">
        <button
          ref={cancelRef}
          type="button"
          className="button deadlines-button-outline"
          onClick={() => onAnswer(false)}
        >
          {text.cancelLabel}
        </button>
        <button type="button" className="button button-primary" onClick={() => onAnswer(true)}>
          {text.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
