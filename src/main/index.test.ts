/**
 * The wiring of the main process, with Electron replaced by fakes (no Electron binary here):
 * what happens before ready, what ready sets up, and how quitting, the menu, power events and IPC
 * reach the core.
 */
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeResult } from '../shared/api/contract';
import { translate } from '../shared/i18n';
import type { ToCore } from './core/messages';

interface Preventable {
  preventDefault(): void;
  defaultPrevented: boolean;
}

function preventable(extra: object = {}): Preventable {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

class FakeContents extends EventEmitter {
  sent: unknown[][] = [];
  windowOpen: (() => unknown) | undefined;
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  isDestroyed() {
    return false;
  }
  setWindowOpenHandler(handler: () => unknown) {
    this.windowOpen = handler;
  }
  closeDevTools() {}
}

class FakeChild extends EventEmitter {
  sent: ToCore[] = [];
  killed = false;
  answers: Record<string, InvokeResult> = {
    'prefs.get': { ok: true, value: { language: 'en', autoLockMinutes: 5 } },
    'vault.lock': { ok: true, value: {} },
    'vault.status': { ok: true, value: { exists: false, unlocked: false, fileName: 'office.panoh' } },
  };
  postMessage(message: ToCore) {
    this.sent.push(message);
    if (message.kind === 'configure') return;
    const result = this.answers[message.method] ?? { ok: false, error: { code: 'INTERNAL' } };
    queueMicrotask(() => this.emit('message', { kind: 'result', id: message.id, result }));
  }
  kill() {
    this.killed = true;
    return true;
  }
  invokes() {
    return this.sent.filter((message) => message.kind === 'invoke');
  }
}

function fakeElectron(singleInstance: boolean, userData: string, switches: string[] = []) {
  const calls: string[] = [];
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    setPath: vi.fn(() => calls.push('setPath')),
    getPath: vi.fn(() => userData),
    getAppPath: vi.fn(() => userData),
    requestSingleInstanceLock: vi.fn(() => {
      calls.push('requestSingleInstanceLock');
      return singleInstance;
    }),
    whenReady: vi.fn(() => ready),
    quit: vi.fn(),
    exit: vi.fn(),
    commandLine: { hasSwitch: vi.fn((name: string) => switches.includes(name)) },
    getLocale: vi.fn(() => 'kk-KZ'),
  });
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
    handle: vi.fn(),
  };
  const defaultSession = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
  });
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    webContents = new FakeContents();
    options: Record<string, unknown>;
    loaded: string | undefined;
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
  }
  const children: FakeChild[] = [];
  const utilityProcess = {
    fork: vi.fn((_path: string) => {
      const child = new FakeChild();
      children.push(child);
      return child;
    }),
  };
  const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
  const Menu = {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  };
  const powerMonitor = Object.assign(new EventEmitter(), { getSystemIdleTime: vi.fn(() => 0) });
  const dialogAnswers: { canceled: boolean; filePaths: string[] }[] = [];
  const dialog = {
    showErrorBox: vi.fn(),
    showOpenDialog: vi.fn(async (..._args: unknown[]) => dialogAnswers.shift() ?? { canceled: true, filePaths: [] }),
  };
  const globalShortcut = { register: vi.fn(() => true), unregister: vi.fn() };
  const module = {
    globalShortcut,
    app,
    protocol,
    session: { defaultSession },
    BrowserWindow: FakeWindow,
    utilityProcess,
    ipcMain,
    Menu,
    powerMonitor,
    dialog,
  };
  return {
    module,
    calls,
    markReady,
    app,
    protocol,
    defaultSession,
    windows,
    children,
    ipcMain,
    Menu,
    powerMonitor,
    dialog,
    dialogAnswers,
  };
}

let userData: string;

/** The Linux D-Bus screen-lock watch, replaced so no test touches the machine's real buses. */
const screenLock = { started: 0, stopped: 0, onLock: () => {} };

