import { useEffect, useRef } from 'react';

/**
 * Alt+<key> runs an action, matched on the physical key (`event.code`), so it works the same with
 * the Russian or Kazakh layout on. Ignored while a dialog is open.
 */
export function useAltShortcut(code: string, action: () => void, enabled = true): void {
  const actionRef = useRef(action);
  actionRef.current = action;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.code !== code) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      actionRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [code, enabled]);
}
