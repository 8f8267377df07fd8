import { type FieldErrors, type UseFormRegister, useFieldArray, useWatch } from 'react-hook-form';
import { custodyOrderKinds } from '../../../../shared/records/events';
import { AddRowButton, RepeatedRow } from '../../components/RepeatedRow';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { formMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { DateField } from './DateField';
import { type EventControl, type EventFormValues, emptyCustodyTerm } from './eventFormModel';

const MAX_TERMS = 30;

/**
 * The court's sanction of custody and each extension, each with the day its term ends: the last
 * of these days is the one the dashboard shows while the person is held.
 */
export function CustodyTermsField({
  control,
  register,
  errors,
}: {
  control: EventControl;
  register: UseFormRegister<EventFormValues>;
  errors: FieldErrors<EventFormValues>['custodyTerms'];
}) {
  const t = useT();
  const { fields, append, remove } = useFieldArray({ control, name: 'custodyTerms' });
  const terms = useWatch({ control, name: 'custodyTerms' }) ?? [];
  const kinds = custodyOrderKinds.map((kind) => ({ value: kind, label: t(`event.custodyOrder.${kind}`) }));
  return (
    <fieldset className="list-field custody-terms">
      <legend className="field-label">{t('event.field.custodyTerms')}</legend>
      <p className="field-hint">{t('caseFile.custody.termsHint')}</p>
      {fields.map((item, index) => {
        const rowErrors = errors?.[index];
        const number = index + 1;
        return (
          <RepeatedRow
            key={item.id}
            legend={t('caseFile.custody.term', { number })}
            removeLabel={t('caseFile.custody.remove', { number })}
            onRemove={() => remove(index)}
          >
            <SelectField
              label={t('custodyTerm.field.kind')}
              registration={register(`custodyTerms.${index}.kind`)}
              options={kinds}
              error={formMessage(t, rowErrors?.kind?.message)}
            />
            <DateField
              label={t('custodyTerm.field.orderedOn')}
              registration={register(`custodyTerms.${index}.orderedOn`)}
              value={terms[index]?.orderedOn ?? ''}
              error={formMessage(t, rowErrors?.orderedOn?.message)}
              full
            />
            <TextField
              label={t('custodyTerm.field.court')}
              registration={register(`custodyTerms.${index}.court`)}
              error={formMessage(t, rowErrors?.court?.message)}
            />
            <DateField
              label={`${t('custodyTerm.field.until')} *`}
              registration={register(`custodyTerms.${index}.until`)}
              value={terms[index]?.until ?? ''}
              error={formMessage(t, rowErrors?.until?.message)}
              full
            />
          </RepeatedRow>
        );
      })}
      <AddRowButton
        hidden={fields.length >= MAX_TERMS}
        label={fields.length === 0 ? t('caseFile.custody.addSanction') : t('caseFile.custody.addExtension')}
        onAdd={() => append(emptyCustodyTerm(fields.length === 0 ? 'sanction' : 'extension'))}
      />
    </fieldset>
  );
}
