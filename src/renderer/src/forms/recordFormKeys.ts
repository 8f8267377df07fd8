import type { EnterKeyChoice } from '../../../shared/api/contract';

/** Controls that Enter walks through in a record form, in the order Tab would. */
const FIELDS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** A one-line field, where Enter would otherwise submit the form. */
function isOneLine(target: EventTarget | null): target is HTMLInputElement | HTMLSelectElement {
  return (
    (target instanceof HTMLInputElement && !['button', 'submit', 'reset', 'file'].includes(target.type)) ||
    target instanceof HTMLSelectElement
  );
}

function visible(element: HTMLElement): boolean {
  return element.offsetParent !== null || element.getClientRects().length > 0;
}

/**
 * What a key press in a record form means: Esc cancels, Ctrl+Enter saves from anywhere, and Enter
 * in a one-line field goes to the next field (`next`, the default: a form of thirty fields is not
 * saved half-filled by habit) or saves (`save`). A key already handled (a picker choosing, a list
 * closing) is left alone. Returns what the form should do.
 */
export function recordFormKey(
  event: {
    key: string;
    ctrlKey: boolean;
    metaKey: boolean;
    shiftKey: boolean;
    altKey: boolean;
    target: EventTarget | null;
    defaultPrevented: boolean;
  },
  enterKey: EnterKeyChoice,
): 'cancel' | 'submit' | 'next' | undefined {
  if (event.defaultPrevented) return undefined;
  if (event.key === 'Escape') return 'cancel';
  if (event.key !== 'Enter' || event.shiftKey || event.altKey) return undefined;
  if (event.ctrlKey || event.metaKey) return 'submit';
  if (!isOneLine(event.target)) return undefined;
  return enterKey === 'next' ? 'next' : 'submit';
}

/** A radio group is one stop, as with Tab; any other control is its own. */
function stopOf(element: Element): Element | string {
  return element instanceof HTMLInputElement && element.type === 'radio' ? `radio:${element.name}` : element;
}

/** Moves the focus to the field after `from` in the form; past the last one, to the save button. */
export function focusNextField(form: HTMLFormElement, from: Element): void {
  const fields = [...form.querySelectorAll<HTMLElement>(FIELDS)].filter(
    (element) => visible(element) && element.tabIndex >= 0,
  );
  const stops = fields.filter(
    (element, index) => fields.findIndex((other) => stopOf(other) === stopOf(element)) === index,
  );
  const next = stops[stops.findIndex((element) => stopOf(element) === stopOf(from)) + 1];
  if (next instanceof HTMLInputElement && next.type === 'radio') {
    // Into a radio group at its chosen button, as Tab goes.
    const chosen = fields.find(
      (f) => f instanceof HTMLInputElement && f.type === 'radio' && f.name === next.name && f.checked,
    );
    (chosen ?? next).focus();
    return;
  }
  (next ?? form.querySelector<HTMLElement>('button[type="submit"]'))?.focus();
}

/**
 * Keeps a focused field's label, hint and error above the form's sticky save bar: the browser
 * scrolls the control itself into view, which may leave its hint under the bar.
 */
export function keepAboveFooter(form: HTMLFormElement, target: Element, footer: HTMLElement | null): void {
  const field = target.closest('.field, fieldset') ?? target;
  const scroller = form.closest('.shell-main');
  if (!footer || !scroller || footer.contains(target)) return;
  const hidden = field.getBoundingClientRect().bottom - footer.getBoundingClientRect().top + 12;
  if (hidden > 0) scroller.scrollBy({ top: hidden });
}
