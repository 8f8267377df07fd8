import { type FormEvent, useId, useState } from 'react';
import type { PanohError } from '../../../../shared/errors';
import type { Applicant } from '../../../../shared/records/applicant';
import type { ApplicantSummary } from '../../../../shared/records/applicantSummary';
import { asPanohError, call } from '../../api/client';
import { ApplicantPicker } from '../../components/ApplicantPicker';
import { FormAlert } from '../../components/FormAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { SubmitButton } from '../../components/SubmitButton';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { fullName } from './format';

/**
 * Two records turned out to be one person: the lawyer picks the other record, reads what merging
 * does, confirms, and the other is merged into this one. A modal dialog: the focus stays inside,
 * Esc closes it (after the picker's own Esc has closed its list).
 */
export function MergeDialog({
  keep,
  onMerged,
  onClose,
}: {
  /** The record that is kept: the one whose page is open. */
  keep: Applicant;
  onMerged(other: ApplicantSummary): void;
  onClose(): void;
}) {
  const t = useT();
  const ids = { title: useId(), intro: useId(), what: useId(), confirmError: useId() };
  const [chosen, setChosen] = useState<ApplicantSummary[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<{ choose?: boolean; confirm?: boolean }>({});
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const name = fullName(keep);

  const close = () => {
    if (!busy) onClose();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (busy) return;
    const other = chosen[0];
    const next = { choose: !other, confirm: !confirmed };
    setErrors(next);
    if (!other) {
      form.querySelector<HTMLInputElement>('[role="combobox"]')?.focus();
      return;
    }
    if (!confirmed) {
      form.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
      return;
    }
    setFailure(undefined);
    setBusy(true);
    try {
      await call('applicants.merge', { keepId: keep.id, mergeId: other.id });
      onMerged(other);
    } catch (error) {
      setFailure(asPanohError(error));
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      className="modal applicants merge-dialog"
      titleId={ids.title}
      describedBy={ids.intro}
      initialFocus='[role="combobox"]'
      busy={busy}
      onClose={onClose}
    >
      <form className="merge-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <h2 className="confirm-title" id={ids.title}>
          {t('applicants.merge.title')}
        </h2>
        <p className="merge-intro" id={ids.intro}>
          {t('applicants.merge.intro', { name })}
        </p>
        <ApplicantPicker
          label={t('applicants.merge.picker')}
          hint={t('applicants.merge.pickerHint')}
          value={chosen}
          onChange={(next) => {
            setChosen(next);
            if (next.length > 0) setErrors((current) => ({ ...current, choose: false }));
          }}
          excludeIds={[keep.id]}
          error={errors.choose ? t('applicants.merge.chooseFirst') : undefined}
        />
        <section className="merge-what" aria-labelledby={ids.what}>
          <h3 className="merge-what-title" id={ids.what}>
            {t('applicants.merge.whatTitle')}
          </h3>
          <ul className="merge-what-list">
            <li>{t('applicants.merge.keep', { name })}</li>
            <li>{t('applicants.merge.move')}</li>
            <li>{t('applicants.merge.aliases')}</li>
            <li>{t('applicants.merge.trash')}</li>
            <li>{t('applicants.merge.audit')}</li>
          </ul>
        </section>
        <div className={errors.confirm ? 'merge-confirm field-invalid' : 'merge-confirm'}>
          <label className="check-option">
            <input
              type="checkbox"
              className="checkbox"
              checked={confirmed}
              aria-invalid={errors.confirm || undefined}
              aria-describedby={errors.confirm ? ids.confirmError : undefined}
              onChange={(event) => {
                setConfirmed(event.target.checked);
                if (event.target.checked) setErrors((current) => ({ ...current, confirm: false }));
              }}
            />
            <span>{t('applicants.merge.confirmCheck')}</span>
          </label>
          {errors.confirm ? (
            <p className="field-error" id={ids.confirmError} role="alert">
              {t('applicants.merge.confirmFirst')}
            </p>
          ) : null}
        </div>
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        <div className="confirm-actions">
          <SubmitButton busy={busy}>{t('applicants.merge.submit')}</SubmitButton>
          <button type="button" className="button button-secondary" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
