/**
 * The Electron main process: a thin shell around the core (DESIGN.md §3–4). It hardens every
 * session and webContents, serves the renderer from panoh://app, runs the core in a utility
 * process, and relays validated calls to it. Nothing is logged but error codes and class names.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  app,
  type BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  type OpenDialogOptions,
  powerMonitor,
  protocol,
  type SaveDialogOptions,
  session,
} from 'electron';
import { type LockReason, type Prefs, prefsSchema } from '../shared/api/contract';
import { type Language, translate } from '../shared/i18n';
import { createSaveCopyRoute } from './attachments/saveCopyRoute';
import { nativeSaveCopyDialog } from './attachments/saveDialog';
import { startAutoLock } from './autoLock';
import { createBackupRoutes } from './backup/backupRoutes';
import { nativeBackupDialogs, nativeRestoreDialog } from './backup/nativeDialogs';
import { createCoreProcess } from './core/coreProcess';
import { forkCoreHost } from './core/forkCoreHost';
import { describeError } from './core/messages';
import { createImportFileRoute } from './import/importFileRoute';
import { nativeImportDialog } from './import/nativeImportDialog';
import { type AllShellRoutes, createInvokeAdapter, trustedSenderCheck } from './ipc/invokeAdapter';
import { forwardCoreEvents, registerIpc } from './ipc/registerIpc';
import { createVaultLocker, LOCK_TIMEOUT_MS, routeLockCalls } from './lockVault';
import { applicationMenuTemplate } from './menu';
import { APP_ENTRY_URL, APP_ORIGIN, registerAppScheme, serveAppProtocol } from './protocol/appProtocol';
import { watchLinuxScreenLock } from './screenLock/watchLinuxScreenLock';
import { contentSecurityPolicy } from './security/contentSecurityPolicy';
import { devServerUrl } from './security/devServer';
import { hardenSession } from './security/hardenSession';
import { hardenWebContents } from './security/hardenWebContents';
import { originOf } from './security/origin';
import { createRequestPolicy } from './security/requestPolicy';
import { languageOfLocale, refusesToRunUnsandboxed } from './security/sandboxGuard';
import { createEraseShortcut } from './seizure/eraseShortcut';
import { createTravelRoutes } from './seizure/travelRoutes';
import { createBundleRoutes } from './sync/bundleRoutes';
import { nativeBundleDialogs } from './sync/nativeDialogs';
import { createMainWindow } from './window';

const log = (line: string) => console.error(line);
const isPackaged = app.isPackaged;
const devUrl = devServerUrl(process.env, isPackaged);
const appOrigin = (devUrl && originOf(devUrl)) || APP_ORIGIN;

// Before ready: sandbox every renderer, pick the profile folder, register the app scheme.
app.enableSandbox();
const userDataOverride = process.env.PANOH_USER_DATA;
if (!isPackaged && userDataOverride) app.setPath('userData', resolve(userDataOverride));
registerAppScheme(protocol);

/** The one window; undefined before it is created and after it is closed. */
let mainWindow: BrowserWindow | undefined;

if (
  refusesToRunUnsandboxed({ noSandboxSwitch: app.commandLine.hasSwitch('no-sandbox'), isPackaged, env: process.env })
) {
  void app.whenReady().then(() => {
    const language = languageOfLocale(app.getLocale());
    dialog.showErrorBox(translate(language, 'desktop.noSandbox.title'), translate(language, 'desktop.noSandbox.text'));
    app.exit(1);
  });
} else if (!app.requestSingleInstanceLock()) {
  // Another Panoh is running (and has been asked to come forward): this one leaves.
  app.quit();
} else {
  runApp();
}

function runApp(): void {
  let lockVault: (reason: LockReason) => Promise<void> = async () => {};
  let shutdown: () => void = () => {};
  let quitState: 'running' | 'locking' | 'done' = 'running';

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  // Every webContents, the window's and any other Chromium creates, gets the same locks.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, appOrigin, !isPackaged);
    contents.on('render-process-gone', (_goneEvent, details) => log(`[main] renderer gone: ${details.reason}`));
  });

  app.on('window-all-closed', () => app.quit());

  // Quitting locks the vault first (before-quit runs again after app.quit() below).
  app.on('before-quit', (event) => {
    if (quitState === 'done') return;
    event.preventDefault();
    if (quitState === 'locking') return;
    quitState = 'locking';
    void lockVault('user').finally(() => {
      shutdown();
      quitState = 'done';
      app.quit();
    });
  });

  app
    .whenReady()
    .then(() => {
      const started = start();
      lockVault = started.lockVault;
      shutdown = started.shutdown;
    })
    .catch((error: unknown) => {
      log(`[main] could not start: ${describeError(error)}`);
      app.exit(1);
    });
}

