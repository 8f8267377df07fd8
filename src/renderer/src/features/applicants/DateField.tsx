import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { parseTypedDate } from '../../../../shared/records/partialDate';
import { FormField } from '../../components/FormField';
import { useT } from '../../i18n/I18nProvider';
import { describePartialDate } from './format';

/**
 * A date as lawyers write it (14.05.1989, 05.1989 or 1989); under the field, what it was read as,
 * so "05.1989" is seen to mean May 1989 and not the 5th of some month.
 */
export function DateField({
  label,
  registration,
  value,
  error,
  full = false,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  /** The current text of the field. */
  value: string;
  error: string | undefined;
  /** Events that happen on a day: the hint asks for the whole date. */
  full?: boolean;
}) {
  const t = useT();
  const readId = useId();
  const parsed = value.trim() ? parseTypedDate(value) : undefined;
  return (
    <FormField
      label={label}
      hint={parsed ? undefined : full ? t('applicants.date.hintDay') : t('applicants.date.hint')}
      error={error}
      describedBy={parsed ? [readId] : []}
      below={
        parsed ? (
          <p className="date-reading" id={readId}>
            {t('applicants.date.readAs', { date: describePartialDate(t, parsed) })}
          </p>
        ) : null
      }
    >
      {(field) => (
        <input
          {...field}
          {...registration}
          className="input input-date"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          placeholder={full ? t('applicants.date.placeholderDay') : t('applicants.date.placeholder')}
        />
      )}
    </FormField>
  );
}
