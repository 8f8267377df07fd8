/** An Electron accelerator as a person reads it: Ctrl+Alt+Shift+E (⌘ on a Mac). */
export function shortcutLabel(accelerator: string): string {
  const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
  return accelerator
    .split('+')
    .map((part) => (part === 'CommandOrControl' ? (mac ? '⌘' : 'Ctrl') : part === 'Control' ? 'Ctrl' : part))
    .join('+');
}