/**
 * A bundle of a whole office can take minutes to read; the call is given that long before the page
 * is told the core stopped answering (the core itself carries on and finishes or refuses).
 */
const BUNDLE_TIMEOUT_MS = 30 * 60_000;

/**
 * Exports (PDF, CSV) go to Documents/Panoh exports: the page never names a path, and the lawyer is
 * told where each file went and that it is outside the vault. The core makes the folder (private
 * to this user) on the first export, so a Documents folder the OS keeps closed to Panoh fails that
 * export with a sentence, never the start of the app.
 */
const exportsFolder = () => join(app.getPath('documents'), 'Panoh exports');

function start() {
  hardenSession(session.defaultSession, {
    isAllowed: createRequestPolicy({ appOrigin, devServerUrl: devUrl }),
    contentSecurityPolicy: contentSecurityPolicy(devUrl),
  });
  const rendererDir = join(__dirname, '../renderer');
  serveAppProtocol(protocol, rendererDir);

  const userData = app.getPath('userData');
  const vaultDir = join(userData, 'vault');
  mkdirSync(vaultDir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') chmodSync(vaultDir, 0o700);

  const core = createCoreProcess({
    spawn: () => forkCoreHost(join(__dirname, 'coreHost.js')),
    config: {
      vaultPath: join(vaultDir, 'office.panoh'),
      prefsPath: join(userData, 'prefs.json'),
      exportsDir: exportsFolder(),
    },
    log,
  });

  const sendToPage = forwardCoreEvents(() => mainWindow?.webContents);
  core.onEvent(sendToPage);
  /** The interface language, for the menu and the native dialogs (prefs arrive from the core). */
  let shellLanguage: Language = 'ru';
  // Native dialogs are modal to the window while it exists.
  const parentWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined);
  const showOpenDialog = (options: OpenDialogOptions) => {
    const window = parentWindow();
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  };
  const showSaveDialog = (options: SaveDialogOptions) => {
    const window = parentWindow();
    return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
  };
  // Bundles: the native dialog is shown here, modal to the window, and the path chosen goes to the
  // core as a main-only call; the page never sees it (sync/bundleRoutes.ts).
  const bundles = createBundleRoutes({
    ...nativeBundleDialogs(showOpenDialog, () => shellLanguage),
    callMainOnly: (method, input) => core.callMainOnly(method, input, { timeoutMs: BUNDLE_TIMEOUT_MS }),
  });
  // A backup's save dialog, and "Restore from a backup…"'s open dialog (the file stays here under a
  // token); travel mode uses both too.
  const backupDialogs = {
    ...nativeBackupDialogs(
      showSaveDialog,
      () => shellLanguage,
      () => app.getPath('documents'),
    ),
    ...nativeRestoreDialog(
      showOpenDialog,
      () => shellLanguage,
      () => app.getPath('documents'),
    ),
  };
  // "Back up now": the same pattern, a native save dialog in Documents and a main-only call
  // (backup/backupRoutes.ts). Writing and checking a large vault can take a while.
  const backups = createBackupRoutes({
    ...backupDialogs,
    callMainOnly: (method, input) => core.callMainOnly(method, input, { timeoutMs: BUNDLE_TIMEOUT_MS }),
  });
  // "Save a copy…" of an attachment: a native save dialog in Documents with the file's own name,
  // then a main-only call that writes the decrypted copy there (attachments/saveCopyRoute.ts).
  const attachmentCopies = createSaveCopyRoute({
    ...nativeSaveCopyDialog(
      showSaveDialog,
      () => shellLanguage,
      () => app.getPath('documents'),
    ),
    callMainOnly: (method, input) => core.callMainOnly(method, input),
  });
  // "Choose a file…" on the Import screen: an open dialog, then the core reads the file into its
  // memory and answers with a token (import/importFileRoute.ts). Reading a large .xlsx takes a while.
  const importFiles = createImportFileRoute({
    ...nativeImportDialog(
      showOpenDialog,
      () => shellLanguage,
      () => app.getPath('documents'),
    ),
    callMainOnly: (method, input) => core.callMainOnly(method, input, { timeoutMs: BUNDLE_TIMEOUT_MS }),
  });
  // Travel mode: the trip's backup is saved like "Back up now", and ended from a backup or a bundle
  // picked like a restore or an import (seizure/travelRoutes.ts).
  const travel = createTravelRoutes({
    ...backupDialogs,
    chooseBundleFile: nativeBundleDialogs(showOpenDialog, () => shellLanguage).chooseFile,
    callMainOnly: (method, input) => core.callMainOnly(method, input, { timeoutMs: BUNDLE_TIMEOUT_MS }),
  });
  // A file kept for a retry (an unknown sender's bundle, a backup whose passphrase was wrong) is
  // forgotten when the vault locks: nobody should finish another person's half-done step.
  const forgetPickedFiles = () => {
    bundles.forget();
    backups.forget();
  };
  core.onEvent((event) => {
    if (event === 'vault.locked') forgetPickedFiles();
  });
  const lockVault = createVaultLocker(
    core,
    (reason) => {
      forgetPickedFiles();
      sendToPage('vault.locked', { reason });
    },
    log,
  );

  registerIpc(ipcMain, {
    adapter: createInvokeAdapter({
      isTrustedSender: trustedSenderCheck(appOrigin),
      callCore: routeLockCalls((method, input) => core.call(method, input), lockVault),
      shellRoutes: {
        ...bundles.routes,
        ...backups.routes,
        ...attachmentCopies.routes,
        ...importFiles.routes,
        ...travel.routes,
      } satisfies AllShellRoutes,
      onInternalError: (method, error) => log(`[ipc] ${method}: ${describeError(error)}`),
    }),
    isMainWindow: (contents) => mainWindow !== undefined && contents === mainWindow.webContents,
  });

  // The emergency erase shortcut: system-wide, registered once the office turned it on (the key
  // file says so, before any unlock); after the erase the core process that held the key ends.
  const eraseShortcut = createEraseShortcut({
    shortcuts: globalShortcut,
    erase: () => core.callMainOnly('vault.erase', {}, { timeoutMs: LOCK_TIMEOUT_MS }),
    afterErase: () => {
      forgetPickedFiles();
      core.recycle();
    },
    log,
  });
  const readEraseShortcut = async () => {
    const result = await core.call('vault.status', {});
    const shortcut = result.ok ? (result.value as { eraseShortcut?: unknown }).eraseShortcut : undefined;
    eraseShortcut.set(typeof shortcut === 'string' ? shortcut : undefined);
  };
  void readEraseShortcut().catch(() => {});
  core.onEvent((event, payload) => {
    if (event === 'seizure.changed') {
      const shortcut = (payload as { eraseShortcut?: unknown } | undefined)?.eraseShortcut;
      eraseShortcut.set(typeof shortcut === 'string' ? shortcut : undefined);
    }
    if (event === 'vault.erased') eraseShortcut.set(undefined);
  });

  const setMenu = (language: Language) => {
    shellLanguage = language;
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        applicationMenuTemplate({
          language,
          platform: process.platform,
          withDeveloperTools: !isPackaged,
          lock: () => void lockVault('user'),
        }),
      ),
    );
  };
  setMenu('ru');

  // Preferences arrive from the core (prefs.get at start, then prefs.changed events).
  const parsePrefs = (value: unknown): Prefs | undefined => {
    const parsed = prefsSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const readPrefs = async (): Promise<Prefs | undefined> => {
    const result = await core.call('prefs.get', {});
    return result.ok ? parsePrefs(result.value) : undefined;
  };
  const onPrefsChanged = (listener: (prefs: Prefs) => void) =>
    core.onEvent((event, payload) => {
      const prefs = event === 'prefs.changed' ? parsePrefs(payload) : undefined;
      if (prefs) listener(prefs);
    });

  void readPrefs()
    .then((prefs) => prefs && setMenu(prefs.language))
    .catch(() => {});
  onPrefsChanged((prefs) => setMenu(prefs.language));

  const autoLock = startAutoLock({
    powerMonitor,
    lock: (reason) => lockVault(reason),
    readAutoLockMinutes: async () => (await readPrefs())?.autoLockMinutes,
    onAutoLockMinutesChanged: (listener) => onPrefsChanged((prefs) => listener(prefs.autoLockMinutes)),
  });
  // powerMonitor has no 'lock-screen' on Linux: the desktop and logind say it on D-Bus instead.
  const linuxScreenLock =
    process.platform === 'linux' ? watchLinuxScreenLock({ onLock: () => void lockVault('system'), log }) : undefined;

  const window = createMainWindow({
    preloadPath: join(__dirname, '../preload/index.js'),
    isPackaged,
    url: devUrl ?? APP_ENTRY_URL,
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  mainWindow = window;

  return {
    lockVault,
    shutdown: () => {
      eraseShortcut.set(undefined);
      autoLock.stop();
      void linuxScreenLock?.then((watch) => watch.stop());
      core.stop();
    },
  };
}
