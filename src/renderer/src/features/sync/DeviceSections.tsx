import { zodResolver } from '@hookform/resolvers/zod';
import { Fragment, useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Device } from '../../../../shared/sync/bundle';
import { call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { FormField } from '../../components/FormField';
import { SubmitButton } from '../../components/SubmitButton';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import '../../components/modal.css';
import '../protection/protection.css';
import { TitledSection } from '../../components/TitledSection';
import { useSubmitAction } from '../../components/useSubmitAction';
import { fingerprintGroups, formatDay, formatTimestamp } from './syncText';

const deviceNameSchema = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(120, { message: 'tooLong' }),
});
type DeviceNameForm = z.infer<typeof deviceNameSchema>;

/** A fingerprint in groups of four, large enough for two lawyers to read to each other. */
export function Fingerprint({ value, large = false }: { value: string; large?: boolean }) {
  const groups = fingerprintGroups(value);
  return (
    <span className={large ? 'fingerprint fingerprint-large' : 'fingerprint'}>
      {groups.map((group, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: groups are positions in one fixed fingerprint
        <Fragment key={index}>
          <span className="fingerprint-group">{group}</span>
          {index < groups.length - 1 ? (
            <span className="fingerprint-separator" aria-hidden="true">
              -
            </span>
          ) : null}
        </Fragment>
      ))}
    </span>
  );
}

/** This computer: its name (as colleagues see it) and its fingerprint. */
export function ThisDeviceSection({ device, onRenamed }: { device: Device; onRenamed(): void }) {
  const t = useT();
  const fingerprintLabelId = useId();
  const { register, handleSubmit, formState } = useForm<DeviceNameForm>({
    resolver: zodResolver(deviceNameSchema),
    defaultValues: { name: device.name },
  });
  const busy = formState.isSubmitting;
  const { onSubmit, failure, done, setDone } = useSubmitAction(handleSubmit, busy, async ({ name }) => {
    await call('sync.setDeviceName', { name });
    onRenamed();
  });

  return (
    <TitledSection title={t('sync.device.title')} className="sync-card">
      <div className="this-device">
        <figure className="this-device-fingerprint" aria-labelledby={fingerprintLabelId}>
          <figcaption className="field-label" id={fingerprintLabelId}>
            {t('sync.device.fingerprint')}
          </figcaption>
          <Fingerprint value={device.fingerprint} large />
          <p className="field-note">{t('sync.device.fingerprintHint')}</p>
        </figure>
        <form className="form this-device-name" onSubmit={onSubmit} noValidate aria-busy={busy}>
          <FormField
            label={t('sync.device.name')}
            hint={t('sync.device.nameHint')}
            error={formMessage(t, formState.errors.name?.message)}
          >
            {(field) => (
              <input
                {...field}
                {...register('name', { onChange: () => setDone(false) })}
                className="input"
                maxLength={120}
                readOnly={busy}
                autoComplete="off"
              />
            )}
          </FormField>
          <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
          {done ? (
            <p className="success" role="status">
              {t('sync.device.saved')}
            </p>
          ) : null}
          <div className="form-actions">
            <SubmitButton busy={busy}>{t('sync.device.save')}</SubmitButton>
          </div>
        </form>
      </div>
    </TitledSection>
  );
}

/**
 * Other computers whose bundles this vault has read, with the fingerprint confirmed then; each can
 * be revoked (lost, stolen, its holder gone).
 */
export function KnownDevicesSection({ devices, onRevoke }: { devices: Device[]; onRevoke(device: Device): void }) {
  const t = useT();
  const titleId = useId();
  const others = devices.filter((device) => !device.self);
  return (
    <TitledSection title={t('sync.devices.title')} className="sync-card" titleId={titleId}>
      {others.length === 0 ? (
        <p className="sync-empty">{t('sync.devices.none')}</p>
      ) : (
        <div className="sync-table-scroll">
          <table className="sync-table" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{t('sync.devices.name')}</th>
                <th scope="col">{t('sync.devices.fingerprint')}</th>
                <th scope="col">{t('sync.devices.trustedAt')}</th>
                <th scope="col">{t('sync.devices.lastImport')}</th>
                <th scope="col">{t('sync.devices.status')}</th>
              </tr>
            </thead>
            <tbody>
              {others.map((device) => (
                <tr key={device.deviceId}>
                  <th scope="row">{device.name}</th>
                  <td>
                    <Fingerprint value={device.fingerprint} />
                  </td>
                  <td>{device.trustedAt ? formatDay(device.trustedAt) : '—'}</td>
                  <td>{device.lastImportAt ? formatTimestamp(device.lastImportAt) : t('sync.devices.never')}</td>
                  <td>
                    {device.revokedAt ? (
                      <span className="revoked-mark">
                        {t('sync.revoke.revokedOn', { date: formatDay(device.revokedAt) })}
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="button button-danger-quiet button-small"
                        aria-label={t('sync.revoke.named', { name: device.name })}
                        onClick={() => onRevoke(device)}
                      >
                        {t('sync.revoke.button')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </TitledSection>
  );
}
