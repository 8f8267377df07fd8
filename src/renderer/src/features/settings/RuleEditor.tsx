import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { type DeadlineLength, type EffectiveRule, MAX_WARN_DAYS } from '../../../../shared/deadlines/deadlineRules';
import type { PanohError } from '../../../../shared/errors';
import { formatPartialDate } from '../../../../shared/records/partialDate';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { FormField } from '../../components/FormField';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { ruleName, ruleSource } from '../deadlines/deadlineText';
import { fieldMessage } from './settingsMessage';

/** The same limits as the core's rule schema, said in words. */
const LIMITS = {
  days: { min: 0, max: 3650, message: 'settings.rules.daysRange' },
  months: { min: 1, max: 120, message: 'settings.rules.monthsRange' },
} as const;

const wholeNumber = (text: string) => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

const ruleFormSchema = z
  .object({
    amount: z.string().trim(),
    unit: z.enum(['days', 'months']),
    warnDays: z.string().trim(),
    legalBasis: z.string().trim().max(1000, { message: 'tooLong' }),
  })
  .transform((value, context) => {
    const limit = LIMITS[value.unit];
    const amount = wholeNumber(value.amount);
    if (!(amount >= limit.min && amount <= limit.max)) {
      context.addIssue({ code: 'custom', message: limit.message, path: ['amount'] });
    }
    const warnDays = wholeNumber(value.warnDays);
    if (!(warnDays >= 0 && warnDays <= MAX_WARN_DAYS)) {
      context.addIssue({ code: 'custom', message: 'caseFile.rules.warnRange', path: ['warnDays'] });
    }
    const length: DeadlineLength = value.unit === 'days' ? { days: amount } : { months: amount };
    return { length, warnDays, legalBasis: value.legalBasis };
  });
type RuleFormInput = z.input<typeof ruleFormSchema>;
type RuleFormOutput = z.output<typeof ruleFormSchema>;

function formValues(rule: EffectiveRule): RuleFormInput {
  const length =
    'days' in rule.length
      ? { amount: String(rule.length.days), unit: 'days' as const }
      : { amount: String(rule.length.months), unit: 'months' as const };
  return { ...length, warnDays: String(rule.warnDays), legalBasis: rule.legalBasis ?? '' };
}

type Saved = { kind: 'saved' | 'confirmed' } | { kind: 'switched'; enabled: boolean };

/** Who vouches for the period: nobody yet, the public sources the defaults were checked against, or this bureau. */
function ConfirmationBadge({ rule }: { rule: EffectiveRule }) {
  const t = useT();
  if (rule.kind === 'date') return null;
  if (rule.confirmation === 'office') {
    return <span className="rule-badge rule-badge-confirmed">{t('settings.rules.confirmedBadge')}</span>;
  }
  if (rule.confirmation === 'publicSources') {
    return <span className="rule-badge rule-badge-sources">{t('caseFile.rules.publicSourcesBadge')}</span>;
  }
  return null;
}

/**
 * One rule: name, trigger, the period (a number and days or months), how many days ahead to warn,
 * the legal source and a switch that turns it on or off at once. A period is "checked against public
 * sources" as shipped, or not found in them (said plainly); this bureau confirms it by naming the
 * legal basis it read it in. A day from the timeline (a hearing) has no period, only its warning.
 * Any change recomputes every deadline in the core.
 */
