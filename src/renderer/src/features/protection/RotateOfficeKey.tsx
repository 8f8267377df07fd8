import { useState } from 'react';
import type { PanohError } from '../../../../shared/errors';
import { asPanohError, call } from '../../api/client';
import { useConfirm } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';

/** "Change the office key": asked first, then the new key's words go to the page to be shown once. */
export function RotateOfficeKey({ onWords }: { onWords(words: string[]): void }) {
  const t = useT();
  const { ask, dialog } = useConfirm();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);

  const rotate = async () => {
    if (busy) return;
    const yes = await ask({
      title: t('sync.rotate.confirmTitle'),
      body: t('sync.rotate.confirmText'),
      confirmLabel: t('sync.rotate.confirm'),
      cancelLabel: t('common.cancel'),
    });
    if (!yes) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const { words } = await call('sync.rotateOffice', {});
      onWords(words.split(' '));
    } catch (error) {
      setFailure(asPanohError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="office-choice">
      {dialog}
      <h3 className="office-choice-title">{t('sync.rotate.title')}</h3>
      <p className="office-choice-text">{t('sync.rotate.text')}</p>
      <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
      <div className="form-actions">
        <button
          type="button"
          className="button button-outline"
          aria-disabled={busy || undefined}
          onClick={() => void rotate()}
        >
          {t('sync.rotate.submit')}
        </button>
      </div>
    </div>
  );
}
