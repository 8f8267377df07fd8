import { type RefObject, useEffect, useId, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { PanohError } from '../../../../shared/errors';
import type { ApplicantInput } from '../../../../shared/records/applicant';
import {
  type Applicant,
  caseStatuses,
  consentRecipients,
  sexes,
  vulnerabilities,
} from '../../../../shared/records/applicant';
import type { ApplicantSummary } from '../../../../shared/records/applicantSummary';
import { LIMITS } from '../../../../shared/records/text';
import { asPanohError, call } from '../../api/client';
import { FormField } from '../../components/FormField';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigation } from '../shell/navigation';
import {
  type ApplicantFormValues,
  applicantResolver,
  applicantToValues,
  emptyApplicantValues,
  patchOf,
  sanitizeApplicantDraft,
  valuesToInput,
} from './applicantFormModel';
import { CodeSelect } from './CodeSelect';
import { countryOptions, FREQUENT_COUNTRIES, FREQUENT_LANGUAGES, languageOptions } from './codeOptions';
import { focusFirstInvalid, placeCoreErrors } from './coreErrors';
import { DateField } from './DateField';
import { DocumentsField } from './DocumentsField';
import { DuplicateWarning } from './DuplicateWarning';
import { FamilyLinksField } from './FamilyLinksField';
import { fullName } from './format';
import { RecordFormFrame } from './RecordFormFrame';
import { StringListField } from './StringListField';
import { useDuplicateCandidates } from './useDuplicateCandidates';
import { useFormDraft } from './useFormDraft';
import { useFormExit } from './useFormExit';

const FIELD_KEYS = Object.keys(emptyApplicantValues());

/**
 * Intake and edit of an applicant, every field of the shared schema, by keyboard: the family name
 * has the focus, Tab walks the form in reading order, Enter saves, Esc cancels. What is typed is
 * kept as a draft in the vault until it is saved or cancelled. A new applicant's names and birth
 * date are compared with those already recorded, and possible duplicates are shown under the names.
 */
