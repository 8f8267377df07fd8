import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { PanohError } from '../../../../shared/errors';
import { formatPartialDate } from '../../../../shared/records/partialDate';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { TitledSection } from '../../components/TitledSection';
import { errorMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { ExportPasswordField } from './ExportPasswordField';
import { exportLanguage, optionalPassword, passwordInput } from './exportForm';
import { LanguageChoice } from './LanguageChoice';
import { reportsFormMessage } from './messages';
import { SavedFilePanel } from './SavedFilePanel';

export interface StatisticsQuery {
  from: string;
  to: string;
  threshold: number;
}

const exportFormSchema = z.object({ language: exportLanguage, password: optionalPassword });
type ExportForm = z.infer<typeof exportFormSchema>;
type Format = 'pdf' | 'csv';

/**
 * Saves the statistics shown in the preview as PDF (optionally with a password) or CSV, then says
 * where the file went and that the vault no longer protects it.
 */
export function StatisticsExport({ query }: { query: StatisticsQuery }) {
  const { t, language } = useI18n();
  const csvNoteId = useId();
  const [busy, setBusy] = useState<Format | undefined>(undefined);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [saved, setSaved] = useState<{ path: string; password: boolean } | undefined>(undefined);
  const { register, handleSubmit, formState, setError } = useForm<ExportForm>({
    resolver: zodResolver(exportFormSchema),
    defaultValues: { language, password: '' },
  });

  const save = (format: Format) =>
    handleSubmit(async ({ language: fileLanguage, password }) => {
      if (busy) return;
      if (format === 'csv' && password !== '') {
        setError('password', { message: 'csvNoPassword' }, { shouldFocus: true });
        return;
      }
      setFailure(undefined);
      setSaved(undefined);
      setBusy(format);
      try {
        const { path } = await call('reports.statistics', {
          ...query,
          format,
          language: fileLanguage,
          ...(format === 'pdf' ? passwordInput(password) : {}),
        });
        setSaved({ path, password: format === 'pdf' && password !== '' });
      } catch (error) {
        setFailure(asPanohError(error));
      } finally {
        setBusy(undefined);
      }
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    void save('pdf')(event);
  };

  return (
    <TitledSection title={t('reports.export.title')} className="reports-card">
      <p className="reports-lead">
        {t('reports.export.what', {
          from: formatPartialDate(query.from),
          to: formatPartialDate(query.to),
          threshold: query.threshold,
        })}
      </p>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy !== undefined}>
        <LanguageChoice legend={t('reports.export.language')} registration={register('language')} />
        <div className="export-password">
          <ExportPasswordField
            registration={register('password')}
            error={reportsFormMessage(t, formState.errors.password?.message)}
            readOnly={busy !== undefined}
          />
        </div>
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy !== undefined || undefined}>
            {busy === 'pdf' ? <Working /> : t('reports.export.pdf')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={busy !== undefined || undefined}
            aria-describedby={csvNoteId}
            onClick={(event) => void save('csv')(event)}
          >
            {busy === 'csv' ? <Working /> : t('reports.export.csv')}
          </button>
        </div>
        <p className="field-note" id={csvNoteId}>
          {t('reports.export.csvNote')}
        </p>
      </form>
      {saved ? <SavedFilePanel path={saved.path} protectedByPassword={saved.password} anonymous /> : null}
    </TitledSection>
  );
}

function Working() {
  const { t } = useI18n();
  return (
    <>
      <span className="spinner" aria-hidden="true" />
      <span role="status">{t('common.working')}</span>
    </>
  );
}
