import type { SyncProgress } from '../../../../shared/sync/bundle';
import { ProgressBar } from '../../components/ProgressBar';
import { useT } from '../../i18n/I18nProvider';
import { type BundleOperation, phaseText, progressPercent } from './bundleText';

/**
 * The bar of one phase, filled exactly as far as the core has said (no easing, no guessing between
 * reports). A phase without a known size shows as indeterminate. The phase itself is spoken by the
 * status line above; the bar carries it too, for whoever reads the bar alone.
 */
export function BundleProgress({ operation, progress }: { operation: BundleOperation; progress: SyncProgress }) {
  const t = useT();
  const phase = phaseText(t, operation, progress.phase);
  const percent = progressPercent(progress);
  const count =
    progress.total > 0 ? t('sync.progress.count', { done: progress.done, total: progress.total }) : undefined;
  return (
    <div className="bundle-progress">
      <ProgressBar
        label={t('sync.progress.label')}
        valueText={count ? `${phase}: ${count}` : phase}
        percent={percent}
      />
      {count ? <p className="bundle-progress-count">{count}</p> : null}
    </div>
  );
}
