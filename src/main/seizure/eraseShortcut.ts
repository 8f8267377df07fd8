import type { InvokeResult } from '../../shared/api/contract';
import { eraseShortcutSchema } from '../../shared/api/seizureMethods';

/** The part of Electron's `globalShortcut` this uses (a fake in tests). */
export interface ShortcutRegistry {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export interface EraseShortcutOptions {
  shortcuts: ShortcutRegistry;
  /** The emergency erase (the core's main-only `vault.erase`). */
  erase(): Promise<InvokeResult>;
  /** After the erase: the core process that held the key ends (as after a lock). */
  afterErase(): void;
  log(line: string): void;
}

/**
 * The emergency erase shortcut, registered system-wide (it must work while another window has the
 * focus, or with the unlock screen showing). Set from what the core says the office chose (the
 * vault's status at start, then each change); pressed, it erases without asking: a confirmation is
 * what a person under pressure has no time for. Off (nothing registered) until the office turns it on.
 */
export function createEraseShortcut(options: EraseShortcutOptions): {
  set(accelerator: string | undefined): void;
  current(): string | undefined;
} {
  let registered: string | undefined;
  let erasing = false;

  const press = () => {
    if (erasing) return;
    erasing = true;
    void options
      .erase()
      .then((result) => {
        if (!result.ok) options.log(`[main] erase refused: ${result.error.code}`);
        options.afterErase();
      })
      .catch(() => options.log('[main] erase failed'))
      .finally(() => {
        erasing = false;
      });
  };

  const set = (accelerator: string | undefined) => {
    const wanted = accelerator && eraseShortcutSchema.safeParse(accelerator).success ? accelerator : undefined;
    if (wanted === registered) return;
    if (registered) options.shortcuts.unregister(registered);
    registered = undefined;
    if (!wanted) return;
    if (options.shortcuts.register(wanted, press)) registered = wanted;
    else options.log('[main] the erase shortcut is taken by another program');
  };

  return { set, current: () => registered };
}
