import { type FormEvent, useState } from 'react';
import type { FieldValues, UseFormHandleSubmit } from 'react-hook-form';
import type { PanohError } from '../../../shared/errors';
import { asPanohError } from '../api/client';

/**
 * A form's submit: the failure it met (said in words by FormAlert) or that it is done, and a
 * press while it works ignored, not queued (the core may be deriving a key for half a second).
 * `onFailure` puts the focus back where the person must act; 'handled' when it said the failure
 * itself (on a field) or found nothing wrong after all.
 */
export function useSubmitAction<Input extends FieldValues, Output>(
  handleSubmit: UseFormHandleSubmit<Input, Output>,
  busy: boolean,
  action: (values: Output) => Promise<void>,
  onFailure?: (failed: PanohError) => 'handled' | undefined,
) {
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [done, setDone] = useState(false);
  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    setDone(false);
    try {
      await action(values);
      setDone(true);
    } catch (error) {
      const failed = asPanohError(error);
      if (onFailure?.(failed) !== 'handled') setFailure(failed);
    }
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    void submit(event);
  };
  return { onSubmit, failure, setFailure, done, setDone };
}
