import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { type CaseSummarySection, caseSummarySections } from '../../../../shared/reports/caseSummary';
import { call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { SubmitButton } from '../../components/SubmitButton';
import { errorMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { ExportPasswordField } from './ExportPasswordField';
import { exportLanguage, optionalPassword, passwordInput } from './exportForm';
import { LanguageChoice } from './LanguageChoice';
import { reportsFormMessage } from './messages';
import { SavedFilePanel } from './SavedFilePanel';
import './reports.css';
import { useSubmitAction } from '../../components/useSubmitAction';

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

/**
 * A PDF case summary of one person: language, sections, an optional password; then where the file
 * went and that it is outside the vault. A modal dialog: the page behind is inert, Tab stays
 * inside, Esc closes (except while the file is being written), the focus returns where it was.
 */
export function CaseSummaryDialog({ applicantId, onClose }: { applicantId: string; onClose(): void }) {
  const { t, language } = useI18n();
  const titleId = useId();
  const introId = useId();
  const sectionsErrorId = useId();
  const [saved, setSaved] = useState<{ path: string; password: boolean } | undefined>(undefined);
  const { register, handleSubmit, formState } = useForm<CaseSummaryForm>({
    resolver: zodResolver(caseSummaryFormSchema),
    defaultValues: { language, sections: [...suggestedSections], password: '' },
  });
  const busy = formState.isSubmitting;
  const { onSubmit, failure } = useSubmitAction(
    handleSubmit,
    busy,
    async ({ language: fileLanguage, sections, password }) => {
      const { path } = await call('reports.caseSummary', {
        applicantId,
        language: fileLanguage,
        sections,
        ...passwordInput(password),
      });
      setSaved({ path, password: password !== '' });
    },
  );

  const close = () => {
    if (!busy) onClose();
  };

  const sectionsError = reportsFormMessage(
    t,
    formState.errors.sections?.message ?? formState.errors.sections?.root?.message,
  );

  return (
    <ModalDialog
      className="modal modal-scroll reports case-summary-dialog"
      titleId={titleId}
      describedBy={saved ? undefined : introId}
      initialFocus='input[type="radio"]:checked'
      busy={busy}
      onClose={onClose}
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
                <label className="check-option" key={section}>
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
    </ModalDialog>
  );
}
