import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, test as base } from '@playwright/test';
import { type Core, createCore } from '../../src/core/api/createCore';
import { toInvokeResult } from '../../src/core/api/toInvokeResult';
import { keyFilePath } from '../../src/core/vault/keyFile';
import { createSaveCopyRoute } from '../../src/main/attachments/saveCopyRoute';
import { createBackupRoutes } from '../../src/main/backup/backupRoutes';
import { createImportFileRoute } from '../../src/main/import/importFileRoute';
import { type AllShellRoutes, createInvokeAdapter, trustedSenderCheck } from '../../src/main/ipc/invokeAdapter';
import { createTravelRoutes } from '../../src/main/seizure/travelRoutes';
import { createBundleRoutes } from '../../src/main/sync/bundleRoutes';
import type { EventName, EventPayload, MethodName } from '../../src/shared/api/contract';
import type { SyncProgress } from '../../src/shared/sync/bundle';

/**
 * The end-to-end harness (DESIGN.md section 3): the built renderer runs in Debian's Chromium and its
 * `window.panoh` is wired, through Playwright's `exposeBinding`, to the real core behind the real IPC
 * adapter. Only Electron itself (preload, contextBridge, ipcMain) is left out, and its native
 * dialogs, which a test answers with `nextDialog` (the main process's route code still runs).
 */

export interface Bridge {
  /** The real core, in this test process, over a fresh vault. */
  core: Core;
  /** `<temp>/office.vault` (the key file sits next to it as `office.vault.keys`). */
  vaultPath: string;
  /** Where exported PDFs and CSVs are written (the app's exports folder in Electron). */
  exportsDir: string;
  /** The vault file's bytes as they are on disk now. */
  readVaultBytes(): Buffer;
  /** The key file's bytes as they are on disk now. */
  readKeyFileBytes(): Buffer;
  /** Wires `window.panoh` in every page of a context to this core. */
  attach(context: BrowserContext, appOrigin: string): Promise<void>;
  /**
   * The answer of the next native dialog the main process opens (the folder an export writes
   * into, or the bundle file an import reads); `undefined` is the lawyer pressing Cancel. Answers
   * are used in order; a dialog with no answer queued fails the call (a test forgot one).
   */
  nextDialog(choice: string | undefined): void;
  /**
   * Which dialogs opened, in order: the export asks for a folder, the import for a file, "back up
   * now" for a file to save (`save`, whose answer is the full path of the backup).
   */
  readonly dialogs: readonly DialogKind[];
  /** The file name each save dialog offered, in order. */
  readonly offeredNames: readonly string[];
  /** Every `sync.progress` event the core sent, in order. */
  readonly progress: readonly SyncProgress[];
  /**
   * Holds back the core's answers to bundle calls (not their progress events) until the returned
   * function is called, so a test can look at the progress bar while the page still waits.
   */
  holdBundleAnswers(): () => void;
}

type DialogKind = 'folder' | 'file' | 'save';

/** The names the init script installs in the page; only `panoh` is meant for the app. */
const INVOKE_BINDING = '__panohInvoke';
const DISPATCH_FUNCTION = '__panohDispatch';

/** Only to keep the tests fast; real vaults use the core's default scrypt cost. */
const CHEAP_SCRYPT = { N: 2 ** 14, r: 8, p: 1 };

/**
 * Runs in the page before any of its scripts: what the preload's contextBridge exposes, a frozen
 * `window.panoh` with exactly `invoke` and `on`. Listeners stay in the page; core events arrive
 * through the dispatch function. Written without DOM types: this file is type-checked for Node.
 */
function installBridge(names: { invoke: string; dispatch: string }): void {
  type Listener = (payload: unknown) => void;
  const scope = globalThis as unknown as Record<string, unknown>;
  const listeners = new Map<string, Set<Listener>>();

  const invoke = (method: string, input: unknown): Promise<unknown> => {
    const binding = scope[names.invoke] as ((method: string, input: unknown) => Promise<unknown>) | undefined;
    if (typeof binding !== 'function') return Promise.reject(new Error('bridge unavailable'));
    return binding(method, input);
  };

  const on = (event: string, listener: Listener): (() => void) => {
    let set = listeners.get(event);
    if (!set) {
      set = new Set();
      listeners.set(event, set);
    }
    set.add(listener);
    return () => {
      listeners.get(event)?.delete(listener);
    };
  };

  const dispatch = (event: string, payload: unknown): void => {
    for (const listener of [...(listeners.get(event) ?? [])]) {
      try {
        listener(payload);
      } catch {
        // One failing listener must not keep the event from the others.
      }
    }
  };

  Object.defineProperty(scope, 'panoh', {
    value: Object.freeze({ invoke, on }),
    enumerable: true,
    writable: false,
    configurable: false,
  });
  Object.defineProperty(scope, names.dispatch, {
    value: dispatch,
    enumerable: false,
    writable: false,
    configurable: false,
  });
}

