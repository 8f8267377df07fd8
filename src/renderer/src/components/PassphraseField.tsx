import type { ComponentProps, ReactNode } from 'react';
import { FormField } from './FormField';
import { PassphraseInput } from './PassphraseInput';

type InputProps = Omit<ComponentProps<typeof PassphraseInput>, 'control'>;

/** A labelled passphrase box (FormField + PassphraseInput): unlock, restore, change, create, export. */
export function PassphraseField({
  label,
  hint,
  error,
  describedBy,
  below,
  ...input
}: InputProps & {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  describedBy?: string[];
  below?: ReactNode;
}) {
  return (
    <FormField label={label} hint={hint} error={error} describedBy={describedBy} below={below}>
      {(field) => <PassphraseInput control={field} {...input} />}
    </FormField>
  );
}
