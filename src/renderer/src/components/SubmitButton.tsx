import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';

/**
 * The form's main action. While the core works (key derivation takes about half a second) it says
 * so and ignores further presses, but it keeps its place and the focus stays where it was.
 */
export function SubmitButton({
  busy,
  children,
  keyShortcuts,
}: {
  busy: boolean;
  children: ReactNode;
  /** The keys that press it, for screen readers (`Control+Enter`). */
  keyShortcuts?: string;
}) {
  const t = useT();
  return (
    <button
      type="submit"
      className="button button-primary"
      aria-disabled={busy || undefined}
      aria-keyshortcuts={keyShortcuts}
    >
      {busy ? (
        <>
          <span className="spinner" aria-hidden="true" />
          <span role="status">{t('common.working')}</span>
        </>
      ) : (
        children
      )}
    </button>
  );
}
