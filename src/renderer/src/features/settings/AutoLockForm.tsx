import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { AUTO_LOCK_MINUTES } from '../../../../shared/api/contract';
import type { PanohError } from '../../../../shared/errors';
import { asPanohError } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { FormField } from '../../components/FormField';
import { SubmitButton } from '../../components/SubmitButton';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { type AutoLockFormInput, type AutoLockFormOutput, autoLockFormSchema } from '../../forms/schemas';
import { useT } from '../../i18n/I18nProvider';
import { usePrefs } from '../../prefs/PrefsProvider';

/** How long the vault stays open without activity. */
export function AutoLockForm() {
  const t = useT();
  const titleId = useId();
  const noteId = useId();
  const { prefs, updatePrefs } = usePrefs();
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, formState } = useForm<AutoLockFormInput, unknown, AutoLockFormOutput>({
    resolver: zodResolver(autoLockFormSchema),
    defaultValues: { minutes: String(prefs.autoLockMinutes) },
  });
  const busy = formState.isSubmitting;

  const submit = handleSubmit(async ({ minutes }) => {
    setFailure(undefined);
    setDone(false);
    try {
      await updatePrefs({ autoLockMinutes: minutes });
      setDone(true);
    } catch (error) {
      setFailure(asPanohError(error));
    }
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    void submit(event);
  };

  return (
    <section className="settings-section" aria-labelledby={titleId}>
      <h2 className="section-title" id={titleId}>
        {t('settings.autoLock.title')}
      </h2>
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
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        {done ? (
          <p className="success" role="status">
            {t('settings.autoLock.done')}
          </p>
        ) : null}
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('settings.autoLock.submit')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