export function ApplicantForm({
  applicant,
  people,
  headingRef,
  onSaved,
  onCancel,
}: {
  /** The applicant to edit; a new one when absent. */
  applicant?: Applicant | undefined;
  /** Family members by id, for their names. */
  people: Map<string, ApplicantSummary>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSaved(id: string, created: boolean): void;
  onCancel(): void;
}) {
  const { t, language } = useI18n();
  const { navigate } = useNavigation();
  const ids = { lawyers: useId(), consent: useId() };
  const initial = useMemo(
    () => (applicant ? applicantToValues(applicant, people) : emptyApplicantValues()),
    [applicant, people],
  );
  const initialInput = useMemo(() => valuesToInput(initial), [initial]);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [lawyers, setLawyers] = useState<string[]>([]);
  const form = useForm<ApplicantFormValues, unknown, ApplicantInput>({
    resolver: applicantResolver,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const { register, control, handleSubmit, formState, reset, setFocus, setError, getValues, watch } = form;
  const { errors, isDirty } = formState;
  const busy = formState.isSubmitting;
  const draft = useFormDraft({
    formKey: applicant ? `applicant.${applicant.id}` : 'applicant.new',
    dirty: isDirty,
    read: () => getValues(),
  });
  const { release, cancel, dialog } = useFormExit({ dirty: isDirty, draft, onCancel });

  useEffect(() => {
    const subscription = watch(() => draft.changed());
    return () => subscription.unsubscribe();
  }, [watch, draft.changed]);

  useEffect(() => {
    call('applicants.lawyers', {}).then(setLawyers, () => {});
  }, []);

  // The first field has the focus once it is known whether a draft waits (the offer takes it then).
  // The first field has the focus at once; a draft found in the vault then offers itself.
  useEffect(() => {
    setFocus('familyName');
  }, [setFocus]);

  const birthDate = useWatch({ control, name: 'birthDate' });
  const familyName = useWatch({ control, name: 'familyName' });
  const givenName = useWatch({ control, name: 'givenName' });
  const duplicates = useDuplicateCandidates({ enabled: !applicant, familyName, givenName, birthDate });
  const arrivalDate = useWatch({ control, name: 'arrivalDate' });
  const consentState = useWatch({ control, name: 'consent.state' });
  const consentDate = useWatch({ control, name: 'consent.recordedOn' });

  const countries = countryOptions(language);
  const languagesList = languageOptions(language);

  const submit = handleSubmit(async (input) => {
    setFailure(undefined);
    try {
      if (applicant) {
        const patch = patchOf(initialInput, input);
        if (Object.keys(patch).length > 0) await call('applicants.update', { id: applicant.id, fields: patch });
      } else {
        const { id } = await call('applicants.create', { fields: input });
        await draft.close();
        release();
        onSaved(id, true);
        return;
      }
      await draft.close();
      release();
      onSaved(applicant.id, false);
    } catch (error) {
      const failed = asPanohError(error);
      setFailure(failed);
      if (placeCoreErrors(failed, setError, 'fields', FIELD_KEYS)) focusFirstInvalid();
    }
  }, focusFirstInvalid);

  const title = applicant
    ? t('applicants.form.editTitle', { name: fullName(applicant) })
    : t('applicants.form.newTitle');
  const err = (message: string | undefined) => formMessage(t, message);

  return (
    <>
      <RecordFormFrame
        title={title}
        subtitle={t('applicants.form.required')}
        headingRef={headingRef}
        draft={draft.state}
        dirty={isDirty}
        savedAt={draft.savedAt}
        onRestore={() => {
          const doc = draft.restore();
          reset(sanitizeApplicantDraft(doc), { keepDefaultValues: true });
          // After the reset has re-rendered the fields.
          requestAnimationFrame(() => setFocus('familyName'));
        }}
        onDiscardDraft={() => {
          void draft.discard();
          // After the reset has re-rendered the fields.
          requestAnimationFrame(() => setFocus('familyName'));
        }}
        failure={failure ? errorMessage(t, failure) : undefined}
        busy={busy}
        submitLabel={applicant ? t('applicants.form.saveChanges') : t('applicants.form.create')}
        onSubmit={(event) => {
          if (busy) {
            event.preventDefault();
            return;
          }
          void submit(event);
        }}
        onCancel={() => void cancel()}
      >
        <section className="form-section" aria-labelledby={`${ids.consent}-name`}>
          <h2 className="form-section-title" id={`${ids.consent}-name`}>
            {t('applicants.section.name')}
          </h2>
          <div className="form-grid form-grid-3">
            <FormField label={`${t('applicant.field.familyName')} *`} error={err(errors.familyName?.message)}>
              {(field) => (
                <input
                  {...field}
                  {...register('familyName')}
                  className="input"
                  autoComplete="off"
                  spellCheck={false}
                  aria-required="true"
                  maxLength={LIMITS.name}
                />
              )}
            </FormField>
            <FormField label={t('applicant.field.givenName')} error={err(errors.givenName?.message)}>
              {(field) => (
                <input
                  {...field}
                  {...register('givenName')}
                  className="input"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={LIMITS.name}
                />
              )}
            </FormField>
            <FormField label={t('applicant.field.patronymic')} error={err(errors.patronymic?.message)}>
              {(field) => (
                <input
                  {...field}
                  {...register('patronymic')}
                  className="input"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={LIMITS.name}
                />
              )}
            </FormField>
          </div>
          {applicant ? null : (
            // Opening someone asks the leave guard first; the draft of this form is kept.
            <DuplicateWarning
              state={duplicates}
              onOpen={(id) => void navigate({ area: 'applicants', applicantId: id })}
            />
          )}
          <Controller
            control={control}
            name="aliases"
            render={({ field }) => (
              <StringListField
                legend={t('applicant.field.aliases')}
                hint={t('applicants.aliases.hint')}
                itemLabel={(index) => t('applicants.aliases.item', { number: index + 1 })}
                addLabel={t('applicants.aliases.add')}
                value={field.value}
                onChange={field.onChange}
                errors={errors.aliases}
                max={LIMITS.list}
              />
            )}
          />
        </section>

        <section className="form-section" aria-labelledby={`${ids.consent}-person`}>
          <h2 className="form-section-title" id={`${ids.consent}-person`}>
            {t('applicants.section.person')}
          </h2>
          <div className="form-grid form-grid-3">
            <FormField label={t('applicant.field.sex')} error={err(errors.sex?.message)}>
              {(field) => (
                <select {...field} {...register('sex')} className="input select">
                  {sexes.map((sex) => (
                    <option key={sex} value={sex}>
                      {t(`applicant.sex.${sex}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <DateField
              label={t('applicant.field.birthDate')}
              registration={register('birthDate')}
              value={birthDate}
              error={err(errors.birthDate?.message)}
            />
            <FormField label={t('applicant.field.birthPlace')} error={err(errors.birthPlace?.message)}>
              {(field) => (
                <input
                  {...field}
                  {...register('birthPlace')}
                  className="input"
                  autoComplete="off"
                  maxLength={LIMITS.short}
                />
              )}
            </FormField>
          </div>
          <div className="form-grid form-grid-2">
            <Controller
              control={control}
              name="citizenship"
              render={({ field }) => (
                <CodeSelect
                  label={t('applicant.field.citizenship')}
                  hint={t('applicants.citizenship.hint')}
                  options={countries}
                  frequent={FREQUENT_COUNTRIES}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={err(errors.citizenship?.message ?? errors.citizenship?.[0]?.message)}
                  max={5}
                />
              )}
            />
            <Controller
              control={control}
              name="languages"
              render={({ field }) => (
                <CodeSelect
                  label={t('applicant.field.languages')}
                  hint={t('applicants.languages.hint')}
                  options={languagesList}
                  frequent={FREQUENT_LANGUAGES}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={err(errors.languages?.message ?? errors.languages?.[0]?.message)}
                  max={10}
                />
              )}
            />
          </div>
        </section>

        <section className="form-section" aria-labelledby={`${ids.consent}-contact`}>
          <h2 className="form-section-title" id={`${ids.consent}-contact`}>
            {t('applicants.section.contact')}
          </h2>
          <div className="form-grid form-grid-3">
            <DateField
              label={t('applicant.field.arrivalDate')}
              registration={register('arrivalDate')}
              value={arrivalDate}
              error={err(errors.arrivalDate?.message)}
            />
            <FormField label={t('applicant.field.phone')} error={err(errors.phone?.message)}>
              {(field) => (
                <input
                  {...field}
                  {...register('phone')}
                  className="input"
                  type="tel"
                  autoComplete="off"
                  maxLength={LIMITS.short}
                />
              )}
            </FormField>
            <FormField label={t('applicant.field.address')} error={err(errors.address?.message)}>
              {(field) => (
                <input
                  {...field}
                  {...register('address')}
                  className="input"
                  autoComplete="off"
                  maxLength={LIMITS.short}
                />
              )}
            </FormField>
          </div>
        </section>

        <section className="form-section" aria-labelledby={`${ids.consent}-case`}>
          <h2 className="form-section-title" id={`${ids.consent}-case`}>
            {t('applicants.section.case')}
          </h2>
          <div className="form-grid form-grid-2">
            <FormField label={t('applicant.field.caseStatus')} error={err(errors.caseStatus?.message)}>
              {(field) => (
                <select {...field} {...register('caseStatus')} className="input select">
                  {caseStatuses.map((status) => (
                    <option key={status} value={status}>
                      {t(`applicant.status.${status}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField
              label={t('applicant.field.assignedLawyer')}
              hint={t('applicants.lawyer.hint')}
              error={err(errors.assignedLawyer?.message)}
            >
              {(field) => (
                <>
                  <input
                    {...field}
                    {...register('assignedLawyer')}
                    className="input"
                    autoComplete="off"
                    list={ids.lawyers}
                    maxLength={LIMITS.short}
                  />
                  <datalist id={ids.lawyers}>
                    {lawyers.map((lawyer) => (
                      <option key={lawyer} value={lawyer} />
                    ))}
                  </datalist>
                </>
              )}
            </FormField>
          </div>
        </section>

        <section className="form-section" aria-labelledby={`${ids.consent}-documents`}>
          <h2 className="form-section-title" id={`${ids.consent}-documents`}>
            {t('applicant.field.documents')}
          </h2>
          <DocumentsField control={control} register={register} errors={errors.documents} />
        </section>

        <section className="form-section" aria-labelledby={`${ids.consent}-vulnerabilities`}>
          <h2 className="form-section-title" id={`${ids.consent}-vulnerabilities`}>
            {t('applicant.field.vulnerabilities')}
          </h2>
          <fieldset className="check-group">
            <legend className="visually-hidden">{t('applicant.field.vulnerabilities')}</legend>
            {vulnerabilities.map((code) => (
              <label key={code} className="check-option">
                <input type="checkbox" className="checkbox" value={code} {...register('vulnerabilities')} />
                <span>{t(`applicant.vulnerability.${code}`)}</span>
              </label>
            ))}
          </fieldset>
        </section>

        <section className="form-section" aria-labelledby={`${ids.consent}-consent`}>
          <h2 className="form-section-title" id={`${ids.consent}-consent`}>
            {t('applicant.field.consent')}
          </h2>
          <fieldset className="radio-row">
            <legend className="field-label">{t('consent.field.given')}</legend>
            {(['unrecorded', 'given', 'refused'] as const).map((state) => (
              <label key={state} className="radio-option">
                <input type="radio" value={state} {...register('consent.state')} />
                <span>{t(`applicants.consent.${state}`)}</span>
              </label>
            ))}
          </fieldset>
          {consentState !== 'unrecorded' ? (
            <>
              <div className="form-grid form-grid-3">
                <DateField
                  label={t('consent.field.recordedOn')}
                  registration={register('consent.recordedOn')}
                  value={consentDate}
                  error={err(errors.consent?.recordedOn?.message)}
                />
              </div>
              {consentState === 'given' ? (
                <fieldset className="check-group">
                  <legend className="field-label">{t('consent.field.shareWith')}</legend>
                  {consentRecipients.map((code) => (
                    <label key={code} className="check-option">
                      <input type="checkbox" className="checkbox" value={code} {...register('consent.shareWith')} />
                      <span>{t(`applicant.recipient.${code}`)}</span>
                    </label>
                  ))}
                </fieldset>
              ) : null}
              <FormField label={t('consent.field.note')} error={err(errors.consent?.note?.message)}>
                {(field) => <textarea {...field} {...register('consent.note')} className="input textarea" rows={2} />}
              </FormField>
            </>
          ) : null}
        </section>

        <section className="form-section" aria-labelledby={`${ids.consent}-family`}>
          <h2 className="form-section-title" id={`${ids.consent}-family`}>
            {t('applicant.field.familyLinks')}
          </h2>
          <FamilyLinksField
            control={control}
            register={register}
            setValue={form.setValue}
            errors={errors.familyLinks}
            selfId={applicant?.id}
          />
        </section>

        <section className="form-section" aria-labelledby={`${ids.consent}-notes`}>
          <h2 className="form-section-title" id={`${ids.consent}-notes`}>
            {t('applicant.field.notes')}
          </h2>
          <FormField
            label={t('applicant.field.notes')}
            hint={t('applicants.form.textareaHint')}
            error={err(errors.notes?.message)}
          >
            {(field) => (
              <textarea {...field} {...register('notes')} className="input textarea" rows={5} maxLength={LIMITS.long} />
            )}
          </FormField>
        </section>
      </RecordFormFrame>
      {dialog}
    </>
  );
}