async function boot(singleInstance = true, switches: string[] = []) {
  vi.resetModules();
  const fake = fakeElectron(singleInstance, userData, switches);
  vi.doMock('electron', () => fake.module);
  vi.doMock('./screenLock/watchLinuxScreenLock', () => ({
    watchLinuxScreenLock: async (options: { onLock(): void }) => {
      screenLock.started += 1;
      screenLock.onLock = options.onLock;
      return {
        stop: () => {
          screenLock.stopped += 1;
        },
      };
    },
  }));
  await import('./index');
  return fake;
}

async function bootReady() {
  const fake = await boot();
  fake.markReady();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  const child = fake.children[0];
  const window = fake.windows[0];
  if (!child || !window) throw new Error('not started');
  return { ...fake, child, window };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'panoh-main-'));
  vi.stubEnv('PANOH_USER_DATA', userData);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});

afterEach(() => {
  vi.doUnmock('electron');
  vi.doUnmock('./screenLock/watchLinuxScreenLock');
  Object.assign(screenLock, { started: 0, stopped: 0 });
  vi.unstubAllEnvs();
  rmSync(userData, { recursive: true, force: true });
});

describe('main process, before ready', () => {
  it('sandboxes, sets the user data folder and registers the scheme before asking for the lock', async () => {
    const fake = await boot();
    expect(fake.calls).toEqual([
      'enableSandbox',
      'setPath',
      'registerSchemesAsPrivileged',
      'requestSingleInstanceLock',
    ]);
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', userData);
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'panoh', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.windows).toHaveLength(0);
    expect(fake.children).toHaveLength(0);
  });

  it('refuses to run with the sandbox turned off, saying why in the system language', async () => {
    const fake = await boot(true, ['no-sandbox']);
    fake.markReady();
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    expect(fake.module.dialog.showErrorBox).toHaveBeenCalledWith(
      translate('kk', 'desktop.noSandbox.title'),
      translate('kk', 'desktop.noSandbox.text'),
    );
    expect(fake.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.children).toHaveLength(0);
  });

  it('a second instance quits at once, and the first brings its window forward', async () => {
    const second = await boot(false);
    expect(second.app.quit).toHaveBeenCalled();
    expect(second.app.listenerCount('web-contents-created')).toBe(0);

    const first = await bootReady();
    first.app.emit('second-instance', {}, [], '');
    expect(first.window.focus).toHaveBeenCalled();
  });
});

