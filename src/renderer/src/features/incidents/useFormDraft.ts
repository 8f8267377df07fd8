import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';

/** How long typing must pause before the form is written to its draft. */
export const DRAFT_DELAY_MS = 800;

export interface FoundDraft<T> {
  doc: T;
  updatedAt: string;
}

/**
 * A form's draft in the vault (drafts.save: encrypted, like every record), so a lock, a crash or a
 * wrong click loses nothing. `schedule` is called with the form's values while it is dirty; the
 * draft is written after a pause in typing, and at once if the form goes away meanwhile.
 */
export function useFormDraft<T>(formKey: string, parse: (doc: unknown) => T | undefined) {
  const [found, setFound] = useState<FoundDraft<T> | null>(null);
  const pending = useRef<{ doc: T; timer: ReturnType<typeof setTimeout> } | null>(null);
  const saved = useRef(false);
  const parseRef = useRef(parse);
  parseRef.current = parse;

  useEffect(() => {
    let active = true;
    call('drafts.get', { formKey }).then(
      ({ draft }) => {
        const doc = draft ? parseRef.current(draft.doc) : undefined;
        if (active && draft && doc !== undefined) setFound({ doc, updatedAt: draft.updatedAt });
      },
      () => {},
    );
    return () => {
      active = false;
    };
  }, [formKey]);

  const write = useCallback(
    (doc: T) => {
      saved.current = true;
      // A draft that cannot be written (the vault locked meanwhile) is simply not kept.
      return call('drafts.save', { formKey, doc }).then(
        () => {},
        () => {},
      );
    },
    [formKey],
  );

  const flush = useCallback(async () => {
    const waiting = pending.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    await write(waiting.doc);
  }, [write]);

  const schedule = useCallback(
    (doc: T) => {
      if (pending.current) clearTimeout(pending.current.timer);
      const timer = setTimeout(() => {
        pending.current = null;
        void write(doc);
      }, DRAFT_DELAY_MS);
      pending.current = { doc, timer };
    },
    [write],
  );

  /** Drops a scheduled save and the stored draft (after saving the record, or on cancel). */
  const discard = useCallback(async () => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    saved.current = false;
    setFound(null);
    await call('drafts.discard', { formKey }).then(
      () => {},
      () => {},
    );
  }, [formKey]);

  /** The form is back to what it was: no draft is needed any more. */
  const clean = useCallback(() => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    if (saved.current) {
      saved.current = false;
      void call('drafts.discard', { formKey }).catch(() => {});
    }
  }, [formKey]);

  const dismiss = useCallback(() => setFound(null), []);

  // Leaving the form (another section, a lock) writes what is still waiting.
  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );

  return { found, schedule, flush, discard, clean, dismiss };
}
