import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { AUTO_LOCK_MINUTES } from '../../../../shared/api/contract';
import { FormField } from '../../components/FormField';
import { FormOutcome } from '../../components/FormOutcome';
import { SubmitButton } from '../../components/SubmitButton';
import { TitledSection } from '../../components/TitledSection';
import { useSubmitAction } from '../../components/useSubmitAction';
import { formMessage } from '../../forms/formMessages';
import { type AutoLockFormInput, type AutoLockFormOutput, autoLockFormSchema } from '../../forms/schemas';
import { useT } from '../../i18n/I18nProvider';
import { usePrefs } from '../../prefs/PrefsProvider';

/** How long the vault stays open without activity. */
export function AutoLockForm() {
  const t = useT();
  const noteId = useId();
  const { prefs, updatePrefs } = usePrefs();
  const { register, handleSubmit, formState } = useForm<AutoLockFormInput, unknown, AutoLockFormOutput>({
    resolver: zodResolver(autoLockFormSchema),
    defaultValues: { minutes: String(prefs.autoLockMinutes) },
  });
  const busy = formState.isSubmitting;

  const { onSubmit, failure, done, setDone } = useSubmitAction(handleSubmit, busy, async ({ minutes }) => {
    await updatePrefs({ autoLockMinutes: minutes });
  });

  return (
    <TitledSection title={t('settings.autoLock.title')}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <FormField
          label={t('settings.autoLock.label')}
          hint={t('form.autoLockRange', { min: AUTO_LOCK_MINUTES.min, max: AUTO_LOCK_MINUTES.max })}
          error={formMessage(t, formState.errors.minutes?.message)}
          describedBy={[noteId]}
        >
          {(field) => (
            <input
              {...field}
              {...register('minutes', { onChange: () => setDone(false) })}
              className="input input-number"
              type="number"
              inputMode="numeric"
              min={AUTO_LOCK_MINUTES.min}
              max={AUTO_LOCK_MINUTES.max}
              step={1}
              readOnly={busy}
            />
          )}
        </FormField>
        <p className="field-note" id={noteId}>
          {t('settings.autoLock.note')}
        </p>
        <FormOutcome failure={failure} done={done} doneText={t('settings.autoLock.done')} />
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('settings.autoLock.submit')}</SubmitButton>
        </div>
      </form>
    </TitledSection>
  );
}