describe('main process, when ready', () => {
  it('hardens the default session and serves panoh://', async () => {
    const fake = await bootReady();
    expect(fake.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(fake.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(fake.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(fake.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(fake.protocol.handle).toHaveBeenCalledWith('panoh', expect.any(Function));
  });

  it('starts the core in a utility process with the vault in a private folder', async () => {
    const fake = await bootReady();
    const modulePath = vi.mocked(fake.module.utilityProcess.fork).mock.calls[0]?.[0];
    expect(modulePath).toMatch(/coreHost\.js$/);
    expect(fake.child.sent[0]).toEqual({
      kind: 'configure',
      config: {
        vaultPath: join(userData, 'vault', 'office.panoh'),
        prefsPath: join(userData, 'prefs.json'),
        exportsDir: join(userData, 'Panoh exports'),
      },
    });
    if (process.platform !== 'win32') expect(statSync(join(userData, 'vault')).mode & 0o777).toBe(0o700);
    // Made by the core on the first export: a Documents folder closed to Panoh must not stop the start.
    expect(existsSync(join(userData, 'Panoh exports'))).toBe(false);
  });

  it('opens one secure window on panoh://app/index.html and hardens its webContents', async () => {
    const fake = await bootReady();
    expect(fake.window.loaded).toBe('panoh://app/index.html');
    expect(fake.window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    const away = preventable({ url: 'https://example.org/' });
    fake.window.webContents.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    expect(fake.window.webContents.windowOpen?.()).toEqual({ action: 'deny' });
  });

  it('answers IPC only from the main window, through the core', async () => {
    const fake = await bootReady();
    const handler = vi.mocked(fake.ipcMain.handle).mock.calls[0]?.[1] as (...args: unknown[]) => Promise<unknown>;
    expect(vi.mocked(fake.ipcMain.handle).mock.calls[0]?.[0]).toBe('panoh:invoke');
    const frame = { url: 'panoh://app/index.html', parent: null };
    await expect(handler({ sender: fake.window.webContents, senderFrame: frame }, 'vault.status', {})).resolves.toEqual(
      {
        ok: true,
        value: { exists: false, unlocked: false, fileName: 'office.panoh' },
      },
    );
    await expect(handler({ sender: new FakeContents(), senderFrame: frame }, 'vault.status', {})).resolves.toEqual({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
  });

  it('answers a bundle export with a dialog modal to the window, then a main-only call with the folder', async () => {
    const fake = await bootReady();
    await vi.waitFor(() => expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(2)); // prefs say 'en'
    const handler = vi.mocked(fake.ipcMain.handle).mock.calls[0]?.[1] as (...args: unknown[]) => Promise<unknown>;
    const event = { sender: fake.window.webContents, senderFrame: { url: 'panoh://app/index.html', parent: null } };
    fake.child.answers['sync.writeBundle'] = {
      ok: true,
      value: { path: '/media/stick/panoh-a1b2c3-20261127-101500.panohsync', changes: 4 },
    };
    fake.dialogAnswers.push({ canceled: false, filePaths: ['/media/stick'] });
    await expect(handler(event, 'sync.exportBundle', { all: true })).resolves.toEqual({
      ok: true,
      value: { outcome: 'exported', fileName: 'panoh-a1b2c3-20261127-101500.panohsync', changes: 4 },
    });
    expect(fake.dialog.showOpenDialog).toHaveBeenCalledWith(
      fake.window,
      expect.objectContaining({ title: 'Where to write the bundle (the USB stick)' }),
    );
    expect(fake.child.sent.at(-1)).toMatchObject({
      kind: 'invokeMainOnly',
      method: 'sync.writeBundle',
      input: { folder: '/media/stick', all: true },
    });

    // Cancelled: nothing reaches the core.
    const before = fake.child.sent.length;
    await expect(handler(event, 'sync.importBundle', {})).resolves.toEqual({
      ok: true,
      value: { outcome: 'cancelled' },
    });
    expect(fake.child.sent).toHaveLength(before);
  });

  it('keeps a picked bundle for the retry in main, and forgets it when the vault locks', async () => {
    const fake = await bootReady();
    const handler = vi.mocked(fake.ipcMain.handle).mock.calls[0]?.[1] as (...args: unknown[]) => Promise<unknown>;
    const event = { sender: fake.window.webContents, senderFrame: { url: 'panoh://app/index.html', parent: null } };
    const fingerprint = 'AB12-CD34-EF56-0789-ABCD';
    fake.child.answers['sync.readBundle'] = {
      ok: false,
      error: { code: 'BUNDLE_UNTRUSTED_DEVICE', params: { fingerprint } },
    };
    const pick = async () => {
      fake.dialogAnswers.push({ canceled: false, filePaths: ['/media/stick/colleague.panohsync'] });
      const refused = (await handler(event, 'sync.importBundle', {})) as InvokeResult;
      if (refused.ok) throw new Error('trusted');
      expect(JSON.stringify(refused)).not.toContain('/media/stick');
      return String(refused.error.params?.token);
    };

    const token = await pick();
    fake.child.answers['sync.readBundle'] = {
      ok: true,
      value: {
        device: 'Ноутбук бюро 2',
        received: 3,
        known: 0,
        conflicts: 0,
        waiting: 0,
        purged: 0,
        ignored: 0,
        purgeRequests: 0,
        senderAuditShortened: false,
      },
    };
    await expect(
      handler(event, 'sync.importBundle', { retry: { token, trustFingerprint: fingerprint } }),
    ).resolves.toMatchObject({ ok: true, value: { outcome: 'imported', received: 3 } });
    expect(fake.child.sent.at(-1)).toMatchObject({
      kind: 'invokeMainOnly',
      input: { path: '/media/stick/colleague.panohsync', trustFingerprint: fingerprint },
    });

    fake.child.answers['sync.readBundle'] = {
      ok: false,
      error: { code: 'BUNDLE_UNTRUSTED_DEVICE', params: { fingerprint } },
    };
    const forgotten = await pick();
    fake.child.emit('message', { kind: 'event', event: 'vault.locked', payload: { reason: 'idle' } });
    await expect(
      handler(event, 'sync.importBundle', { retry: { token: forgotten, trustFingerprint: fingerprint } }),
    ).resolves.toEqual({ ok: true, value: { outcome: 'expired' } });
  });

  it("forwards the core's events to the page", async () => {
    const fake = await bootReady();
    fake.child.emit('message', { kind: 'event', event: 'vault.locked', payload: { reason: 'idle' } });
    expect(fake.window.webContents.sent).toContainEqual(['panoh:event', 'vault.locked', { reason: 'idle' }]);
  });

  it('has a Lock menu item on CmdOrCtrl+L that locks the vault, in the preferred language', async () => {
    const fake = await bootReady();
    await vi.waitFor(() => expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(2)); // ru, then prefs (en)
    const template = vi.mocked(fake.Menu.buildFromTemplate).mock.calls.at(-1)?.[0] as {
      submenu?: { id?: string; label?: string; accelerator?: string; click?: () => void }[];
    }[];
    const lock = template.flatMap((item) => item.submenu ?? []).find((item) => item.id === 'lock');
    expect(lock).toMatchObject({ label: 'Lock', accelerator: 'CmdOrCtrl+L' });
    lock?.click?.();
    await flush();
    expect(fake.child.invokes().at(-1)).toMatchObject({ method: 'vault.lock', input: { reason: 'user' } });
  });

  it("locks with reason 'system' on sleep and screen lock", async () => {
    const fake = await bootReady();
    fake.powerMonitor.emit('suspend');
    fake.powerMonitor.emit('lock-screen');
    await flush();
    const locks = fake.child.invokes().filter((message) => message.method === 'vault.lock');
    expect(locks.map((message) => message.input)).toEqual([{ reason: 'system' }, { reason: 'system' }]);
  });

  it("on Linux, locks with reason 'system' when the desktop says on D-Bus that the screen locked", async () => {
    const fake = await bootReady();
    if (process.platform !== 'linux') {
      expect(screenLock.started).toBe(0);
      return;
    }
    expect(screenLock.started).toBe(1);
    screenLock.onLock();
    await flush();
    const locks = fake.child.invokes().filter((message) => message.method === 'vault.lock');
    expect(locks.map((message) => message.input)).toEqual([{ reason: 'system' }]);
    fake.app.emit('before-quit', preventable());
    await vi.waitFor(() => expect(screenLock.stopped).toBe(1));
  });

  it('quitting locks the vault first, then stops the core and quits', async () => {
    const fake = await bootReady();
    const event = preventable();
    fake.app.emit('before-quit', event);
    expect(event.defaultPrevented).toBe(true);
    fake.app.emit('before-quit', preventable()); // A second request while locking waits too.
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(1));
    expect(fake.child.invokes().filter((message) => message.method === 'vault.lock')).toHaveLength(1);
    expect(fake.child.killed).toBe(true);
    const final = preventable();
    fake.app.emit('before-quit', final);
    expect(final.defaultPrevented).toBe(false);
  });

  it('closing the last window quits (and so locks)', async () => {
    const fake = await bootReady();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalled();
  });
});
