import { zodResolver } from '@hookform/resolvers/zod';
import { type RefObject, useEffect, useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import type { PanohError } from '../../../../shared/errors';
import type { ApplicantSummary } from '../../../../shared/records/applicantSummary';
import { type Incident, incidentKinds, perpetrators, thirdPartyRoles } from '../../../../shared/records/incident';
import { LIMITS } from '../../../../shared/records/text';
import { asPanohError, call } from '../../api/client';
import { ApplicantPicker } from '../../components/ApplicantPicker';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { AddRowButton, RepeatedRow } from '../../components/RepeatedRow';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { DateField } from '../applicants/DateField';
import { RecordFormFrame } from '../applicants/RecordFormFrame';
import { useFormDraft } from '../applicants/useFormDraft';
import { useFormExit } from '../applicants/useFormExit';
import {
  emptyIncidentForm,
  emptyThirdParty,
  type IncidentFormOutput,
  type IncidentFormValues,
  incidentFormSchema,
  incidentFormValues,
  parseIncidentDraft,
} from './incidentForm';
import { kindLabel, perpetratorLabel } from './labels';

const formFields = new Set<string>(Object.keys(emptyIncidentForm));
/** The core's field names where the form calls them otherwise. */
const FORM_NAMES: Record<string, string> = {
  victimIds: 'victims',
  kind: 'kinds',
  otherKinds: 'kinds',
  perpetrator: 'perpetrators',
  otherPerpetrators: 'perpetrators',
};

/**
 * Records a new incident or edits one, in the same frame as a person's or an event's form (draft in
 * the vault, Ctrl+Enter saves, Esc cancels): what happened, of which kinds and by whom, to which
 * clients, and the third parties it went through (a landlady pressed to evict).
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
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const { register, handleSubmit, control, formState, reset, setError, setFocus, getValues, watch } = useForm<
    IncidentFormValues,
    unknown,
    IncidentFormOutput
  >({
    resolver: zodResolver(incidentFormSchema),
    defaultValues: incident ? incidentFormValues(incident, victims) : emptyIncidentForm,
    shouldFocusError: true,
  });
  const busy = formState.isSubmitting;
  const errors = formState.errors;
  const occurredOn = useWatch({ control, name: 'occurredOn' });
  const parties = useFieldArray({ control, name: 'thirdParties' });
  const draft = useFormDraft({
    formKey: incident ? `incident.${incident.id}` : 'incident.new',
    dirty: formState.isDirty,
    read: () => getValues(),
  });
  const { release, cancel, dialog } = useFormExit({ dirty: formState.isDirty, draft, onCancel });

  useEffect(() => {
    const subscription = watch(() => draft.changed());
    return () => subscription.unsubscribe();
  }, [watch, draft.changed]);

  useEffect(() => {
    setFocus('occurredOn');
  }, [setFocus]);

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
      await draft.close();
      release();
      onSaved(id, t('incidents.saved'));
    } catch (error) {
      const failed = asPanohError(error);
      setFailure(failed);
      for (const problem of failed.fields ?? []) {
        const [first] = problem.path.replace(/^fields\./, '').split('.');
        const name = FORM_NAMES[first ?? ''] ?? first;
        if (name && formFields.has(name)) setError(name as keyof IncidentFormValues, { message: problem.issue });
      }
    }
  });

  const err = (message: string | undefined) => formMessage(t, message);
  const restart = () => requestAnimationFrame(() => setFocus('occurredOn'));
  return (
    <>
      <RecordFormFrame
        title={incident ? t('incident.form.editTitle') : t('incident.form.newTitle')}
        headingRef={headingRef}
        draft={draft.state}
        dirty={formState.isDirty}
        savedAt={draft.savedAt}
        onRestore={() => {
          const restored = parseIncidentDraft(draft.restore());
          if (restored) reset(restored, { keepDefaultValues: true });
          restart();
        }}
        onDiscardDraft={() => {
          void draft.discard();
          restart();
        }}
        failure={failure ? errorMessage(t, failure) : undefined}
        busy={busy}
        submitLabel={t('incident.form.save')}
        onSubmit={(event) => void submit(event)}
        onCancel={() => void cancel()}
      >
        <section className="form-section">
          <div className="form-grid form-grid-2">
            <DateField
              label={`${t('incident.field.occurredOn')} *`}
              registration={register('occurredOn')}
              value={occurredOn}
              error={err(errors.occurredOn?.message)}
            />
            <TextField
              label={t('incident.field.place')}
              registration={register('place')}
              error={err(errors.place?.message)}
            />
          </div>
          <CheckboxGroup
            legend={t('incident.field.kind')}
            required
            hint={t('caseFile.incident.kindsHint')}
            registration={register('kinds')}
            options={incidentKinds.map((kind) => ({ value: kind, label: kindLabel(t, kind) }))}
            error={err(errors.kinds?.message)}
          />
          <CheckboxGroup
            legend={t('incident.field.perpetrator')}
            required
            hint={t('caseFile.incident.perpetratorsHint')}
            registration={register('perpetrators')}
            options={perpetrators.map((who) => ({ value: who, label: perpetratorLabel(t, who) }))}
            error={err(errors.perpetrators?.message)}
          />
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
                error={err(fieldState.error?.message)}
              />
            )}
          />
          <TextField
            label={t('incident.field.description')}
            required
            hint={t('incident.form.descriptionHint')}
            registration={register('description')}
            error={err(errors.description?.message)}
            rows={6}
            maxLength={LIMITS.long}
          />
        </section>

        <section className="form-section" aria-labelledby="third-parties-title">
          <h2 className="form-section-title" id="third-parties-title">
            {t('incident.field.thirdParties')}
          </h2>
          <p className="field-hint">{t('caseFile.thirdParty.hint')}</p>
          {parties.fields.map((item, index) => {
            const rowErrors = errors.thirdParties?.[index];
            const number = index + 1;
            return (
              <RepeatedRow
                key={item.id}
                legend={t('caseFile.thirdParty.item', { number })}
                removeLabel={t('caseFile.thirdParty.remove', { number })}
                onRemove={() => parties.remove(index)}
              >
                <TextField
                  label={t('thirdParty.field.name')}
                  required
                  registration={register(`thirdParties.${index}.name`)}
                  error={err(rowErrors?.name?.message)}
                  maxLength={LIMITS.name}
                />
                <SelectField
                  label={t('thirdParty.field.role')}
                  required
                  registration={register(`thirdParties.${index}.role`)}
                  options={thirdPartyRoles.map((role) => ({ value: role, label: t(`thirdParty.role.${role}`) }))}
                  empty={t('applicants.choose')}
                  error={err(rowErrors?.role?.message)}
                />
                <TextField
                  label={t('thirdParty.field.contact')}
                  registration={register(`thirdParties.${index}.contact`)}
                  error={err(rowErrors?.contact?.message)}
                />
                <TextField
                  label={t('thirdParty.field.note')}
                  registration={register(`thirdParties.${index}.note`)}
                  error={err(rowErrors?.note?.message)}
                />
              </RepeatedRow>
            );
          })}
          <AddRowButton
            hidden={parties.fields.length >= 30}
            label={t('caseFile.thirdParty.add')}
            onAdd={() => parties.append({ ...emptyThirdParty })}
          />
        </section>

        <section className="form-section">
          <div className="form-grid form-grid-2">
            <TextField
              label={t('incident.field.witnesses')}
              registration={register('witnesses')}
              error={err(errors.witnesses?.message)}
              rows={3}
              maxLength={LIMITS.long}
            />
            <TextField
              label={t('incident.field.reportedTo')}
              registration={register('reportedTo')}
              error={err(errors.reportedTo?.message)}
            />
          </div>
        </section>
      </RecordFormFrame>
      {dialog}
    </>
  );
}
