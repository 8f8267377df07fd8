import { type ReactNode, useCallback, useRef, useState } from 'react';
import { ConfirmDialog, type ConfirmOptions } from './ConfirmDialog';

/** Asks a question in an in-app dialog and resolves with the answer; render `dialog` somewhere. */
export function useConfirm(): { confirm(options: ConfirmOptions): Promise<boolean>; dialog: ReactNode } {
  const [options, setOptions] = useState<ConfirmOptions | undefined>(undefined);
  const resolver = useRef<((answer: boolean) => void) | undefined>(undefined);

  const confirm = useCallback((next: ConfirmOptions) => {
    resolver.current?.(false);
    setOptions(next);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  const answer = useCallback((confirmed: boolean) => {
    const resolve = resolver.current;
    resolver.current = undefined;
    setOptions(undefined);
    resolve?.(confirmed);
  }, []);

  const dialog = options ? <ConfirmDialog options={options} onAnswer={answer} /> : null;
  return { confirm, dialog };
}
