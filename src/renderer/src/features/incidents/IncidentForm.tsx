import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, type KeyboardEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { PanohError } from '../../../../shared/errors';
import type { ApplicantSummary } from '../../../../shared/records/applicantSummary';
import { type Incident, incidentKinds, perpetrators } from '../../../../shared/records/incident';
import { asPanohError, call } from '../../api/client';
import { ApplicantPicker } from '../../components/ApplicantPicker';
import { useConfirm } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { FormField } from '../../components/FormField';
import { SubmitButton } from '../../components/SubmitButton';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { formatTimestamp } from '../../i18n/recordText';
import { useNavigation } from '../shell/navigation';
import {
  emptyIncidentForm,
  type IncidentFormOutput,
  type IncidentFormValues,
  incidentFormSchema,
  incidentFormValues,
  parseIncidentDraft,
} from './incidentForm';
import { kindLabel, perpetratorLabel } from './labels';
import { useFormDraft } from './useFormDraft';

const formFields = new Set<string>(Object.keys(emptyIncidentForm));

/**
 * Records a new incident or edits one. Keyboard first: Enter saves (Ctrl+Enter inside a text box),
 * Esc cancels. The form is kept as a draft in the vault while it has unsaved changes.
 */
export function IncidentForm({
  headingRef,
  incident,
  victims = [],
  onSaved,
  onCancel,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The incident being edited; absent for a new one. */
  incident?: Incident;
  victims?: ApplicantSummary[];
  onSaved(id: string, message: string): void;
  onCancel(): void;
}) {
  const t = useT();
  const { setLeaveGuard } = useNavigation();
  const { ask, dialog } = useConfirm();
  const formRef = useRef<HTMLFormElement>(null);
  const leaving = useRef(false);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const draft = useFormDraft(incident ? `incident.${incident.id}` : 'incident.new', parseIncidentDraft);
  const { register, handleSubmit, control, formState, reset, subscribe, setError, setFocus } = useForm<
    IncidentFormValues,
    unknown,
    IncidentFormOutput
  >({
    resolver: zodResolver(incidentFormSchema),
    defaultValues: incident ? incidentFormValues(incident, victims) : emptyIncidentForm,
  });
  const busy = formState.isSubmitting;
  const dirty = formState.isDirty;
  const errors = formState.errors;

  useEffect(() => {
    setFocus('occurredOn');
  }, [setFocus]);

  // While the form differs from what is stored, it is written to its draft after each pause.
  const { schedule, clean } = draft;
  useEffect(
    () =>
      subscribe({
        formState: { values: true, isDirty: true },
        callback: ({ values, isDirty }) => {
          if (leaving.current) return;
          if (isDirty) schedule(values);
          else clean();
        },
      }),
    [subscribe, schedule, clean],
  );

  // Leaving with unsaved changes asks first; the draft stays in the vault either way.
  const { flush } = draft;
  useEffect(() => {
    if (!dirty) return;
    return setLeaveGuard(async () => {
      if (leaving.current) return true;
      const leave = await ask({
        title: t('incidents.leave.title'),
        body: t('incidents.leave.body'),
        confirmLabel: t('incidents.leave.go'),
        cancelLabel: t('incidents.leave.stay'),
      });
      if (leave) {
        leaving.current = true;
        await flush();
      }
      return leave;
    });
  }, [dirty, setLeaveGuard, ask, flush, t]);

  const submit = handleSubmit(async (fields) => {
    setFailure(undefined);
    try {
      let id: string;
      if (incident) {
        await call('incidents.update', { id: incident.id, fields });
        id = incident.id;
      } else {
        id = (await call('incidents.create', { fields })).id;
      }
      leaving.current = true;
      await draft.discard();
      onSaved(id, t('incidents.saved'));
    } catch (error) {
      const failed = asPanohError(error);
      setFailure(failed);
      for (const problem of failed.fields ?? []) {
        const [first] = problem.path.split('.');
        const name = first === 'victimIds' ? 'victims' : first;
        if (name && formFields.has(name)) setError(name as keyof IncidentFormValues, { message: problem.issue });
      }
    }
  });

  const cancel = async () => {
    if (busy) return;
    if (dirty) {
      const yes = await ask({
        title: t('incidents.discard.title'),
        body: t('incidents.discard.body'),
        confirmLabel: t('incidents.discard.confirm'),
        cancelLabel: t('incidents.leave.stay'),
        danger: true,
      });
      if (!yes) return;
    }
    leaving.current = true;
    // An old draft nobody has looked at yet is kept for next time; anything else goes.
    if (dirty || !draft.found) await draft.discard();
    onCancel();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    void submit(event);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      void cancel();
      return;
    }
    if (event.key !== 'Enter' || event.defaultPrevented || event.shiftKey || event.altKey) return;
    const target = event.target as HTMLElement;
    const inTextArea = target instanceof HTMLTextAreaElement;
    if ((inTextArea && (event.ctrlKey || event.metaKey)) || target instanceof HTMLSelectElement) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  const restoreDraft = () => {
    if (!draft.found) return;
    reset(draft.found.doc, { keepDefaultValues: true });
    draft.dismiss();
    setFocus('occurredOn');
  };

  return (
    <div className="page">
      <div className="page-heading">
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {incident ? t('incident.form.editTitle') : t('incident.form.newTitle')}
        </h1>
      </div>
      {draft.found ? (
        <div className="notice draft-offer" role="status">
          <p>{t('incidents.draft.found', { when: formatTimestamp(draft.found.updatedAt) })}</p>
          <div className="draft-offer-actions">
            <button type="button" className="button button-outline button-small" onClick={restoreDraft}>
              {t('incidents.draft.restore')}
            </button>
            <button type="button" className="button button-outline button-small" onClick={() => void draft.discard()}>
              {t('incidents.draft.discard')}
            </button>
          </div>
        </div>
      ) : null}
      <form
        ref={formRef}
        className="form record-card incident-form"
        onSubmit={onSubmit}
        onKeyDown={onKeyDown}
        noValidate
        aria-busy={busy}
      >
        <div className="incident-row">
          <FormField
            label={t('incident.field.occurredOn')}
            hint={t('incident.form.dateHint')}
            error={formMessage(t, errors.occurredOn?.message)}
          >
            {(field) => (
              <input
                {...field}
                {...register('occurredOn')}
                className="input input-date"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                readOnly={busy}
              />
            )}
          </FormField>
          <FormField label={t('incident.field.place')} error={formMessage(t, errors.place?.message)}>
            {(field) => <input {...field} {...register('place')} className="input" type="text" readOnly={busy} />}
          </FormField>
        </div>
        <div className="incident-row">
          <FormField label={t('incident.field.kind')} error={formMessage(t, errors.kind?.message)}>
            {(field) => (
              <select {...field} {...register('kind')} className="input select" disabled={busy}>
                <option value="">{t('incident.form.choose')}</option>
                {incidentKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {kindLabel(t, kind)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('incident.field.perpetrator')} error={formMessage(t, errors.perpetrator?.message)}>
            {(field) => (
              <select {...field} {...register('perpetrator')} className="input select" disabled={busy}>
                <option value="">{t('incident.form.choose')}</option>
                {perpetrators.map((perpetrator) => (
                  <option key={perpetrator} value={perpetrator}>
                    {perpetratorLabel(t, perpetrator)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <Controller
          control={control}
          name="victims"
          render={({ field, fieldState }) => (
            <ApplicantPicker
              label={t('incident.field.victimIds')}
              hint={t('incident.form.victimsHint')}
              value={field.value}
              onChange={field.onChange}
              multiple
              error={formMessage(t, fieldState.error?.message)}
            />
          )}
        />
        <FormField
          label={t('incident.field.description')}
          hint={t('incident.form.descriptionHint')}
          error={formMessage(t, errors.description?.message)}
        >
          {(field) => (
            <textarea
              {...field}
              {...register('description')}
              className="input textarea"
              rows={6}
              readOnly={busy}
              aria-keyshortcuts="Control+Enter"
            />
          )}
        </FormField>
        <div className="incident-row">
          <FormField label={t('incident.field.witnesses')} error={formMessage(t, errors.witnesses?.message)}>
            {(field) => (
              <textarea
                {...field}
                {...register('witnesses')}
                className="input textarea"
                rows={3}
                readOnly={busy}
                aria-keyshortcuts="Control+Enter"
              />
            )}
          </FormField>
          <FormField label={t('incident.field.reportedTo')} error={formMessage(t, errors.reportedTo?.message)}>
            {(field) => <input {...field} {...register('reportedTo')} className="input" type="text" readOnly={busy} />}
          </FormField>
        </div>
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('incident.form.save')}</SubmitButton>
          <button type="button" className="button button-outline" onClick={() => void cancel()}>
            {t('common.cancel')}
          </button>
          <p className="incident-keys">{t('incident.form.keys')}</p>
        </div>
      </form>
      {dialog}
    </div>
  );
}
