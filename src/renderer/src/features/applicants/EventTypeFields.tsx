import { Controller, type FieldErrors, type UseFormRegister, useWatch } from 'react-hook-form';
import type { Applicant } from '../../../../shared/records/applicant';
import {
  appealInstances,
  appealOutcomes,
  decisionOutcomes,
  detentionPlaceKinds,
  type EventType,
  extraditionOutcomes,
  interventionKinds,
  type TimelineEvent,
  wantedNoticeKinds,
} from '../../../../shared/records/events';
import { decisionLabel } from '../../../../shared/records/eventText';
import { LIMITS } from '../../../../shared/records/text';
import { ApplicantPicker } from '../../components/ApplicantPicker';
import { SelectField, type SelectOption } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { formMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { CustodyTermsField } from './CustodyTermsField';
import { countryOptions, FREQUENT_COUNTRIES } from './codeOptions';
import { DateField } from './DateField';
import { dateFields, type EventControl, type EventFormValues, eventTypeFields, isDayField } from './eventFormModel';
import { StringListField } from './StringListField';

type FieldName = keyof EventFormValues;
type TextName = Exclude<FieldName, 'type' | 'hearings' | 'reasonsGiven' | 'inCustody' | 'custodyTerms' | 'otherPeople'>;
const textareas = new Set<FieldName>(['reasons', 'charges', 'text']);
const REQUIRED = new Set<FieldName>([
  'date',
  'filedOn',
  'decidedOn',
  'receivedOn',
  'recognizedOn',
  'submittedOn',
  'requestingState',
  'instance',
  'kind',
  'text',
]);
/** Labels that differ by the event type they stand in. */
const LABELS: Partial<Record<EventType, Partial<Record<FieldName, Parameters<ReturnType<typeof useI18n>['t']>[0]>>>> = {
  intervention: {
    outcome: 'event.field.interventionOutcome',
    body: 'event.field.interventionBody',
    otherPeople: 'caseFile.group.interventionPeople',
  },
  appeal: { decidedOn: 'event.field.appealDecidedOn' },
  detention: { otherPeople: 'caseFile.group.detainedWith' },
  decision: { otherPeople: 'caseFile.group.decidedWith' },
  note: { otherPeople: 'caseFile.group.noteAbout' },
};

/** The fields of the chosen event type, in the order a lawyer reads them off the document. */
export function EventTypeFields({
  type,
  applicant,
  control,
  register,
  errors,
  decisions,
}: {
  type: EventType;
  /** The person whose file the event is recorded from (their citizenship, their place in a group). */
  applicant: Applicant;
  control: EventControl;
  register: UseFormRegister<EventFormValues>;
  errors: FieldErrors<EventFormValues>;
  /** Decisions in this applicant's timeline, for "appeal against". */
  decisions: TimelineEvent[];
}) {
  const { t, language } = useI18n();
  const values = useWatch({ control });
  const err = (name: FieldName) => formMessage(t, (errors[name] as { message?: string } | undefined)?.message);
  const label = (name: FieldName) => t(LABELS[type]?.[name] ?? (`event.field.${name}` as never));
  const required = (name: FieldName) => REQUIRED.has(name) && !(name === 'decidedOn' && type === 'appeal');
  const countries = countryOptions(language);
  const countryChoices: SelectOption[] = [
    ...FREQUENT_COUNTRIES.map((code) => ({ value: code, label: countries.find((o) => o.code === code)?.name ?? code })),
    ...countries
      .filter((o) => !FREQUENT_COUNTRIES.includes(o.code as never))
      .map((o) => ({ value: o.code, label: o.name })),
  ];
  const options = <T extends string>(list: readonly T[], key: (value: T) => string): SelectOption[] =>
    list.map((value) => ({ value, label: key(value) }));

  const select = (name: TextName, list: readonly SelectOption[], empty = true) => (
    <SelectField
      key={name}
      label={label(name)}
      required={required(name)}
      registration={register(name)}
      options={list}
      error={err(name)}
      empty={empty ? t('applicants.choose') : undefined}
    />
  );

  const radios = <T extends string>(
    name: 'outcome' | 'reasonsGiven',
    list: readonly T[],
    optionLabel: (value: T) => string,
  ) => (
    <fieldset
      key={name}
      className={err(name) ? 'radio-row field-invalid' : 'radio-row'}
      aria-describedby={err(name) ? `${name}-error` : undefined}
    >
      <legend className="field-label">{`${label(name)} *`}</legend>
      {list.map((option) => (
        <label key={option} className="radio-option">
          <input type="radio" value={option} aria-invalid={Boolean(err(name))} {...register(name)} />
          <span>{optionLabel(option)}</span>
        </label>
      ))}
      {err(name) ? (
        <p className="field-error" id={`${name}-error`} role="alert">
          {err(name)}
        </p>
      ) : null}
    </fieldset>
  );

  const foreignState =
    values.handedTo && !(applicant.citizenship as string[]).includes(values.handedTo) ? values.handedTo : undefined;

  const special = (name: FieldName) => {
    switch (name) {
      case 'outcome':
        if (type === 'decision') return radios('outcome', decisionOutcomes, (o) => t(`event.decisionOutcome.${o}`));
        if (type === 'appeal')
          return select(
            'outcome',
            options(appealOutcomes, (o) => t(`event.appealOutcome.${o}`)),
            false,
          );
        if (type === 'extradition')
          return select(
            'outcome',
            options(extraditionOutcomes, (o) => t(`event.extraditionOutcome.${o}`)),
            false,
          );
        return undefined;
      case 'reasonsGiven':
        return radios('reasonsGiven', ['yes', 'no'] as const, (o) =>
          t(o === 'yes' ? 'applicants.reasons.given' : 'applicants.reasons.none'),
        );
      case 'reasons':
        return values.reasonsGiven === 'yes' ? undefined : null;
      case 'instance':
        return select(
          'instance',
          options(appealInstances, (o) => t(`event.instance.${o}`)),
        );
      case 'kind':
        return select(
          'kind',
          options(interventionKinds, (o) => t(`event.interventionKind.${o}`)),
        );
      case 'placeKind':
        return select(
          'placeKind',
          options(detentionPlaceKinds, (o) => t(`event.placeKind.${o}`)),
        );
      case 'noticeKind':
        return select(
          'noticeKind',
          options(wantedNoticeKinds, (o) => t(`event.noticeKind.${o}`)),
        );
      case 'requestingState':
        return select('requestingState', countryChoices);
      case 'handedTo':
        return (
          <div key={name} className="field-with-warning">
            {select('handedTo', countryChoices)}
            {foreignState ? (
              <p className="validity validity-expired handed-to-warning" role="status">
                {t('caseFile.extradition.notCitizenship', {
                  state: countries.find((o) => o.code === foreignState)?.name ?? foreignState,
                })}
              </p>
            ) : null}
          </div>
        );
      case 'againstEventId':
        return select(
          'againstEventId',
          decisions.map((d) => ({ value: d.id, label: decisionLabel(t, d.event) })),
        );
      case 'inCustody':
        return (
          <label key={name} className="check-option custody-check">
            <input type="checkbox" className="checkbox" {...register('inCustody')} />
            <span>{t('event.field.inCustody')}</span>
          </label>
        );
      case 'custodyTerms':
        return <CustodyTermsField key={name} control={control} register={register} errors={errors.custodyTerms} />;
      case 'releasedOn':
        return values.inCustody ? null : undefined;
      case 'otherPeople':
        return (
          <Controller
            key={name}
            control={control}
            name="otherPeople"
            render={({ field, fieldState }) => (
              <ApplicantPicker
                label={label('otherPeople')}
                hint={t('caseFile.group.hint')}
                value={field.value}
                onChange={field.onChange}
                multiple
                excludeIds={[applicant.id]}
                error={formMessage(t, fieldState.error?.message)}
              />
            )}
          />
        );
      case 'groupSize':
        return (
          <TextField
            key={name}
            label={label('groupSize')}
            hint={t('caseFile.group.sizeHint')}
            registration={register('groupSize')}
            error={err('groupSize')}
            type="number"
          />
        );
      case 'hearings':
        return (
          <Controller
            key={name}
            control={control}
            name="hearings"
            render={({ field }) => (
              <StringListField
                legend={t('event.field.hearings')}
                hint={t('applicants.date.hintDay')}
                itemLabel={(index) => t('applicants.hearings.item', { number: index + 1 })}
                addLabel={t('applicants.hearings.add')}
                value={field.value}
                onChange={field.onChange}
                errors={errors.hearings}
                placeholder={t('applicants.date.placeholderDay')}
                max={30}
              />
            )}
          />
        );
      default:
        return undefined;
    }
  };

  const render = (name: FieldName) => {
    const own = special(name);
    if (own !== undefined) return own;
    if (dateFields.has(name)) {
      return (
        <DateField
          key={name}
          label={required(name) ? `${label(name)} *` : label(name)}
          registration={register(name as TextName)}
          value={(values[name] as string | undefined) ?? ''}
          error={err(name)}
          full={isDayField(type, name)}
        />
      );
    }
    const long = textareas.has(name);
    return (
      <TextField
        key={name}
        label={label(name)}
        required={required(name)}
        registration={register(name as TextName)}
        error={err(name)}
        hint={long ? t('applicants.form.textareaHint') : undefined}
        rows={long ? 4 : undefined}
        maxLength={long ? LIMITS.long : LIMITS.short}
      />
    );
  };

  return <div className="event-fields">{eventTypeFields[type].map(render)}</div>;
}
