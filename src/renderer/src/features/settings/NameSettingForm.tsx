import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { api } from '../../../../shared/api/contract';
import type { MessageKey } from '../../../../shared/i18n';
import { asPanohError, call } from '../../api/client';
import { FormField } from '../../components/FormField';
import { FormOutcome } from '../../components/FormOutcome';
import { SubmitButton } from '../../components/SubmitButton';
import { TitledSection } from '../../components/TitledSection';
import { useSubmitAction } from '../../components/useSubmitAction';
import { useT } from '../../i18n/I18nProvider';
import { fieldMessage } from './settingsMessage';

/** Both names are checked by the very schema the core checks them with. */
const schemas = { profile: api['profile.set'].input, office: api['office.set'].input } as const;
type Which = keyof typeof schemas;
type NameForm = z.input<(typeof schemas)[Which]>;

const text: Record<
  Which,
  { title: MessageKey; label: MessageKey; hint: MessageKey; submit: MessageKey; done: MessageKey }
> = {
  profile: {
    title: 'settings.profile.title',
    label: 'settings.profile.label',
    hint: 'settings.profile.hint',
    submit: 'settings.profile.submit',
    done: 'settings.profile.done',
  },
  office: {
    title: 'settings.office.title',
    label: 'settings.office.label',
    hint: 'settings.office.hint',
    submit: 'settings.office.submit',
    done: 'settings.office.done',
  },
};

async function load(which: Which): Promise<string> {
  return (which === 'profile' ? await call('profile.get', {}) : await call('office.get', {})).name;
}

async function save(which: Which, name: string): Promise<string> {
  return (which === 'profile' ? await call('profile.set', { name }) : await call('office.set', { name })).name;
}

/** One name kept in the vault: the lawyer's own (for the audit log) or the office's (for reports). */
export function NameSettingForm({ which, autoComplete }: { which: Which; autoComplete: string }) {
  const t = useT();
  const words = text[which];
  const [loaded, setLoaded] = useState(false);
  const { register, handleSubmit, formState, reset } = useForm<NameForm>({
    resolver: zodResolver(schemas[which]),
    defaultValues: { name: '' },
  });
  const busy = formState.isSubmitting || !loaded;
  const { onSubmit, failure, setFailure, done, setDone } = useSubmitAction(handleSubmit, busy, async ({ name }) => {
    reset({ name: await save(which, name) });
  });

  useEffect(() => {
    let current = true;
    load(which).then(
      (name) => {
        if (!current) return;
        reset({ name });
        setLoaded(true);
      },
      (error: unknown) => {
        if (!current) return;
        setFailure(asPanohError(error));
        setLoaded(true);
      },
    );
    return () => {
      current = false;
    };
  }, [which, reset, setFailure]);

  return (
    <TitledSection title={t(words.title)}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <FormField label={t(words.label)} hint={t(words.hint)} error={fieldMessage(t, formState.errors.name?.message)}>
          {(field) => (
            <input
              {...field}
              {...register('name', { onChange: () => setDone(false) })}
              className="input"
              type="text"
              autoComplete={autoComplete}
              readOnly={busy}
            />
          )}
        </FormField>
        <FormOutcome failure={failure} done={done} doneText={t(words.done)} />
        <div className="form-actions">
          <SubmitButton busy={formState.isSubmitting}>{t(words.submit)}</SubmitButton>
        </div>
      </form>
    </TitledSection>
  );
}
