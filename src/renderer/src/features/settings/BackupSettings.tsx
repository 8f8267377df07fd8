import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { MethodOutput } from '../../../../shared/api/contract';
import { asPanohError, call } from '../../api/client';
import { FormField } from '../../components/FormField';
import { SubmitButton } from '../../components/SubmitButton';
import { useT } from '../../i18n/I18nProvider';
import { formatTimestamp } from '../../i18n/recordText';
import { BackupNow } from './BackupNow';
import { fieldMessage } from './settingsMessage';
import './settings.css';
import { FormOutcome } from '../../components/FormOutcome';
import { TitledSection } from '../../components/TitledSection';
import { useSubmitAction } from '../../components/useSubmitAction';

type BackupStatus = MethodOutput<'backup.status'>;

const range = { message: 'settings.backup.reminderRange' };
const reminderFormSchema = z.object({
  days: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, range)
    .transform(Number)
    .pipe(z.number().int().min(1, range).max(365, range)),
});
type ReminderInput = z.input<typeof reminderFormSchema>;
type ReminderOutput = z.output<typeof reminderFormSchema>;

/**
 * When this vault was last backed up, "back up now" (a save dialog of the desktop shell), and after
 * how many days without one the program should remind. The command line does the same for office
 * IT's scheduled backups (DESIGN.md section 6).
 */
export function BackupSettings() {
  const t = useT();
  const [status, setStatus] = useState<BackupStatus | undefined>(undefined);
  const { register, handleSubmit, formState, reset } = useForm<ReminderInput, unknown, ReminderOutput>({
    resolver: zodResolver(reminderFormSchema),
    defaultValues: { days: '' },
  });
  const busy = formState.isSubmitting || status === undefined;
  const { onSubmit, failure, setFailure, done, setDone } = useSubmitAction(handleSubmit, busy, async ({ days }) => {
    const next = await call('backup.setReminderDays', { days });
    setStatus(next);
    reset({ days: String(next.reminderDays) });
  });

  useEffect(() => {
    let current = true;
    call('backup.status', {}).then(
      (next) => {
        if (!current) return;
        setStatus(next);
        reset({ days: String(next.reminderDays) });
      },
      (error: unknown) => {
        if (current) setFailure(asPanohError(error));
      },
    );
    return () => {
      current = false;
    };
  }, [reset, setFailure]);

  return (
    <TitledSection title={t('settings.backup.title')} className="settings-section backup-settings">
      {status ? (
        <div className="backup-status">
          <p className="backup-last">
            {status.lastBackupAt
              ? t('settings.backup.last', { date: formatTimestamp(status.lastBackupAt) })
              : t('settings.backup.never')}
          </p>
          {status.due ? (
            <p className="backup-due">
              {status.lastBackupAt ? t('settings.backup.due') : t('settings.backup.dueNever')}
            </p>
          ) : null}
        </div>
      ) : null}
      <BackupNow onSaved={setStatus} />
      <form className="form backup-reminder" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <FormField
          label={t('settings.backup.reminder')}
          hint={t('settings.backup.reminderHint')}
          error={fieldMessage(t, formState.errors.days?.message)}
        >
          {(field) => (
            <input
              {...field}
              {...register('days', { onChange: () => setDone(false) })}
              className="input input-number"
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              step={1}
              readOnly={busy}
            />
          )}
        </FormField>
        <FormOutcome failure={failure} done={done} doneText={t('settings.backup.done')} />
        <div className="form-actions">
          <SubmitButton busy={formState.isSubmitting}>{t('settings.backup.submit')}</SubmitButton>
        </div>
      </form>
      <div className="backup-howto">
        <p>{t('settings.backup.twoFiles')}</p>
        <p>{t('settings.backup.cli')}</p>
      </div>
    </TitledSection>
  );
}
