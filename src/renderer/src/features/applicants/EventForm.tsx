import { type RefObject, useEffect, useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { PanohError } from '../../../../shared/errors';
import type { Applicant } from '../../../../shared/records/applicant';
import type { ApplicantSummary } from '../../../../shared/records/applicantSummary';
import { type EventInput, type EventType, eventTypes, type TimelineEvent } from '../../../../shared/records/events';
import { asPanohError, call } from '../../api/client';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { focusFirstInvalid, placeCoreErrors } from './coreErrors';
import { EventTypeFields } from './EventTypeFields';
import {
  appealableDecisions,
  defaultOutcome,
  type EventFormValues,
  emptyEventValues,
  eventResolver,
  eventToValues,
  latestRefusalId,
  sanitizeEventDraft,
} from './eventFormModel';
import { fullName } from './format';
import { RecordFormFrame } from './RecordFormFrame';
import { useFormDraft } from './useFormDraft';
import { useFormExit } from './useFormExit';

const FIELD_KEYS = Object.keys(emptyEventValues());

/**
 * A timeline event: first what happened (one of eight types), then that type's fields. A decision
 * must say whether reasons were given; an appeal names the decision it is against.
 */
export function EventForm({
  applicant,
  timeline,
  groupMembers,
  editing,
  headingRef,
  onSaved,
  onCancel,
}: {
  applicant: Applicant;
  timeline: TimelineEvent[];
  /** The other people this person's events concern, for the names of an edited event's group. */
  groupMembers: ApplicantSummary[];
  /** The event to edit; a new one when absent. */
  editing?: TimelineEvent | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSaved(): void;
  onCancel(): void;
}) {
  const t = useT();
  const typeLegendId = useId();
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const decisions = useMemo(
    () => appealableDecisions(timeline.filter((e) => e.id !== editing?.id)),
    [timeline, editing],
  );
  const initial = useMemo(
    () =>
      editing
        ? eventToValues(editing, applicant.id, new Map(groupMembers.map((person) => [person.id, person])))
        : emptyEventValues(),
    [editing, applicant.id, groupMembers],
  );
  const form = useForm<EventFormValues, unknown, EventInput>({
    resolver: eventResolver,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const { register, control, handleSubmit, formState, reset, setFocus, setError, setValue, getValues, watch } = form;
  const { errors, isDirty } = formState;
  const busy = formState.isSubmitting;
  const type = useWatch({ control, name: 'type' });
  const draft = useFormDraft({
    formKey: editing ? `event.${editing.id}` : `event.new.${applicant.id}`,
    dirty: isDirty,
    read: () => getValues(),
  });
  const { release, cancel, dialog } = useFormExit({ dirty: isDirty, draft, onCancel });

  useEffect(() => {
    const subscription = watch(() => draft.changed());
    return () => subscription.unsubscribe();
  }, [watch, draft.changed]);

  // The first field has the focus at once; a draft found in the vault then offers itself.
  useEffect(() => {
    setFocus('type');
  }, [setFocus]);

  const chooseType = (next: EventType) => {
    setValue('outcome', defaultOutcome(next));
    if (next === 'appeal' && !getValues('againstEventId')) setValue('againstEventId', latestRefusalId(timeline));
  };

  const submit = handleSubmit(async (event) => {
    setFailure(undefined);
    try {
      if (editing) await call('events.update', { id: editing.id, event, fromApplicantId: applicant.id });
      else await call('events.create', { applicantId: applicant.id, event });
      await draft.close();
      release();
      onSaved();
    } catch (error) {
      const failed = asPanohError(error);
      setFailure(failed);
      // The core names the group by ids; the form shows it as the people chosen.
      const fields = failed.fields?.map((f) => ({
        ...f,
        path: f.path.replace(/^(event\.)?otherApplicantIds(\.\d+)?/, 'otherPeople'),
      }));
      if (placeCoreErrors(new PanohError(failed.code, failed.params, fields), setError, 'event', FIELD_KEYS)) {
        focusFirstInvalid();
      }
    }
  }, focusFirstInvalid);

  const typeError = formMessage(t, errors.type?.message);
  return (
    <>
      <RecordFormFrame
        title={editing ? t('applicants.eventForm.editTitle') : t('applicants.eventForm.newTitle')}
        subtitle={fullName(applicant)}
        headingRef={headingRef}
        draft={draft.state}
        dirty={isDirty}
        savedAt={draft.savedAt}
        onRestore={() => {
          reset(sanitizeEventDraft(draft.restore()), { keepDefaultValues: true });
          // After the reset has re-rendered the fields.
          requestAnimationFrame(() => setFocus('type'));
        }}
        onDiscardDraft={() => {
          void draft.discard();
          // After the reset has re-rendered the fields.
          requestAnimationFrame(() => setFocus('type'));
        }}
        failure={failure ? errorMessage(t, failure) : undefined}
        busy={busy}
        submitLabel={editing ? t('applicants.form.saveChanges') : t('applicants.eventForm.create')}
        onSubmit={(event) => void submit(event)}
        onCancel={() => void cancel()}
      >
        <section className="form-section">
          <fieldset
            className={typeError ? 'event-type-group field-invalid' : 'event-type-group'}
            aria-describedby={typeError ? `${typeLegendId}-error` : undefined}
          >
            <legend className="form-section-title" id={typeLegendId}>
              {t('applicants.eventForm.typeLegend')}
            </legend>
            <div className="event-type-options">
              {eventTypes.map((option) => (
                <label key={option} className="event-type-option">
                  <input
                    type="radio"
                    value={option}
                    {...register('type', { onChange: (event) => chooseType(event.target.value as EventType) })}
                  />
                  <span className="event-type-name">{t(`event.type.${option}`)}</span>
                </label>
              ))}
            </div>
            {typeError ? (
              <p className="field-error" id={`${typeLegendId}-error`} role="alert">
                {typeError}
              </p>
            ) : null}
          </fieldset>
          {type ? (
            <EventTypeFields
              type={type}
              applicant={applicant}
              control={control}
              register={register}
              errors={errors}
              decisions={decisions}
            />
          ) : (
            <p className="field-hint event-type-prompt">{t('applicants.eventForm.choosePrompt')}</p>
          )}
        </section>
      </RecordFormFrame>
      {dialog}
    </>
  );
}
