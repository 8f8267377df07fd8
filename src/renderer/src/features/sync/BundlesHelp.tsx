import { useId } from 'react';
import { BUNDLE_EXTENSION } from '../../../../shared/sync/bundle';
import { useT } from '../../i18n/I18nProvider';

/**
 * How bundles travel in this version: honestly, by the command line. A folder must be chosen in a
 * native dialog of the desktop shell, which does not exist yet, and no file path crosses from the
 * page to the core; a button that pretended otherwise would fail a lawyer at the worst moment.
 */
export function BundlesHelp({ vaultFile }: { vaultFile: string }) {
  const t = useT();
  const titleId = useId();
  return (
    <section className="sync-card" aria-labelledby={titleId}>
      <h2 className="section-title" id={titleId}>
        {t('sync.bundles.title')}
      </h2>
      <p className="sync-lead">{t('sync.bundles.text')}</p>
      <p className="sync-lead">{t('sync.bundles.before', { file: vaultFile })}</p>
      <p>{t('sync.bundles.export')}</p>
      <pre className="command">
        <code>npm run cli -- sync export --vault VAULT --out /media/stick</code>
      </pre>
      <p>{t('sync.bundles.import')}</p>
      <pre className="command">
        <code>{`npm run cli -- sync import --vault VAULT --in /media/stick/panoh-…${BUNDLE_EXTENSION} --trust-device FINGERPRINT`}</code>
      </pre>
      <p className="field-note">{t('sync.bundles.safe')}</p>
    </section>
  );
}
