import type { ImportProgress } from '../../../../shared/import/spreadsheetImport';
import { ProgressBar } from '../../components/ProgressBar';
import { useT } from '../../i18n/I18nProvider';

/** The bar of the running phase, filled as far as the core has said; indeterminate while the size is unknown. */
export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const t = useT();
  const phase = t(`import.progress.${progress.phase}`);
  const percent = progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : undefined;
  return (
    <div className="import-progress">
      <p role="status">{phase}</p>
      <ProgressBar label={t('import.progress.label')} valueText={phase} percent={percent} />
    </div>
  );
}
