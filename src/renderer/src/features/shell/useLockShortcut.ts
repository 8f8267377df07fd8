import { useEffect } from 'react';

/**
 * Ctrl+L (Cmd+L on a Mac) locks the vault. Matched on the physical key, so it works the same with
 * the Russian or Kazakh keyboard layout active (where that key types "д").
 */
export function useLockShortcut(lock: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.code !== 'KeyL' && event.key.toLowerCase() !== 'l') return;
      event.preventDefault();
      event.stopPropagation();
      lock();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [lock]);
}
