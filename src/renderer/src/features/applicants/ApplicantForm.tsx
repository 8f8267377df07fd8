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
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
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
import { statusLabel } from './StatusBadge';
import { StringListField } from './StringListField';
import { useDuplicateCandidates } from './useDuplicateCandidates';
import { useFormDraft } from './useFormDraft';
import { useFormExit } from './useFormExit';

const FIELD_KEYS = Object.keys(emptyApplicantValues());

/**
 * Intake and edit of an applicant, every field of the shared schema, by keyboard: the family name
 * has the focus, Tab (or Enter) walks the form in reading order, Ctrl+Enter saves, Esc cancels. What is typed is
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

  // The first field has the focus at once; a draft found in the vault then offers itself.
  useEffect(() => {
    setFocus('familyName');
  }, [setFocus]);

  const birthDate = useWatch({ control, name: 'birthDate' });
  const approximateAgeOn = useWatch({ control, name: 'approximateAgeOn' });
  const sex = useWatch({ control, name: 'sex' });
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
        onSubmit={(event) => void submit(event)}
        onCancel={() => void cancel()}
      >
        <section className="form-section" aria-labelledby={`${ids.consent}-name`}>
          <h2 className="form-section-title" id={`${ids.consent}-name`}>
            {t('applicants.section.name')}
          </h2>
          <div className="form-grid form-grid-3">
            {(['familyName', 'givenName', 'patronymic'] as const).map((name) => (
              <TextField
                key={name}
                label={t(`applicant.field.${name}`)}
                registration={register(name)}
                error={err(errors[name]?.message)}
                hint={name === 'familyName' ? t('caseFile.identity.oneNameHint') : undefined}
                spellCheck={false}
                maxLength={LIMITS.name}
              />
            ))}
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
            <SelectField
              label={t('applicant.field.sex')}
              registration={register('sex')}
              options={sexes.map((sex) => ({ value: sex, label: t(`applicant.sex.${sex}`) }))}
              error={err(errors.sex?.message)}
            />
            <DateField
              label={t('applicant.field.birthDate')}
              registration={register('birthDate')}
              value={birthDate}
              error={err(errors.birthDate?.message)}
            />
            <TextField
              label={t('applicant.field.birthPlace')}
              registration={register('birthPlace')}
              error={err(errors.birthPlace?.message)}
            />
          </div>
          {birthDate.trim() ? null : (
            <div className="form-grid form-grid-3">
              <TextField
                label={t('applicant.field.approximateAge')}
                hint={t('caseFile.age.hint')}
                registration={register('approximateAge')}
                error={err(errors.approximateAge?.message)}
                type="number"
              />
              <DateField
                label={t('applicant.field.approximateAgeOn')}
                registration={register('approximateAgeOn')}
                value={approximateAgeOn}
                error={err(errors.approximateAgeOn?.message)}
              />
            </div>
          )}
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
            <TextField
              label={t('applicant.field.phone')}
              registration={register('phone')}
              error={err(errors.phone?.message)}
              type="tel"
            />
            <TextField
              label={t('applicant.field.address')}
              registration={register('address')}
              error={err(errors.address?.message)}
            />
          </div>
        </section>

        <section className="form-section" aria-labelledby={`${ids.consent}-case`}>
          <h2 className="form-section-title" id={`${ids.consent}-case`}>
            {t('applicants.section.case')}
          </h2>
          <div className="form-grid form-grid-2">
            <SelectField
              label={t('applicant.field.caseStatus')}
              registration={register('caseStatus')}
              options={caseStatuses.map((status) => ({ value: status, label: statusLabel(t, status, sex) }))}
              error={err(errors.caseStatus?.message)}
            />
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
          <CheckboxGroup
            legend={t('applicant.field.vulnerabilities')}
            hideLegend
            registration={register('vulnerabilities')}
            options={vulnerabilities.map((code) => ({ value: code, label: t(`applicant.vulnerability.${code}`) }))}
          />
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
                <CheckboxGroup
                  legend={t('consent.field.shareWith')}
                  registration={register('consent.shareWith')}
                  options={consentRecipients.map((code) => ({ value: code, label: t(`applicant.recipient.${code}`) }))}
                />
              ) : null}
              <TextField
                label={t('consent.field.note')}
                registration={register('consent.note')}
                error={err(errors.consent?.note?.message)}
                rows={2}
              />
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
          <TextField
            label={t('applicant.field.notes')}
            hint={t('applicants.form.textareaHint')}
            registration={register('notes')}
            error={err(errors.notes?.message)}
            rows={5}
          />
        </section>
      </RecordFormFrame>
      {dialog}
    </>
  );
}
