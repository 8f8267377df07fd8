import { type FieldErrors, type UseFormRegister, type UseFormSetValue, useFieldArray, useWatch } from 'react-hook-form';
import { familyRelations } from '../../../../shared/records/applicant';
import { ApplicantPicker } from '../../components/ApplicantPicker';
import { FormField } from '../../components/FormField';
import { formMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { type ApplicantControl, type ApplicantFormValues, emptyFamilyRow } from './applicantFormModel';

const MAX_LINKS = 30;

/** Relatives who are applicants too: each chosen by name, with the relation. */
export function FamilyLinksField({
  control,
  register,
  setValue,
  errors,
  selfId,
}: {
  control: ApplicantControl;
  register: UseFormRegister<ApplicantFormValues>;
  setValue: UseFormSetValue<ApplicantFormValues>;
  errors: FieldErrors<ApplicantFormValues>['familyLinks'];
  /** The applicant being edited, who cannot be their own relative. */
  selfId: string | undefined;
}) {
  const t = useT();
  const { fields, append, remove } = useFieldArray({ control, name: 'familyLinks' });
  const links = useWatch({ control, name: 'familyLinks' }) ?? [];
  const linkedIds = links.map((link) => link.applicantId).filter(Boolean);
  const excludeIds = selfId ? [selfId, ...linkedIds] : linkedIds;

  return (
    <div className="family-links">
      {fields.length === 0 ? <p className="field-hint">{t('applicants.family.none')}</p> : null}
      {fields.map((item, index) => {
        const current = links[index] ?? emptyFamilyRow;
        const rowErrors = errors?.[index];
        return (
          <fieldset key={item.id} className="family-row">
            <legend className="visually-hidden">{t('applicants.family.item', { number: index + 1 })}</legend>
            <div className="family-row-person">
              <ApplicantPicker
                label={t('familyLink.field.applicantId')}
                value={current.person ? [current.person] : []}
                excludeIds={excludeIds.filter((id) => id !== current.applicantId)}
                onChange={(next) => {
                  const person = next[0] ?? null;
                  const options = { shouldDirty: true, shouldValidate: Boolean(rowErrors?.applicantId) };
                  setValue(`familyLinks.${index}.person`, person, options);
                  setValue(`familyLinks.${index}.applicantId`, person?.id ?? '', options);
                }}
                error={formMessage(t, rowErrors?.applicantId?.message)}
              />
            </div>
            <FormField label={t('familyLink.field.relation')} error={formMessage(t, rowErrors?.relation?.message)}>
              {(field) => (
                <select {...field} {...register(`familyLinks.${index}.relation`)} className="input select">
                  <option value="">{t('applicants.choose')}</option>
                  {familyRelations.map((relation) => (
                    <option key={relation} value={relation}>
                      {t(`applicant.relation.${relation}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <div className="family-row-end">
              <button type="button" className="button button-quiet" onClick={() => remove(index)}>
                {t('applicants.family.remove', { number: index + 1 })}
              </button>
            </div>
          </fieldset>
        );
      })}
      {fields.length < MAX_LINKS ? (
        <div>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => append({ ...emptyFamilyRow })}
          >
            {t('applicants.family.add')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
