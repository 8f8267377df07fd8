import { useId } from 'react';
import { BUNDLE_EXTENSION } from '../../../../shared/sync/bundle';
import { useT } from '../../i18n/I18nProvider';

/**
 * The same exchange on the command line, for office IT (scripted backups, a computer without the
 * app's window). It reads the vault file directly, so the app must be locked first.
 */
export function BundlesHelp({ vaultFile }: { vaultFile: string }) {
  const t = useT();
  const titleId = useId();
  return (
    <section className="bundles-cli" aria-labelledby={titleId}>
      <h3 className="bundle-action-title" id={titleId}>
        {t('sync.bundles.cliTitle')}
      </h3>
      <p className="sync-lead">{t('sync.bundles.before', { file: vaultFile })}</p>
      <p>{t('sync.bundles.export')}</p>
      <pre className="command">
        <code>npm run cli -- sync export --vault VAULT --out /media/stick</code>
      </pre>
      <p>{t('sync.bundles.import')}</p>
      <pre className="command">
        <code>{`npm run cli -- sync import --vault VAULT --in /media/stick/panoh-…${BUNDLE_EXTENSION} --trust-device FINGERPRINT`}</code>
      </pre>
    </section>
  );
}
