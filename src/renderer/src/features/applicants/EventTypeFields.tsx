import { Controller, type FieldErrors, type UseFormRegister, useWatch } from 'react-hook-form';
import {
  appealInstances,
  appealOutcomes,
  decisionOutcomes,
  type EventType,
  extraditionOutcomes,
  interventionKinds,
  type TimelineEvent,
} from '../../../../shared/records/events';
import { decisionLabel } from '../../../../shared/records/eventText';
import { LIMITS } from '../../../../shared/records/text';
import { FormField } from '../../components/FormField';
import { formMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { countryOptions, FREQUENT_COUNTRIES } from './codeOptions';
import { DateField } from './DateField';
import { dateFields, type EventControl, type EventFormValues, eventTypeFields } from './eventFormModel';
import { StringListField } from './StringListField';

type TextField = Exclude<keyof EventFormValues, 'type' | 'hearings' | 'reasonsGiven'>;
const textareas = new Set<keyof EventFormValues>(['reasons', 'charges', 'text']);
/** Dates of events that happen on one day: the hint asks for the whole date. */
const dayDates = new Set<keyof EventFormValues>(['date', 'releasedOn', 'notifiedOn', 'prosecutorDecisionNotifiedOn']);

/** The fields of the chosen event type, in the order a lawyer reads them off the document. */
export function EventTypeFields({
  type,
  control,
  register,
  errors,
  decisions,
}: {
  type: EventType;
  control: EventControl;
  register: UseFormRegister<EventFormValues>;
  errors: FieldErrors<EventFormValues>;
  /** Decisions in this applicant's timeline, for "appeal against". */
  decisions: TimelineEvent[];
}) {
  const { t, language } = useI18n();
  const values = useWatch({ control });
  const err = (name: keyof EventFormValues) =>
    formMessage(t, (errors[name] as { message?: string } | undefined)?.message);
  const label = (name: keyof EventFormValues) =>
    name === 'outcome' && type === 'intervention'
      ? t('event.field.interventionOutcome')
      : name === 'decidedOn' && type === 'appeal'
        ? t('event.field.appealDecidedOn')
        : name === 'body' && type === 'intervention'
          ? t('event.field.interventionBody')
          : t(`event.field.${name}`);
  const required = (name: keyof EventFormValues) =>
    [
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
    ].includes(name) && !(name === 'decidedOn' && type === 'appeal');

  const select = <T extends string>(
    name: TextField,
    options: readonly T[],
    optionLabel: (value: T) => string,
    empty = true,
  ) => (
    <FormField key={name} label={required(name) ? `${label(name)} *` : label(name)} error={err(name)}>
      {(field) => (
        <select {...field} {...register(name)} className="input select">
          {empty ? <option value="">{t('applicants.choose')}</option> : null}
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  const radios = <T extends string>(
    name: 'outcome' | 'reasonsGiven',
    options: readonly T[],
    optionLabel: (value: T) => string,
  ) => (
    <fieldset
      key={name}
      className={err(name) ? 'radio-row field-invalid' : 'radio-row'}
      aria-describedby={err(name) ? `${name}-error` : undefined}
    >
      <legend className="field-label">{`${label(name)} *`}</legend>
      {options.map((option) => (
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

  const render = (name: keyof EventFormValues) => {
    if (dateFields.has(name)) {
      return (
        <DateField
          key={name}
          label={required(name) ? `${label(name)} *` : label(name)}
          registration={register(name as TextField)}
          value={(values[name] as string | undefined) ?? ''}
          error={err(name)}
          full={dayDates.has(name)}
        />
      );
    }
    switch (name) {
      case 'outcome':
        if (type === 'decision') return radios('outcome', decisionOutcomes, (o) => t(`event.decisionOutcome.${o}`));
        if (type === 'appeal') return select('outcome', appealOutcomes, (o) => t(`event.appealOutcome.${o}`), false);
        if (type === 'extradition')
          return select('outcome', extraditionOutcomes, (o) => t(`event.extraditionOutcome.${o}`), false);
        break;
      case 'reasonsGiven':
        return radios('reasonsGiven', ['yes', 'no'] as const, (o) =>
          t(o === 'yes' ? 'applicants.reasons.given' : 'applicants.reasons.none'),
        );
      case 'reasons':
        if (values.reasonsGiven !== 'yes') return null;
        break;
      case 'instance':
        return select('instance', appealInstances, (o) => t(`event.instance.${o}`));
      case 'kind':
        return select('kind', interventionKinds, (o) => t(`event.interventionKind.${o}`));
      case 'requestingState':
        return select(
          'requestingState',
          [
            ...FREQUENT_COUNTRIES,
            ...countryOptions(language)
              .map((o) => o.code)
              .filter((c) => !FREQUENT_COUNTRIES.includes(c as never)),
          ],
          (code) => countryOptions(language).find((o) => o.code === code)?.name ?? code,
        );
      case 'againstEventId':
        return select(
          'againstEventId',
          decisions.map((d) => d.id),
          (id) => {
            const decision = decisions.find((d) => d.id === id);
            return decision ? decisionLabel(t, decision.event) : id;
          },
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
    }
    const textName = name as TextField;
    const long = textareas.has(name);
    return (
      <FormField
        key={name}
        label={required(name) ? `${label(name)} *` : label(name)}
        hint={long ? t('applicants.form.textareaHint') : undefined}
        error={err(name)}
      >
        {(field) =>
          long ? (
            <textarea {...field} {...register(textName)} className="input textarea" rows={4} maxLength={LIMITS.long} />
          ) : (
            <input {...field} {...register(textName)} className="input" autoComplete="off" maxLength={LIMITS.short} />
          )
        }
      </FormField>
    );
  };

  return <div className="event-fields">{eventTypeFields[type].map(render)}</div>;
}
