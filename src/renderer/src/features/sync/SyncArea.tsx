import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { PanohError } from '../../../../shared/errors';
import type { Conflict, Device } from '../../../../shared/sync/bundle';
import { asPanohError, call } from '../../api/client';
import { useConfirm } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { BundleExchange } from './BundleExchange';
import { ConflictsInbox } from './ConflictsInbox';
import { KnownDevicesSection, ThisDeviceSection } from './DeviceSections';
import { OfficeSection, OfficeWords } from './OfficeSection';
import { personName } from './syncText';
import { setOpenConflicts, useKnownOpenConflicts } from './useOpenConflicts';
import './sync.css';

interface SyncState {
  office: boolean;
  device: Device;
  devices: Device[];
  conflicts: Conflict[];
  names: ReadonlyMap<string, string>;
}

/** The people the conflicts belong to, by name; one that cannot be read is simply left out. */
async function applicantNames(conflicts: Conflict[]): Promise<Map<string, string>> {
  const ids = [...new Set(conflicts.flatMap((conflict) => (conflict.applicantId ? [conflict.applicantId] : [])))];
  const found = await Promise.all(
    ids.map(async (id) => {
      try {
        const { applicant } = await call('applicants.get', { id });
        return [id, personName(applicant)] as const;
      } catch {
        return undefined;
      }
    }),
  );
  return new Map(found.filter((entry) => entry !== undefined));
}

/**
 * USB sync: the office key, writing and reading bundles, the conflicts to decide, this computer
 * and its fingerprint, and the computers it knows.
 */
export function SyncArea({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  const [state, setState] = useState<SyncState | undefined>(undefined);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const conflictsHeadingRef = useRef<HTMLHeadingElement>(null);
  const sequence = useRef(0);
  const [newWords, setNewWords] = useState<string[] | undefined>(undefined);
  const { ask, dialog } = useConfirm();

  const load = useCallback(async () => {
    const mine = ++sequence.current;
    try {
      const [status, devices, conflicts] = await Promise.all([
        call('sync.status', {}),
        call('sync.devices', {}),
        call('sync.conflicts', {}),
      ]);
      const names = await applicantNames(conflicts);
      if (mine !== sequence.current) return;
      setOpenConflicts(conflicts.length);
      setFailure(undefined);
      setState({
        office: status.office,
        device: status.device,
        devices,
        conflicts,
        names,
      });
    } catch (error) {
      if (mine === sequence.current) setFailure(asPanohError(error));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  // The shell's periodic check found more (or fewer) conflicts than shown: read them again.
  const known = useKnownOpenConflicts();
  const shown = state?.conflicts.length;
  useEffect(() => {
    if (shown !== undefined && known !== shown) void load();
  }, [known, shown, load]);

  /** Revoking a colleague's computer also changes the office key: its words are shown once. */
  const revoke = async (device: Device) => {
    const yes = await ask({
      title: t('sync.revoke.title', { name: device.name }),
      body: t('sync.revoke.message'),
      confirmLabel: t('sync.revoke.confirm'),
      cancelLabel: t('common.cancel'),
      danger: true,
    });
    if (!yes) return;
    try {
      const { words } = await call('sync.revokeDevice', { fingerprint: device.fingerprint });
      setNewWords(words.split(' '));
    } catch (error) {
      setFailure(asPanohError(error));
    }
  };

  return (
    <div className="page sync">
      {dialog}
      <div className="page-heading">
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {t('shell.nav.sync')}
        </h1>
      </div>
      <p className="sync-intro">{t('sync.intro')}</p>
      <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
      {newWords ? (
        <OfficeWords
          words={newWords}
          intro={t('sync.rotate.words')}
          onDone={() => {
            setNewWords(undefined);
            void load();
          }}
        />
      ) : state ? (
        <div className="sync-sections">
          <OfficeSection office={state.office} onChanged={() => void load()} onRotated={setNewWords} />
          <BundleExchange
            office={state.office}
            onImported={load}
            onShowConflicts={() => {
              conflictsHeadingRef.current?.scrollIntoView({ block: 'start' });
              conflictsHeadingRef.current?.focus();
            }}
          />
          {state.office || state.conflicts.length > 0 ? (
            <ConflictsInbox
              conflicts={state.conflicts}
              names={state.names}
              onResolved={load}
              headingRef={conflictsHeadingRef}
            />
          ) : null}
          <ThisDeviceSection device={state.device} onRenamed={() => void load()} />
          {state.office ? (
            <KnownDevicesSection devices={state.devices} onRevoke={(device) => void revoke(device)} />
          ) : null}
        </div>
      ) : failure ? null : (
        <p className="sync-loading" role="status">
          {t('sync.loading')}
        </p>
      )}
    </div>
  );
}
