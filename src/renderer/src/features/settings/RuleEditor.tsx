import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { DeadlineLength, DeadlineRule } from '../../../../shared/deadlines/deadlineRules';
import type { PanohError } from '../../../../shared/errors';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { FormField } from '../../components/FormField';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { ruleName, ruleSource } from '../deadlines/deadlineText';
import { fieldMessage } from './settingsMessage';

/** The same limits as the core's rule schema, said in words. */
const LIMITS = {
  days: { min: 0, max: 3650, message: 'settings.rules.daysRange' },
  months: { min: 1, max: 120, message: 'settings.rules.monthsRange' },
} as const;

const ruleFormSchema = z
  .object({ amount: z.string().trim(), unit: z.enum(['days', 'months']) })
  .transform((value, context): DeadlineLength => {
    const limit = LIMITS[value.unit];
    const amount = /^\d{1,4}$/.test(value.amount) ? Number(value.amount) : Number.NaN;
    if (!(amount >= limit.min && amount <= limit.max)) {
      context.addIssue({ code: 'custom', message: limit.message, path: ['amount'] });
      return z.NEVER;
    }
    return value.unit === 'days' ? { days: amount } : { months: amount };
  });
type RuleFormInput = z.input<typeof ruleFormSchema>;

function formValues(rule: DeadlineRule): RuleFormInput {
  return 'days' in rule.length
    ? { amount: String(rule.length.days), unit: 'days' }
    : { amount: String(rule.length.months), unit: 'months' };
}

type Saved = { kind: 'saved' | 'confirmed' } | { kind: 'switched'; enabled: boolean };

/**
 * One rule: name, trigger, the period (a number and days or months), the legal source and a switch
 * that turns it on or off at once. A rule the office has not confirmed says so plainly and offers
 * to confirm it; confirming, like any change, recomputes every deadline in the core.
 */
export function RuleEditor({ rule, onSaved }: { rule: DeadlineRule; onSaved(rules: DeadlineRule[]): void }) {
  const t = useT();
  const nameId = useId();
  const unitId = useId();
  const switchId = useId();
  const warningId = useId();
  const name = ruleName(t, rule.id);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [saved, setSaved] = useState<Saved | undefined>(undefined);
  const [switching, setSwitching] = useState(false);
  const { register, handleSubmit, formState, reset } = useForm<RuleFormInput, unknown, DeadlineLength>({
    resolver: zodResolver(ruleFormSchema),
    defaultValues: formValues(rule),
  });
  const busy = formState.isSubmitting;

  const save = (confirm: boolean) =>
    handleSubmit(async (length) => {
      setFailure(undefined);
      setSaved(undefined);
      try {
        const rules = await call('deadlines.setRule', { id: rule.id, length, ...(confirm ? { confirmed: true } : {}) });
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
  const classes = ['rule-card', rule.confirmed ? '' : 'rule-card-unconfirmed', rule.enabled ? '' : 'rule-card-off'];

  return (
    <article className={classes.join(' ').trim()} aria-labelledby={nameId}>
      <div className="rule-head">
        <h3 className="rule-name" id={nameId} tabIndex={-1}>
          {name}
        </h3>
        <div className="rule-badges">
          {rule.confirmed ? (
            <span className="rule-badge rule-badge-confirmed">{t('settings.rules.confirmedBadge')}</span>
          ) : null}
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

      {rule.confirmed ? null : (
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
      )}

      <form className="rule-form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <div className="rule-length">
          <FormField label={t('settings.rules.period')} error={fieldMessage(t, formState.errors.amount?.message)}>
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
          <div className={rule.confirmed ? 'rule-actions rule-actions-inline' : 'rule-actions'}>
            {rule.confirmed ? (
              <button
                type="submit"
                value="save"
                className="button rule-button-outline"
                aria-disabled={busy || undefined}
              >
                {t('settings.rules.save')}
              </button>
            ) : (
              <>
                {/* The first button is what Enter presses: saving never confirms by accident. */}
                <button
                  type="submit"
                  value="save"
                  className="button rule-button-outline"
                  aria-disabled={busy || undefined}
                >
                  {t('settings.rules.saveUnconfirmed')}
                </button>
                <button
                  type="submit"
                  value="confirm"
                  className="button button-primary"
                  aria-describedby={warningId}
                  aria-disabled={busy || undefined}
                >
                  {t('settings.rules.confirm')}
                </button>
              </>
            )}
          </div>
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
