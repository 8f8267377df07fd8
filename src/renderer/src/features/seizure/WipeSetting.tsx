import { type FormEvent, useId, useState } from 'react';
import { type SeizureStatus, WIPE_ATTEMPTS } from '../../../../shared/api/seizureMethods';
import type { PanohError } from '../../../../shared/errors';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { FormField } from '../../components/FormField';
import { SubmitButton } from '../../components/SubmitButton';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';

/** Erase the key file after 5–20 wrong passphrases in a row (off by default). */
export function WipeSetting({ status, onChanged }: { status: SeizureStatus; onChanged(next: SeizureStatus): void }) {
  const t = useT();
  const titleId = useId();
  const enabledId = useId();
  const [enabled, setEnabled] = useState(status.wipeAfterFailures !== undefined);
  const [attempts, setAttempts] = useState(String(status.wipeAfterFailures ?? WIPE_ATTEMPTS.default));
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    setFailure(undefined);
    const count = Number(attempts);
    const valid = /^\d{1,2}$/.test(attempts.trim()) && count >= WIPE_ATTEMPTS.min && count <= WIPE_ATTEMPTS.max;
    if (enabled && !valid) {
      setFieldError(t('form.autoLockRange', { min: WIPE_ATTEMPTS.min, max: WIPE_ATTEMPTS.max }));
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      onChanged(await call('seizure.set', { wipeAfterFailures: enabled ? count : null }));
      setSaved(true);
    } catch (error) {
      setFailure(asPanohError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="seizure-part" aria-labelledby={titleId}>
      <h3 className="seizure-subtitle" id={titleId}>
        {t('seizure.wipe.title')}
      </h3>
      <p className="seizure-text">{t('seizure.wipe.intro')}</p>
      <p className="seizure-state">
        {status.wipeAfterFailures !== undefined
          ? t('seizure.wipe.on', { attempts: status.wipeAfterFailures })
          : t('seizure.wipe.off')}
      </p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <div className="checkbox-field">
          <input
            id={enabledId}
            type="checkbox"
            className="checkbox"
            checked={enabled}
            onChange={(event) => {
              setEnabled(event.target.checked);
              setSaved(false);
            }}
          />
          <label htmlFor={enabledId}>{t('seizure.wipe.enabled')}</label>
        </div>
        {enabled ? (
          <FormField label={t('seizure.wipe.attempts')} error={fieldError}>
            {(field) => (
              <input
                {...field}
                className="input input-number"
                type="number"
                inputMode="numeric"
                min={WIPE_ATTEMPTS.min}
                max={WIPE_ATTEMPTS.max}
                value={attempts}
                onChange={(event) => {
                  setAttempts(event.target.value);
                  setSaved(false);
                }}
              />
            )}
          </FormField>
        ) : null}
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        {saved ? (
          <p className="success" role="status">
            {t('seizure.saved')}
          </p>
        ) : null}
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('seizure.wipe.save')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
