import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { PanohError } from '../../../../shared/errors';
import { type CaseSummarySection, caseSummarySections } from '../../../../shared/reports/caseSummary';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { errorMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { ExportPasswordField } from './ExportPasswordField';
import { exportLanguage, optionalPassword, passwordInput } from './exportForm';
import { LanguageChoice } from './LanguageChoice';
import { reportsFormMessage } from './messages';
import { SavedFilePanel } from './SavedFilePanel';
import './reports.css';

const caseSummaryFormSchema = z.object({
  language: exportLanguage,
  sections: z.array(z.enum(caseSummarySections)).min(1, { message: 'sectionsRequired' }),
  password: optionalPassword,
});
type CaseSummaryForm = z.infer<typeof caseSummaryFormSchema>;

/** Sections that stay out unless asked for, with the hint saying why: most copies go to a court or an authority. */
const optInSections = { contact: 'reports.case.contactHint', notes: 'reports.case.notesHint' } as const;
const isOptIn = (section: CaseSummarySection): section is keyof typeof optInSections => section in optInSections;
const suggestedSections = caseSummarySections.filter((section) => !isOptIn(section));

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A PDF case summary of one person: language, sections, an optional password; then where the file
 * went and that it is outside the vault. A modal dialog: the page behind is inert, Tab stays
 * inside, Esc closes (except while the file is being written), the focus returns where it was.
 */
export function CaseSummaryDialog({ applicantId, onClose }: { applicantId: string; onClose(): void }) {
  const { t, language } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const introId = useId();
  const sectionsErrorId = useId();
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [saved, setSaved] = useState<{ path: string; password: boolean } | undefined>(undefined);
  const { register, handleSubmit, formState } = useForm<CaseSummaryForm>({
    resolver: zodResolver(caseSummaryFormSchema),
    defaultValues: { language, sections: [...suggestedSections], password: '' },
  });
  const busy = formState.isSubmitting;
  const busyRef = useRef(false);
  busyRef.current = busy;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  const close = () => {
    if (!busyRef.current) onClose();
  };

  const submit = handleSubmit(async ({ language: fileLanguage, sections, password }) => {
    setFailure(undefined);
    try {
      const { path } = await call('reports.caseSummary', {
        applicantId,
        language: fileLanguage,
        sections,
        ...passwordInput(password),
      });
      setSaved({ path, password: password !== '' });
    } catch (error) {
      setFailure(asPanohError(error));
    }
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    void submit(event);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter(
      (element) => element.offsetParent !== null || element === document.activeElement,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const sectionsError = reportsFormMessage(
    t,
    formState.errors.sections?.message ?? formState.errors.sections?.root?.message,
  );

  return (
    <dialog
      ref={ref}
      className="reports case-summary-dialog"
      // biome-ignore lint/a11y/noRedundantRoles: said outright for assistive technology that reads the attribute only
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={saved ? undefined : introId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <h2 className="dialog-title" id={titleId}>
        {t('reports.case.dialogTitle')}
      </h2>
      {saved ? null : (
        <p className="dialog-intro" id={introId}>
          {t('reports.case.intro')}
        </p>
      )}
      {saved ? (
        <SavedFilePanel path={saved.path} protectedByPassword={saved.password} />
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
          <LanguageChoice legend={t('reports.case.language')} registration={register('language')} />
          <fieldset
            className="choice-group"
            aria-describedby={sectionsError ? sectionsErrorId : undefined}
            aria-invalid={sectionsError ? true : undefined}
          >
            <legend className="field-label">{t('reports.case.sections')}</legend>
            <div className="section-options">
              {caseSummarySections.map((section) => (
                <label className="section-option" key={section}>
                  <input type="checkbox" className="checkbox" value={section} {...register('sections')} />
                  <span>
                    <span className="section-option-name">{t(`report.section.${section}`)}</span>
                    {isOptIn(section) ? <span className="section-option-hint">{t(optInSections[section])}</span> : null}
                  </span>
                </label>
              ))}
            </div>
            {sectionsError ? (
              <p className="field-error" id={sectionsErrorId} role="alert">
                {sectionsError}
              </p>
            ) : null}
          </fieldset>
          <ExportPasswordField
            registration={register('password')}
            error={reportsFormMessage(t, formState.errors.password?.message)}
            readOnly={busy}
          />
          <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
          <div className="dialog-actions">
            <SubmitButton busy={busy}>{t('reports.case.submit')}</SubmitButton>
            <button type="button" className="button button-secondary" onClick={close} aria-disabled={busy || undefined}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {saved ? (
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={close}>
            {t('reports.case.close')}
          </button>
        </div>
      ) : null}
    </dialog>
  );
}