export function RuleEditor({ rule, onSaved }: { rule: EffectiveRule; onSaved(rules: EffectiveRule[]): void }) {
  const t = useT();
  const nameId = useId();
  const unitId = useId();
  const switchId = useId();
  const warningId = useId();
  const name = ruleName(t, rule.id);
  const isPeriod = rule.kind === 'period';
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [saved, setSaved] = useState<Saved | undefined>(undefined);
  const [switching, setSwitching] = useState(false);
  const { register, handleSubmit, formState, reset, setError, setFocus } = useForm<
    RuleFormInput,
    unknown,
    RuleFormOutput
  >({
    resolver: zodResolver(ruleFormSchema),
    defaultValues: formValues(rule),
  });
  const busy = formState.isSubmitting;

  const save = (confirm: boolean) =>
    handleSubmit(async ({ length, warnDays, legalBasis }) => {
      setFailure(undefined);
      setSaved(undefined);
      if (confirm && legalBasis.length < 3) {
        setError('legalBasis', { message: 'legalBasisRequired' });
        setFocus('legalBasis');
        return;
      }
      try {
        const rules = await call('deadlines.setRule', {
          id: rule.id,
          ...(isPeriod ? { length } : {}),
          warnDays,
          ...(confirm ? { confirmed: true, legalBasis } : {}),
        });
        const next = rules.find((r) => r.id === rule.id);
        if (next) reset(formValues(next));
        onSaved(rules);
        setSaved({ kind: confirm ? 'confirmed' : 'saved' });
      } catch (error) {
        setFailure(asPanohError(error));
      }
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void save(submitter instanceof HTMLButtonElement && submitter.value === 'confirm')(event);
  };

  const toggle = async (enabled: boolean) => {
    if (switching) return;
    setSwitching(true);
    setFailure(undefined);
    setSaved(undefined);
    try {
      onSaved(await call('deadlines.setRule', { id: rule.id, enabled }));
      setSaved({ kind: 'switched', enabled });
    } catch (error) {
      setFailure(asPanohError(error));
    } finally {
      setSwitching(false);
    }
  };

  const savedText =
    saved === undefined
      ? ''
      : saved.kind === 'switched'
        ? t(saved.enabled ? 'settings.rules.turnedOn' : 'settings.rules.turnedOff', { rule: name })
        : t(saved.kind === 'confirmed' ? 'settings.rules.confirmedDone' : 'settings.rules.saved');
  const unconfirmed = isPeriod && rule.confirmation === 'unconfirmed';
  const classes = ['rule-card', unconfirmed ? 'rule-card-unconfirmed' : '', rule.enabled ? '' : 'rule-card-off'];
  const message = (text: string | undefined) => fieldMessage(t, text);

  return (
    <article className={classes.join(' ').trim()} aria-labelledby={nameId}>
      <div className="rule-head">
        <h3 className="rule-name" id={nameId} tabIndex={-1}>
          {name}
        </h3>
        <div className="rule-badges">
          <ConfirmationBadge rule={rule} />
          {rule.enabled ? null : <span className="rule-badge rule-badge-off">{t('settings.rules.offBadge')}</span>}
        </div>
        <div className="rule-switch">
          <input
            id={switchId}
            type="checkbox"
            role="switch"
            className="rule-switch-input"
            checked={rule.enabled}
            aria-checked={rule.enabled}
            aria-busy={switching}
            onChange={(event) => void toggle(event.target.checked)}
          />
          <label htmlFor={switchId}>{t('settings.rules.enabled')}</label>
        </div>
      </div>
      <p className="rule-trigger">{t('settings.rules.trigger', { trigger: t(`deadline.trigger.${rule.trigger}`) })}</p>

      {unconfirmed ? (
        <div className="rule-warning" id={warningId}>
          <svg className="rule-warning-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M10 2.5l8 14.5H2z" />
            <path d="M10 8v4.2M10 14.6v.2" />
          </svg>
          <div>
            <p className="rule-warning-title">{t('settings.rules.unconfirmedTitle')}</p>
            <p>{t('settings.rules.unconfirmedBody')}</p>
          </div>
        </div>
      ) : null}
      {isPeriod && rule.confirmation === 'office' ? (
        <p className="rule-basis">
          {rule.legalBasis
            ? t('caseFile.rules.confirmedWith', {
                basis: rule.legalBasis,
                date: rule.confirmedOn ? formatPartialDate(rule.confirmedOn) : '—',
                who: rule.confirmedBy ?? '—',
              })
            : t('caseFile.rules.confirmedWithoutBasis')}
        </p>
      ) : null}

      <form className="rule-form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <div className="rule-length">
          {isPeriod ? (
            <>
              <FormField label={t('settings.rules.period')} error={message(formState.errors.amount?.message)}>
                {(field) => (
                  <input
                    {...field}
                    {...register('amount', { onChange: () => setSaved(undefined) })}
                    className="input rule-amount"
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={3650}
                    step={1}
                    readOnly={busy}
                  />
                )}
              </FormField>
              <div className="field">
                <label className="field-label" htmlFor={unitId}>
                  {t('settings.rules.unit')}
                </label>
                <select
                  id={unitId}
                  className="input rule-unit"
                  {...register('unit', { onChange: () => setSaved(undefined) })}
                >
                  <option value="days">{t('settings.rules.days')}</option>
                  <option value="months">{t('settings.rules.months')}</option>
                </select>
              </div>
            </>
          ) : null}
          <TextField
            label={t('caseFile.rules.warnDays')}
            hint={t('caseFile.rules.warnDaysHint')}
            registration={register('warnDays', { onChange: () => setSaved(undefined) })}
            error={message(formState.errors.warnDays?.message)}
            type="number"
            readOnly={busy}
          />
        </div>
        {isPeriod && rule.confirmation !== 'office' ? (
          <TextField
            label={t('caseFile.rules.legalBasis')}
            hint={t('caseFile.rules.legalBasisHint')}
            registration={register('legalBasis')}
            error={message(formState.errors.legalBasis?.message)}
            rows={2}
            readOnly={busy}
          />
        ) : null}
        <div className="rule-actions">
          {/* The first button is what Enter presses: saving never confirms by accident. */}
          <button type="submit" value="save" className="button button-outline" aria-disabled={busy || undefined}>
            {unconfirmed ? t('settings.rules.saveUnconfirmed') : t('settings.rules.save')}
          </button>
          {isPeriod && rule.confirmation !== 'office' ? (
            <button
              type="submit"
              value="confirm"
              className="button button-primary"
              aria-describedby={unconfirmed ? warningId : undefined}
              aria-disabled={busy || undefined}
            >
              {t('settings.rules.confirm')}
            </button>
          ) : null}
        </div>
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        <p className={savedText ? 'success rule-saved' : 'visually-hidden'} role="status">
          {savedText}
        </p>
      </form>

      <div className="rule-source">
        <p className="rule-source-label">{t('settings.rules.source')}</p>
        <p className="rule-source-text">{ruleSource(t, rule)}</p>
      </div>
    </article>
  );
}
