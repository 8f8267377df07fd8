import { type KeyboardEvent, type ReactNode, useEffect, useRef } from 'react';
import './modal.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal <dialog>: the page behind is inert, Tab stays inside, Esc closes (unless `busy`), keys do
 * not reach the page's shortcuts, and the focus returns where it was when the dialog closes.
 */
export function ModalDialog({
  titleId,
  describedBy,
  className = 'modal modal-scroll',
  initialFocus = '[data-autofocus], select, input, button',
  busy = false,
  role = 'dialog',
  onClose,
  children,
}: {
  titleId: string;
  /** 'alertdialog' for a question that must be answered before anything else (ConfirmDialog). */
  role?: 'dialog' | 'alertdialog';
  describedBy?: string | undefined;
  /** The dialog's own look; the record screens' modal by default. */
  className?: string;
  /** Where the focus starts: the first element matching this selector. */
  initialFocus?: string;
  busy?: boolean;
  onClose(): void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const busyRef = useRef(busy);
  busyRef.current = busy;

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the dialog opens
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>(initialFocus)?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  const close = () => {
    if (!busyRef.current) onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter(
      (element) => element.offsetParent !== null || element === document.activeElement,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
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
      className={className}
      // Said outright, "dialog" too, for assistive technology that reads the attribute only.
      role={role}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      {children}
    </dialog>
  );
}
