import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/I18nProvider';

interface SavedFilePanelProps {
  /** Where the core wrote the file. */
  path: string;
  /** The PDF was given a password. */
  protectedByPassword: boolean;
  /** Statistics: say that they name nobody. */
  anonymous?: boolean;
}

/**
 * What a lawyer must know once a file has left the vault: where it is, that the vault no longer
 * protects it, and whether a password does. Takes the focus when it appears, so a screen reader
 * reads it at once.
 */
export function SavedFilePanel({ path, protectedByPassword, anonymous = false }: SavedFilePanelProps) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  const marker = '\u0000';
  const [before = '', after = ''] = t('reports.saved.to', { path: marker }).split(marker);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  return (
    <section className="saved-file" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <h3 className="saved-file-title" id={titleId}>
        <svg className="saved-file-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M10 2.5 18 17H2z" />
          <path d="M10 8v4.2M10 14.6v.2" />
        </svg>
        {t('reports.saved.title')}
      </h3>
      <p className="saved-file-path">
        {before}
        <code>{path}</code>
        {after}
      </p>
      <p className="saved-file-warning">{t('reports.saved.outside')}</p>
      <p>{protectedByPassword ? t('reports.saved.protected') : t('reports.saved.unprotected')}</p>
      {anonymous ? <p>{t('reports.saved.anonymous')}</p> : null}
    </section>
  );
}
