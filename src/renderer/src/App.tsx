import { useCallback, useEffect, useState } from 'react';
import type { LockReason } from '../../shared/api/contract';
import type { PanohError } from '../../shared/errors';
import { asPanohError, call, onEvent } from './api/client';
import { FormAlert } from './components/FormAlert';
import { VaultScreenLayout } from './components/VaultScreenLayout';
import { AppShell } from './features/shell/AppShell';
import { CreateVaultScreen } from './features/vault/CreateVaultScreen';
import { RecoverScreen } from './features/vault/RecoverScreen';
import { RecoveryKeyScreen } from './features/vault/RecoveryKeyScreen';
import { type ChosenBackup, RestoreBackupScreen } from './features/vault/RestoreBackupScreen';
import { UnlockScreen } from './features/vault/UnlockScreen';
import { errorMessage } from './forms/formMessages';
import { useT } from './i18n/I18nProvider';

type Screen =
  | { name: 'starting' }
  | { name: 'failed'; error: PanohError }
  | { name: 'create' }
  | { name: 'recoveryKey'; recoveryKey: string }
  | { name: 'unlock'; lockedBy: LockReason | undefined }
  | { name: 'recover' }
  | { name: 'restore'; chosen: ChosenBackup }
  | { name: 'shell' };

interface State {
  screen: Screen;
  /**
   * Bumped whenever the vault locks: every screen below is keyed on it, so React throws away all
   * form state (typed passphrases, half-filled fields) rather than keeping it for the next user.
   */
  generation: number;
}

/** Screens on which the vault is already closed; a lock event there changes nothing. */
const closedScreens: ReadonlySet<Screen['name']> = new Set([
  'starting',
  'failed',
  'create',
  'unlock',
  'recover',
  'restore',
]);

export function App() {
  const t = useT();
  const [state, setState] = useState<State>({ screen: { name: 'starting' }, generation: 0 });
  const show = useCallback((screen: Screen) => setState((current) => ({ ...current, screen })), []);

  const locked = useCallback((reason: LockReason) => {
    setState((current) =>
      closedScreens.has(current.screen.name)
        ? current
        : { screen: { name: 'unlock', lockedBy: reason }, generation: current.generation + 1 },
    );
  }, []);

  useEffect(() => onEvent('vault.locked', ({ reason }) => locked(reason)), [locked]);
  // The key file was erased (the shortcut, or the last wrong passphrase): whatever was on the
  // screen goes, and the create screen follows.
  useEffect(
    () =>
      onEvent('vault.erased', () =>
        setState((current) => ({ screen: { name: 'create' }, generation: current.generation + 1 })),
      ),
    [],
  );

  useEffect(() => {
    let active = true;
    call('vault.status', {}).then(
      (status) => {
        if (!active) return;
        if (!status.exists) show({ name: 'create' });
        else if (status.unlocked) show({ name: 'shell' });
        else show({ name: 'unlock', lockedBy: undefined });
      },
      (error: unknown) => {
        if (active) show({ name: 'failed', error: asPanohError(error) });
      },
    );
    return () => {
      active = false;
    };
  }, [show]);

  const lock = useCallback(() => {
    // The screen is cleared at once, whatever the core answers: locking must never wait or fail.
    locked('user');
    call('vault.lock', { reason: 'user' }).catch(() => {});
  }, [locked]);

  const { screen, generation } = state;
  switch (screen.name) {
    case 'starting':
      return <div className="starting" aria-busy="true" />;
    case 'failed':
      return (
        <VaultScreenLayout title={t('app.name')}>
          <FormAlert message={errorMessage(t, screen.error)} />
        </VaultScreenLayout>
      );
    case 'create':
      return (
        <CreateVaultScreen
          key={generation}
          onCreated={(recoveryKey) => show({ name: 'recoveryKey', recoveryKey })}
          onRestoreChosen={(chosen) => show({ name: 'restore', chosen })}
        />
      );
    case 'restore':
      return (
        <RestoreBackupScreen
          key={generation}
          chosen={screen.chosen}
          onRestored={() => show({ name: 'shell' })}
          onBack={() => show({ name: 'create' })}
        />
      );
    case 'recoveryKey':
      return (
        <RecoveryKeyScreen key={generation} recoveryKey={screen.recoveryKey} onDone={() => show({ name: 'shell' })} />
      );
    case 'unlock':
      return (
        <UnlockScreen
          key={generation}
          lockedBy={screen.lockedBy}
          onUnlocked={() => show({ name: 'shell' })}
          onUseRecoveryKey={() => show({ name: 'recover' })}
        />
      );
    case 'recover':
      return (
        <RecoverScreen
          key={generation}
          onRecovered={() => show({ name: 'shell' })}
          onBack={() => show({ name: 'unlock', lockedBy: undefined })}
        />
      );
    case 'shell':
      return <AppShell key={generation} onLock={lock} />;
  }
}
