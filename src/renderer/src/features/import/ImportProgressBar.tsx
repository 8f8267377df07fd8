import type { ImportProgress } from '../../../../shared/import/spreadsheetImport';
import { useT } from '../../i18n/I18nProvider';

/** The bar of the running phase, filled as far as the core has said; indeterminate while the size is unknown. */
export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const t = useT();
  const phase = t(`import.progress.${progress.phase}`);
  const percent = progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : undefined;
  return (
    <div className="import-progress">
      <p role="status">{phase}</p>
      <div
        className={percent === undefined ? 'progress-track progress-indeterminate' : 'progress-track'}
        role="progressbar"
        aria-label={t('import.progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={phase}
      >
        <div className="progress-fill" style={percent === undefined ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
}
