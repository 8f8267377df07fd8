import { describe, expect, it, vi } from 'vitest';
import { createEraseShortcut, type ShortcutRegistry } from './eraseShortcut';

function fakeRegistry(taken: string[] = []) {
  const callbacks = new Map<string, () => void>();
  const registry: ShortcutRegistry = {
    register: (accelerator, callback) => {
      if (taken.includes(accelerator)) return false;
      callbacks.set(accelerator, callback);
      return true;
    },
    unregister: (accelerator) => {
      callbacks.delete(accelerator);
    },
  };
  return { registry, callbacks };
}

describe('the emergency erase shortcut', () => {
  it('is registered only when the office turned it on, and erases then ends the core process', async () => {
    const { registry, callbacks } = fakeRegistry();
    const erase = vi.fn(async () => ({ ok: true as const, value: { erased: true } }));
    const afterErase = vi.fn();
    const shortcut = createEraseShortcut({ shortcuts: registry, erase, afterErase, log: () => {} });
    shortcut.set(undefined);
    expect(callbacks.size).toBe(0);
    shortcut.set('CommandOrControl+Alt+Shift+E');
    expect([...callbacks.keys()]).toEqual(['CommandOrControl+Alt+Shift+E']);
    callbacks.get('CommandOrControl+Alt+Shift+E')?.();
    await vi.waitFor(() => expect(afterErase).toHaveBeenCalled());
    expect(erase).toHaveBeenCalledTimes(1);
    shortcut.set('CommandOrControl+Alt+F9');
    expect([...callbacks.keys()]).toEqual(['CommandOrControl+Alt+F9']);
    shortcut.set(undefined);
    expect(callbacks.size).toBe(0);
  });

  it('ignores an accelerator that is not a valid two-modifier one, and says when another program holds it', () => {
    const { registry, callbacks } = fakeRegistry(['CommandOrControl+Alt+Shift+E']);
    const log = vi.fn();
    const shortcut = createEraseShortcut({ shortcuts: registry, erase: vi.fn(), afterErase: vi.fn(), log });
    shortcut.set('E');
    expect(callbacks.size).toBe(0);
    shortcut.set('CommandOrControl+Alt+Shift+E');
    expect(shortcut.current()).toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('taken'));
  });
});
