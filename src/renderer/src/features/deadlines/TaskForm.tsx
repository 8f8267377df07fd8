import { zodResolver } from '@hookform/resolvers/zod';
import { type KeyboardEvent, useEffect, useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { applicantSummarySchema } from '../../../../shared/records/applicantSummary';
import { formatPartialDate, fullDate, parseTypedDate } from '../../../../shared/records/partialDate';
import { shortText } from '../../../../shared/records/text';
import { call } from '../../api/client';
import { ApplicantPicker } from '../../components/ApplicantPicker';
import { FormAlert } from '../../components/FormAlert';
import { FormField } from '../../components/FormField';
import { SubmitButton } from '../../components/SubmitButton';
import { TitledSection } from '../../components/TitledSection';
import { useSubmitAction } from '../../components/useSubmitAction';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';

/** What the lawyer types: the day as dd.mm.yyyy, read into the ISO day the core keeps. */
const taskFormSchema = z.object({
  title: z.string().trim().min(1, { message: 'required' }).pipe(shortText),
  dueOn: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .transform((typed) => parseTypedDate(typed) ?? typed)
    .pipe(fullDate),
  person: z.array(applicantSummarySchema).max(1),
  lawyer: shortText,
});
type TaskFormInput = z.input<typeof taskFormSchema>;
type TaskFormOutput = z.output<typeof taskFormSchema>;

interface TaskFormProps {
  lawyers: string[];
  /** The lawyer the dashboard is filtered by, proposed for the new task. */
  defaultLawyer: string;
  onAdded(task: { title: string; dueOn: string }): void;
  onCancel(): void;
}

/** A task written by hand ("collect the court decision"), with a due day, optionally for one person. */
export function TaskForm({ lawyers, defaultLawyer, onAdded, onCancel }: TaskFormProps) {
  const t = useT();
  const lawyersId = useId();
  const { register, handleSubmit, control, formState, setFocus, getValues, setValue } = useForm<
    TaskFormInput,
    unknown,
    TaskFormOutput
  >({
    resolver: zodResolver(taskFormSchema),
    defaultValues: { title: '', dueOn: '', person: [], lawyer: defaultLawyer },
  });
  const busy = formState.isSubmitting;
  const { onSubmit, failure } = useSubmitAction(handleSubmit, busy, async ({ title, dueOn, person, lawyer }) => {
    const applicantId = person[0]?.id;
    await call('tasks.create', {
      fields: { title, dueOn, ...(applicantId ? { applicantId } : {}), ...(lawyer ? { lawyer } : {}) },
    });
    onAdded({ title, dueOn });
  });

  useEffect(() => {
    setFocus('title');
  }, [setFocus]);

  // Esc leaves the form (the person picker keeps Esc for itself while its list is open).
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <TitledSection title={t('deadlines.task.title')} className="deadlines-task-panel">
      <form className="form deadlines-task-form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-busy={busy}>
        <div className="deadlines-task-row">
          <FormField
            label={t('deadlines.task.what')}
            hint={t('deadlines.task.whatHint')}
            error={formMessage(t, formState.errors.title?.message)}
          >
            {(field) => <input {...field} {...register('title')} className="input" type="text" readOnly={busy} />}
          </FormField>
          <FormField
            label={t('deadlines.task.dueOn')}
            hint={t('deadlines.task.dueHint')}
            error={formMessage(t, formState.errors.dueOn?.message)}
          >
            {(field) => (
              <input
                {...field}
                {...register('dueOn', {
                  // Shown back as dd.mm.yyyy once read, so the lawyer sees which day was understood.
                  onBlur: () => {
                    const day = parseTypedDate(getValues('dueOn'));
                    if (day && day.length === 10) setValue('dueOn', formatPartialDate(day));
                  },
                })}
                className="input deadlines-date-input"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                readOnly={busy}
              />
            )}
          </FormField>
        </div>
        <div className="deadlines-task-row">
          <Controller
            control={control}
            name="person"
            render={({ field }) => (
              <ApplicantPicker
                label={t('deadlines.task.person')}
                hint={t('deadlines.task.personHint')}
                value={field.value}
                onChange={(next) => {
                  field.onChange(next);
                  const lawyer = next[0]?.assignedLawyer;
                  if (lawyer && getValues('lawyer').trim() === '') setValue('lawyer', lawyer);
                }}
              />
            )}
          />
          <FormField
            label={t('deadlines.task.lawyer')}
            hint={t('deadlines.task.lawyerHint')}
            error={formMessage(t, formState.errors.lawyer?.message)}
          >
            {(field) => (
              <input
                {...field}
                {...register('lawyer')}
                className="input"
                type="text"
                list={lawyersId}
                autoComplete="off"
                readOnly={busy}
              />
            )}
          </FormField>
          <datalist id={lawyersId}>
            {lawyers.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('deadlines.task.submit')}</SubmitButton>
          <button type="button" className="button deadlines-button-outline" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </TitledSection>
  );
}
