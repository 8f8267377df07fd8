import { useId, useState } from 'react';
import {
  DEFAULT_ERASE_SHORTCUT,
  ERASE_SHORTCUT_CHOICES,
  type SeizureStatus,
} from '../../../../shared/api/seizureMethods';
import type { PanohError } from '../../../../shared/errors';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { FormField } from '../../components/FormField';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { shortcutLabel } from './shortcutLabel';

/**
 * The emergency erase shortcut: what it does and what survives, said where it is turned on; the
 * core refuses to turn it on while no verified backup exists (BACKUP_REQUIRED).
 */
export function EraseShortcutSetting({
  status,
  onChanged,
}: {
  status: SeizureStatus;
  onChanged(next: SeizureStatus): void;
}) {
  const t = useT();
  const titleId = useId();
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const on = status.eraseShortcut !== undefined;
  const [choice, setChoice] = useState(status.eraseShortcut ?? DEFAULT_ERASE_SHORTCUT);
  const shortcut = shortcutLabel(status.eraseShortcut ?? choice);

  const save = async (eraseShortcut: string | null) => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      onChanged(await call('seizure.set', { eraseShortcut }));
    } catch (error) {
      setFailure(asPanohError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="seizure-part" aria-labelledby={titleId}>
      <h3 className="seizure-subtitle" id={titleId}>
        {t('seizure.erase.title')}
      </h3>
      <p className="seizure-text">{t('seizure.erase.intro', { shortcut })}</p>
      <p className="seizure-state" role="status">
        {on ? t('seizure.erase.on', { shortcut }) : t('seizure.erase.off')}
      </p>
      <FormField label={t('seizure.erase.shortcut')}>
        {(field) => (
          <select
            {...field}
            className="input"
            value={choice}
            onChange={(event) => {
              setChoice(event.target.value);
              if (on) void save(event.target.value);
            }}
          >
            {ERASE_SHORTCUT_CHOICES.map((accelerator) => (
              <option key={accelerator} value={accelerator}>
                {shortcutLabel(accelerator)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
      <button
        type="button"
        className="button"
        aria-disabled={busy || undefined}
        onClick={() => void save(on ? null : choice)}
      >
        {on ? t('seizure.erase.turnOff') : t('seizure.erase.turnOn')}
      </button>
    </section>
  );
}
