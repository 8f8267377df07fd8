import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';

export const DRAFT_DELAY_MS = 800;

export interface DraftOffer {
  doc: unknown;
  updatedAt: string;
}

export type DraftState =
  /** Asking the vault whether a draft waits. */
  | { status: 'loading' }
  /** A draft from an earlier session waits for the lawyer's decision; nothing is saved over it meanwhile. */
  | { status: 'offered'; offer: DraftOffer }
  | { status: 'ready' };

interface Options<V> {
  formKey: string;
  /** Whether the form differs from what it was opened with. */
  dirty: boolean;
  /** The form's current values, read when a save is due. */
  read(): V;
}

/**
 * Keeps a form's unsaved state in the vault (encrypted, like everything else): saved about 0.8 s
 * after the last change while the form is dirty, flushed at once when the lawyer leaves or locks
 * with Ctrl+L, discarded when the form is saved or cancelled.
 */
export function useFormDraft<V>({ formKey, dirty, read }: Options<V>) {
  const [state, setState] = useState<DraftState>({ status: 'loading' });
  const [savedAt, setSavedAt] = useState<Date | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saved = useRef(false);
  const closed = useRef(false);
  const readRef = useRef(read);
  readRef.current = read;
  const stateRef = useRef(state);
  stateRef.current = state;
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(() => {
    let active = true;
    call('drafts.get', { formKey }).then(
      ({ draft }) => {
        if (active) setState(draft ? { status: 'offered', offer: draft } : { status: 'ready' });
      },
      () => {
        if (active) setState({ status: 'ready' });
      },
    );
    return () => {
      active = false;
    };
  }, [formKey]);

  const saveNow = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (closed.current || stateRef.current.status !== 'ready' || !dirtyRef.current) return;
    try {
      await call('drafts.save', { formKey, doc: readRef.current() });
      saved.current = true;
      if (!closed.current) setSavedAt(new Date());
    } catch {
      // A locked vault or a full disk: the form itself still holds everything typed.
    }
  }, [formKey]);

  const pending = useRef<() => Promise<void>>(async () => {});
  /** Saves at once if a save is waiting; what the leave guard and the lock shortcut call. */
  const flush = useCallback(async () => {
    if (timer.current !== undefined) await saveNow();
  }, [saveNow]);
  pending.current = flush;

  /** Called on every change of the form. */
  const changed = useCallback(() => {
    if (stateRef.current.status !== 'ready' || closed.current) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), DRAFT_DELAY_MS);
  }, [saveNow]);

  // Back to what was loaded: a stored draft would only bring back what is already there.
  useEffect(() => {
    if (dirty || state.status !== 'ready') return;
    clearTimeout(timer.current);
    timer.current = undefined;
    if (saved.current) {
      saved.current = false;
      setSavedAt(undefined);
      call('drafts.discard', { formKey }).catch(() => {});
    }
  }, [dirty, state.status, formKey]);

  // Ctrl+L and the Lock button lock at once, and the lock request goes out before any handler of
  // ours could run. So a waiting save is sent as soon as Ctrl (or Cmd) goes down, or a pointer
  // presses anywhere: one step ahead of the lock, in the same ordered channel to the core.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Control' || event.key === 'Meta' || event.ctrlKey || event.metaKey) void pending.current();
    };
    const onPointerDown = () => void pending.current();
    window.addEventListener('keydown', onKeyDown, { capture: true });
    window.addEventListener('pointerdown', onPointerDown, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('pointerdown', onPointerDown, { capture: true });
    };
  }, []);

  // Leaving the form by any way other than save or cancel (a lock, another section): flush.
  useEffect(
    () => () => {
      void pending.current();
    },
    [],
  );

  /** The lawyer chose to bring the stored draft back. */
  const restore = useCallback((): unknown => {
    const current = stateRef.current;
    if (current.status !== 'offered') return undefined;
    saved.current = true;
    setState({ status: 'ready' });
    return current.offer.doc;
  }, []);

  /** Removes the stored draft: the lawyer declined it, saved the form, or cancelled. */
  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    saved.current = false;
    setSavedAt(undefined);
    setState({ status: 'ready' });
    await call('drafts.discard', { formKey }).catch(() => {});
  }, [formKey]);

  /** The form is done (saved or cancelled): no further saves. */
  const close = useCallback(async () => {
    closed.current = true;
    clearTimeout(timer.current);
    timer.current = undefined;
    await call('drafts.discard', { formKey }).catch(() => {});
  }, [formKey]);

  return { state, savedAt, changed, flush, restore, discard, close };
}
