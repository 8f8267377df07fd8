import { useState } from 'react';
import type { PanohError } from '../../../../shared/errors';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { TitledSection } from '../../components/TitledSection';
import { errorMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { SavedFilePanel } from '../reports/SavedFilePanel';
import type { ListQuery } from './useApplicantPages';

/**
 * The list as shown (its filters, its columns) to an .xlsx in the exports folder. Says before
 * that the file will not be encrypted, and after where it went, like every export.
 */
export function ListExportPanel({ query, total, onClose }: { query: ListQuery; total: number; onClose(): void }) {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);

  const run = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      setSaved((await call('applicants.exportXlsx', { query, language })).path);
    } catch (error) {
      setFailure(asPanohError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <TitledSection title={t('applicants.export.title')} className="record-card list-export">
      <p>{t('applicants.export.what', { count: total })}</p>
      <p className="notice">{t('applicants.export.warning')}</p>
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void run()}>
          {t('applicants.export.submit')}
        </button>
        <button type="button" className="button button-outline" onClick={onClose}>
          {t('applicants.export.cancel')}
        </button>
      </div>
      <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
      {saved ? <SavedFilePanel path={saved} protectedByPassword={false} /> : null}
    </TitledSection>
  );
}
