import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { ModalDialog } from './ModalDialog';

export interface ConfirmOptions {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  /** A destructive answer is drawn in red; the focus always starts on the safe answer. */
  danger?: boolean;
  /** A third answer between the two (taking one person off a group's event rather than deleting it). */
  alternativeLabel?: string;
}

export type ConfirmAnswer = 'confirm' | 'alternative' | 'cancel';

/**
 * An in-app question (role="alertdialog") in the one modal dialog (ModalDialog): the page behind is
 * inert, Esc answers "no", Tab stays on the answers, the focus starts on the safe one and returns
 * where it was.
 */
export function ConfirmDialog({
  options,
  onAnswer,
}: {
  options: ConfirmOptions;
  onAnswer(answer: ConfirmAnswer): void;
}) {
  const titleId = useId();
  const bodyId = useId();

  return (
    <ModalDialog
      role="alertdialog"
      className="modal modal-small"
      titleId={titleId}
      describedBy={bodyId}
      initialFocus="[data-autofocus]"
      onClose={() => onAnswer('cancel')}
    >
      <h2 className="modal-title" id={titleId}>
        {options.title}
      </h2>
      <p className="modal-body" id={bodyId}>
        {options.body}
      </p>
      <div className="modal-actions">
        <button data-autofocus type="button" className="button button-outline" onClick={() => onAnswer('cancel')}>
          {options.cancelLabel}
        </button>
        {options.alternativeLabel ? (
          <button type="button" className="button button-secondary" onClick={() => onAnswer('alternative')}>
            {options.alternativeLabel}
          </button>
        ) : null}
        <button
          type="button"
          className={options.danger ? 'button button-danger' : 'button button-primary'}
          onClick={() => onAnswer('confirm')}
        >
          {options.confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}

/**
 * `ask(options)` shows the question and resolves with yes or no; `choose(options)` with one of
 * three answers (`alternativeLabel`). Render `dialog` somewhere.
 */
export function useConfirm(): {
  ask(options: ConfirmOptions): Promise<boolean>;
  choose(options: ConfirmOptions): Promise<ConfirmAnswer>;
  dialog: ReactNode;
} {
  const [request, setRequest] = useState<{ options: ConfirmOptions; resolve(answer: ConfirmAnswer): void } | null>(
    null,
  );
  const pending = useRef<((answer: ConfirmAnswer) => void) | null>(null);

  const choose = useCallback((options: ConfirmOptions) => {
    pending.current?.('cancel');
    return new Promise<ConfirmAnswer>((resolve) => {
      pending.current = resolve;
      setRequest({ options, resolve });
    });
  }, []);
  const ask = useCallback(
    async (options: ConfirmOptions) => (await choose({ ...options, alternativeLabel: undefined })) === 'confirm',
    [choose],
  );

  // A question left open when the screen goes away is answered "no", so nothing waits forever.
  useEffect(
    () => () => {
      pending.current?.('cancel');
      pending.current = null;
    },
    [],
  );

  const dialog = request ? (
    <ConfirmDialog
      options={request.options}
      onAnswer={(answer) => {
        pending.current = null;
        setRequest(null);
        request.resolve(answer);
      }}
    />
  ) : null;
  return { ask, choose, dialog };
}
