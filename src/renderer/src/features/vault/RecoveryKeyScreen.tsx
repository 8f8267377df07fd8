import { RecoveryKeyFigure } from '../../components/RecoveryKeyFigure';
import { VaultScreenLayout } from '../../components/VaultScreenLayout';
import { WrittenDownConfirm } from '../../components/WrittenDownConfirm';
import { useT } from '../../i18n/I18nProvider';

/** The recovery key of a new vault, shown once (RecoveryKeyFigure), then "I have written it down". */
export function RecoveryKeyScreen({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const t = useT();
  return (
    <VaultScreenLayout title={t('recovery.title')} intro={t('recovery.intro')} wide>
      <RecoveryKeyFigure recoveryKey={recoveryKey} />
      <WrittenDownConfirm label={t('recovery.confirm')} submitLabel={t('recovery.continue')} onDone={onDone} />
    </VaultScreenLayout>
  );
}