function createBridge(): Bridge & { dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'panoh-e2e-'));
  const vaultPath = join(dir, 'office.vault');
  const exportsDir = join(dir, 'exports');
  mkdirSync(exportsDir);
  const contexts = new Set<BrowserContext>();
  const dialogAnswers: (string | undefined)[] = [];
  const dialogs: DialogKind[] = [];
  const offeredNames: string[] = [];
  const progress: SyncProgress[] = [];
  let held: Promise<void> | undefined;

  const emit = <E extends EventName>(event: E, payload: EventPayload<E>): void => {
    if (event === 'vault.locked') bundles.forget();
    if (event === 'sync.progress') progress.push(payload as SyncProgress);
    for (const context of contexts) {
      for (const page of context.pages()) {
        page
          .evaluate(
            ({ name, event: eventName, payload: eventPayload }) => {
              const dispatch = (globalThis as unknown as Record<string, unknown>)[name];
              if (typeof dispatch === 'function') dispatch(eventName, eventPayload);
            },
            { name: DISPATCH_FUNCTION, event, payload },
          )
          // A page that is navigating or closed simply misses the event, as a closed window would.
          .catch(() => {});
      }
    }
  };

  const core = createCore({
    vaultPath,
    prefsPath: join(dir, 'prefs.json'),
    scrypt: CHEAP_SCRYPT,
    exportsDir,
    emit,
  });

  /** The stand-in for Electron's dialog.showOpenDialog: the test has said what the lawyer picks. */
  const answerDialog = async (kind: DialogKind): Promise<string | undefined> => {
    dialogs.push(kind);
    if (dialogAnswers.length === 0)
      throw new Error(`a ${kind} dialog opened with no answer queued (bridge.nextDialog)`);
    return dialogAnswers.shift();
  };

  // The main process's own bundle route (src/main/sync/bundleRoutes.ts), with the dialog replaced:
  // the page's calls go through the same route code and reach the core as main-only calls.
  const bundles = createBundleRoutes({
    chooseFolder: () => answerDialog('folder'),
    chooseFile: () => answerDialog('file'),
    callMainOnly: async (method, input) => {
      const result = await toInvokeResult(() => core.invokeMainOnly(method, input));
      await held;
      return result;
    },
  });

  // The main process's "back up now" route (src/main/backup/backupRoutes.ts), its save dialog replaced.
  const backups = createBackupRoutes({
    // "Restore from a backup…" on the create screen: a `file` dialog, answered with the backup's path.
    chooseBackupFile: () => answerDialog('file'),
    chooseSaveFile: (defaultName) => {
      offeredNames.push(defaultName);
      return answerDialog('save');
    },
    callMainOnly: (method, input) => toInvokeResult(() => core.invokeMainOnly(method, input)),
  });

  // "Save a copy…" of an attachment (src/main/attachments/saveCopyRoute.ts): a `save` dialog too,
  // whose answer is the full path of the copy.
  const attachmentCopies = createSaveCopyRoute({
    chooseSavePath: (defaultName) => {
      offeredNames.push(defaultName);
      return answerDialog('save');
    },
    callMainOnly: (method, input) => toInvokeResult(() => core.invokeMainOnly(method, input)),
  });

  // "Choose a file…" on the Import screen (src/main/import/importFileRoute.ts): a `file` dialog.
  const importFiles = createImportFileRoute({
    chooseFile: () => answerDialog('file'),
    callMainOnly: (method, input) => toInvokeResult(() => core.invokeMainOnly(method, input)),
  });

  // Travel mode (src/main/seizure/travelRoutes.ts): a `save` dialog for the trip's backup, a `file`
  // dialog for the backup or bundle that ends it.
  const travel = createTravelRoutes({
    chooseSaveFile: (defaultName) => {
      offeredNames.push(defaultName);
      return answerDialog('save');
    },
    chooseBackupFile: () => answerDialog('file'),
    chooseBundleFile: () => answerDialog('file'),
    callMainOnly: (method, input) => toInvokeResult(() => core.invokeMainOnly(method, input)),
  });

  return {
    core,
    vaultPath,
    exportsDir,
    readVaultBytes: () => readFileSync(vaultPath),
    readKeyFileBytes: () => readFileSync(keyFilePath(vaultPath)),
    async attach(context, appOrigin) {
      const adapter = createInvokeAdapter({
        isTrustedSender: trustedSenderCheck(appOrigin),
        callCore: (method, input) => toInvokeResult(() => core.invoke(method as MethodName, input)),
        shellRoutes: {
          ...bundles.routes,
          ...backups.routes,
          ...attachmentCopies.routes,
          ...importFiles.routes,
          ...travel.routes,
        } satisfies AllShellRoutes,
      });
      await context.exposeBinding(INVOKE_BINDING, (source, method: unknown, input: unknown) =>
        adapter({ url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }, method, input),
      );
      await context.addInitScript(installBridge, { invoke: INVOKE_BINDING, dispatch: DISPATCH_FUNCTION });
      contexts.add(context);
    },
    nextDialog(choice) {
      dialogAnswers.push(choice);
    },
    dialogs,
    offeredNames,
    progress,
    holdBundleAnswers() {
      let release: () => void = () => {};
      held = new Promise<void>((resolve) => {
        release = resolve;
      });
      return () => {
        held = undefined;
        release();
      };
    },
    dispose() {
      contexts.clear();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * `test` with a fresh vault per test. The `bridge` fixture is set up before the browser context,
 * and the overridden `context` wires itself to it, so every page already has `window.panoh` when
 * its first script runs. Launch options (Debian's Chromium, no sandbox) come from the project.
 */
export const test = base.extend<{ bridge: Bridge }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures name their dependencies by destructuring
  bridge: async ({}, use) => {
    const bridge = createBridge();
    try {
      await use(bridge);
    } finally {
      bridge.dispose();
    }
  },
  context: async ({ context, bridge, baseURL }, use) => {
    if (!baseURL) throw new Error('The bridge needs use.baseURL (the origin the renderer is served from).');
    await bridge.attach(context, new URL(baseURL).origin);
    await use(context);
  },
});

export { expect } from '@playwright/test';
