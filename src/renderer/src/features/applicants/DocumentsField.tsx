import { useEffect, useRef, useState } from 'react';
import { type FieldErrors, type UseFormRegister, useFieldArray, useWatch } from 'react-hook-form';
import { documentKinds } from '../../../../shared/records/applicant';
import { parseTypedDate } from '../../../../shared/records/partialDate';
import { LIMITS } from '../../../../shared/records/text';
import { FormField } from '../../components/FormField';
import { formMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { type ApplicantControl, type ApplicantFormValues, emptyDocument } from './applicantFormModel';
import { DateField } from './DateField';
import { validityOf } from './format';

const MAX_DOCUMENTS = 20;

/** Passports and certificates, each with number, issuer and dates; an expired certificate says so. */
export function DocumentsField({
  control,
  register,
  errors,
}: {
  control: ApplicantControl;
  register: UseFormRegister<ApplicantFormValues>;
  errors: FieldErrors<ApplicantFormValues>['documents'];
}) {
  const t = useT();
  const { fields, append, remove } = useFieldArray({ control, name: 'documents' });
  const documents = useWatch({ control, name: 'documents' });
  const kindRefs = useRef<(HTMLSelectElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (focusIndex === undefined) return;
    kindRefs.current[focusIndex]?.focus();
    setFocusIndex(undefined);
  }, [focusIndex]);

  return (
    <div className="documents">
      {fields.length === 0 ? <p className="field-hint">{t('applicants.documents.none')}</p> : null}
      <p className="field-hint">{t('caseFile.documents.unhcrOnTimeline')}</p>
      {fields.map((item, index) => {
        const current = documents?.[index];
        const rowErrors = errors?.[index];
        const expiry = current?.expiresOn ? parseTypedDate(current.expiresOn) : undefined;
        const validity = validityOf(expiry);
        const kindRegistration = register(`documents.${index}.kind`);
        return (
          <fieldset key={item.id} className="document-row">
            <legend className="document-legend">
              {t('applicants.documents.item', { number: index + 1 })}
              {current ? ` · ${t(`applicant.document.${current.kind}`)}` : ''}
            </legend>
            <div className="form-grid form-grid-3">
              <FormField label={t('document.field.kind')} error={formMessage(t, rowErrors?.kind?.message)}>
                {(field) => (
                  <select
                    {...field}
                    {...kindRegistration}
                    ref={(element) => {
                      kindRegistration.ref(element);
                      kindRefs.current[index] = element;
                    }}
                    className="input select"
                  >
                    {documentKinds
                      .filter((kind) => kind !== 'unhcr_certificate' || current?.kind === kind)
                      .map((kind) => (
                        <option key={kind} value={kind}>
                          {t(`applicant.document.${kind}`)}
                        </option>
                      ))}
                  </select>
                )}
              </FormField>
              <FormField label={t('document.field.number')} error={formMessage(t, rowErrors?.number?.message)}>
                {(field) => (
                  <input
                    {...field}
                    {...register(`documents.${index}.number`)}
                    className="input"
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={LIMITS.short}
                  />
                )}
              </FormField>
              <FormField label={t('document.field.issuedBy')} error={formMessage(t, rowErrors?.issuedBy?.message)}>
                {(field) => (
                  <input
                    {...field}
                    {...register(`documents.${index}.issuedBy`)}
                    className="input"
                    autoComplete="off"
                    maxLength={LIMITS.short}
                  />
                )}
              </FormField>
              <DateField
                label={t('document.field.issuedOn')}
                registration={register(`documents.${index}.issuedOn`)}
                value={current?.issuedOn ?? ''}
                error={formMessage(t, rowErrors?.issuedOn?.message)}
              />
              <DateField
                label={t('document.field.expiresOn')}
                registration={register(`documents.${index}.expiresOn`)}
                value={current?.expiresOn ?? ''}
                error={formMessage(t, rowErrors?.expiresOn?.message)}
              />
              <div className="document-row-end">
                {validity === 'expired' || validity === 'soon' ? (
                  <p className={validity === 'expired' ? 'validity validity-expired' : 'validity validity-soon'}>
                    {t(validity === 'expired' ? 'applicants.documents.expired' : 'applicants.documents.expiresSoon')}
                  </p>
                ) : null}
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => {
                    remove(index);
                  }}
                >
                  {t('applicants.documents.remove', { number: index + 1 })}
                </button>
              </div>
            </div>
          </fieldset>
        );
      })}
      {fields.length < MAX_DOCUMENTS ? (
        <div>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              append({ ...emptyDocument });
              setFocusIndex(fields.length);
            }}
          >
            {t('applicants.documents.add')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
