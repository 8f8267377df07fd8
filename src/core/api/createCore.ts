import type { z } from 'zod';
import {
  api,
  type CoreMethodName,
  type EventName,
  type EventPayload,
  isMainOnlyMethodName,
  isMethodName,
  isShellMethodName,
  type MainOnlyMethodName,
  type MainOnlyOutput,
  type MethodName,
  type MethodOutput,
  mainOnlyApi,
  type ParsedInput,
} from '../../shared/api/contract';
import { isPlainJson } from '../../shared/api/plainJson';
import { invalidInput, PanohError } from '../../shared/errors';
import type { AuditInput } from '../audit/auditLog';
import { classifyStorageError } from '../fs/fsErrors';
import { ImportFiles } from '../import/importSession';
import { PrefsStore } from '../prefs/prefsStore';
import { Workspace } from '../records/workspace';
import { type ExportTarget, setOfficeName } from '../reports/reportService';
import { type VaultOptions, VaultSession } from '../vault/vaultSession';
import { backupHandlers, backupMainOnlyHandlers, restoreMainOnlyHandlers } from './backupHandlers';
import { deadlineHandlers } from './deadlineHandlers';
import { documentHandlers } from './documentHandlers';
import { importHandlers, importMainOnlyHandlers } from './importHandlers';
import { protectionHandlers } from './protectionHandlers';
import { attachmentMainOnlyHandlers, recordsHandlers } from './recordsHandlers';
import { reportHandlers } from './reportHandlers';
import { searchHandlers } from './searchHandlers';
import { seizureHandlers, seizureMainOnlyHandlers } from './seizureHandlers';
import { RunningImport, syncHandlers, syncMainOnlyHandlers } from './syncHandlers';

export interface CoreOptions extends VaultOptions {
  vaultPath: string;
  /** Where preferences are kept; omitted, they live in memory (CLI, tests). */
  prefsPath?: string;
  /** Where exported PDFs and CSVs are written (the app's exports folder). */
  exportsDir?: string;
  /** Fixed creation time for exports (tests compare output byte for byte). */
  reportDate?: Date;
  /** Receives the core's events (lock, preference changes) for the shell to forward. */
  emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

/** Every method of the contract but those the main process answers with a dialog first. */
type Handlers = { [M in CoreMethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M> };

/** A method's schemas, as `invoke` and `invokeMainOnly` both use them. */
interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}

export interface Core {
  /** Validates the input against the contract, runs the method, validates the output. */
  invoke<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>>;
  /**
   * The same for a main-only method (a bundle file at a path the lawyer chose in a native dialog).
   * Only the shell calls this, never with anything the page sent as a path.
   */
  invokeMainOnly<M extends MainOnlyMethodName>(method: M, input: unknown): Promise<MainOnlyOutput<M>>;
  /** The open session, for in-process callers (CLI, tests) that need more than the API. */
  readonly vault: VaultSession;
  readonly prefs: PrefsStore;
  /** The unlocked vault's workspace (throws VAULT_LOCKED when locked). */
  workspace(): Workspace;
  /** The CLI names the exact output file of the next export. */
  setExportTarget(target: ExportTarget): void;
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  const vault = new VaultSession(options.vaultPath, options);
  const prefs = new PrefsStore(options.prefsPath);
  const emit = options.emit ?? (() => {});
  let workspace: Workspace | undefined;
  let exportTarget: ExportTarget = { exportsDir: options.exportsDir, generatedAt: options.reportDate };
  const importFiles = new ImportFiles();
  const runningImport = new RunningImport();
  /** A bundle import in progress: it pauses to listen for its cancellation, and lets nothing else in. */
  let exclusive: Promise<void> | undefined;

  /** The unlocked vault's records and services; built on first use after unlock, dropped on lock. */
  function ws(): Workspace {
    const db = vault.database();
    if (!workspace || workspace.db !== db) {
      workspace = new Workspace(db, { onAuditAppended: () => vault.noteAuditAppended() });
    }
    return workspace;
  }

  function audited(entry: AuditInput): void {
    ws().audit.append(entry);
  }

  /**
   * Emergency erase: audited first while the vault is still open (the entry stays in the file a
   * backup's key file can still open), then the key slots destroyed. Returns whether there was a vault.
   */
  function erase(): boolean {
    const existed = vault.exists();
    if (vault.isUnlocked) {
      try {
        audited({ action: 'erase', targetKind: 'vault' });
      } catch {
        // The erase must happen whatever the audit says (a full disk).
      }
    }
    workspace = undefined;
    importFiles.forget();
    vault.erase();
    emit('vault.erased', {});
    return existed;
  }

  /** A wrong passphrase that was the last allowed one erased the vault: the page must know. */
  async function opening(open: () => Promise<void>): Promise<void> {
    try {
      await open();
    } catch (error) {
      if (error instanceof PanohError && error.code === 'VAULT_ERASED') {
        workspace = undefined;
        emit('vault.erased', {});
      }
      throw error;
    }
  }

  /** Failed attempts before this unlock are said in its audit entry (a guessing attempt shows). */
  function failedDetail(): { detail?: { failedAttempts: number } } {
    const failed = vault.failedUnlocksBefore();
    return failed > 0 ? { detail: { failedAttempts: failed } } : {};
  }

  function lock(): void {
    try {
      // The lock itself is audited while the vault is still open.
      if (vault.isUnlocked) audited({ action: 'lock', targetKind: 'vault' });
    } catch {
      // A vault that cannot take the entry (damaged, or a full disk) is locked all the same: a
      // lock that failed would leave the key in memory and the records on screen.
    } finally {
      workspace = undefined;
      importFiles.forget();
      vault.lock();
    }
  }

  const handlers: Handlers = {
    'vault.status': () => {
      const seizure = vault.isUnlocked ? vault.seizureSettings() : vault.lockedSeizureStatus();
      return {
        exists: vault.exists(),
        unlocked: vault.isUnlocked,
        fileName: vault.fileName,
        ...(seizure.eraseShortcut ? { eraseShortcut: seizure.eraseShortcut } : {}),
        ...('attemptsLeft' in seizure && seizure.attemptsLeft !== undefined
          ? { attemptsLeft: seizure.attemptsLeft }
          : {}),
      };
    },
    'vault.create': async ({ passphrase, officeName, profileName }) => {
      const recoveryKey = await vault.create(passphrase);
      if (officeName) setOfficeName(ws(), officeName);
      if (profileName) ws().setProfileName(profileName);
      audited({ action: 'create', targetKind: 'vault' });
      return { recoveryKey };
    },
    'vault.unlock': async ({ passphrase }) => {
      await opening(() => vault.unlock(passphrase));
      audited({ action: 'unlock', targetKind: 'vault', ...failedDetail() });
      return {};
    },
    'vault.recover': async ({ recoveryKey, newPassphrase }) => {
      await opening(() => vault.recover(recoveryKey, newPassphrase));
      audited({ action: 'recover', targetKind: 'vault', ...failedDetail() });
      return {};
    },
    'vault.lock': ({ reason }) => {
      const wasUnlocked = vault.isUnlocked;
      lock();
      if (wasUnlocked) emit('vault.locked', { reason: reason ?? 'user' });
      return {};
    },
    'vault.changePassphrase': async ({ currentPassphrase, newPassphrase }) => {
      await vault.changePassphrase(currentPassphrase, newPassphrase);
      audited({ action: 'passphrase_change', targetKind: 'vault' });
      return {};
    },
    'vault.check': () => {
      const chain = ws().audit.verify();
      return {
        ...vault.check(),
        auditEntries: chain.entries,
        auditChain: chain.ok ? 'ok' : 'broken',
        ...(chain.brokenAt !== undefined ? { auditBrokenAt: chain.brokenAt } : {}),
      };
    },
    'prefs.get': () => prefs.get(),
    'prefs.set': (patch) => {
      const next = prefs.set(patch);
      emit('prefs.changed', next);
      return next;
    },
    ...recordsHandlers(ws),
    ...searchHandlers(ws),
    ...deadlineHandlers(ws),
    ...reportHandlers(ws, () => exportTarget),
    ...syncHandlers(ws, runningImport),
    ...backupHandlers(ws),
    ...importHandlers(
      ws,
      importFiles,
      () => exportTarget,
      (progress) => emit('import.progress', progress),
    ),
    ...documentHandlers(ws),
    ...protectionHandlers(ws, () => vault, audited),
    ...seizureHandlers(
      ws,
      () => vault,
      (settings) => emit('seizure.changed', settings),
    ),
  };
  // Each feature brings its own main-only handlers; the type makes a method without one fail typecheck.
  const mainOnlyHandlers: { [M in MainOnlyMethodName]: (input: never) => unknown } = {
    ...syncMainOnlyHandlers(ws, (progress) => emit('sync.progress', progress), runningImport),
    ...backupMainOnlyHandlers(ws, () => vault),
    ...restoreMainOnlyHandlers(() => vault, options, audited),
    ...attachmentMainOnlyHandlers(ws),
    ...importMainOnlyHandlers(importFiles),
    ...seizureMainOnlyHandlers(ws, () => vault, erase),
  };

  async function run(spec: MethodSpec, handler: (input: unknown) => unknown, input: unknown): Promise<unknown> {
    if (!isPlainJson(input)) throw new PanohError('INPUT_UNSUPPORTED');
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) throw invalidInput(parsed.error.issues);
    let result: unknown;
    try {
      result = await handler(parsed.data);
    } catch (error) {
      throw classifyStorageError(error);
    }
    return spec.output.parse(result);
  }

  /**
   * A bundle import runs in one transaction that stays open while it pauses: every other call
   * waits for its end (a read would see half an import, a write would join it and be rolled back
   * with it), except the one that cancels it.
   */
  async function gated<T>(method: string, work: () => Promise<T>): Promise<T> {
    if (method === 'sync.cancelImport') return work();
    while (exclusive) await exclusive;
    if (method !== 'sync.readBundle') return work();
    const running = work();
    const settled = running.then(
      () => {},
      () => {},
    );
    exclusive = settled;
    try {
      return await running;
    } finally {
      if (exclusive === settled) exclusive = undefined;
    }
  }

  async function invoke<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> {
    // A shell method needs a dialog the core cannot show; asked here, it is as unknown as any other.
    if (!isMethodName(method) || isShellMethodName(method)) throw new PanohError('UNKNOWN_METHOD');
    const handler = handlers[method as CoreMethodName] as (input: unknown) => unknown;
    return (await gated(method, () => run(api[method], handler, input))) as MethodOutput<M>;
  }

  async function invokeMainOnly<M extends MainOnlyMethodName>(method: M, input: unknown): Promise<MainOnlyOutput<M>> {
    if (!isMainOnlyMethodName(method)) throw new PanohError('UNKNOWN_METHOD');
    const handler = mainOnlyHandlers[method] as (input: unknown) => unknown;
    return (await gated(method, () => run(mainOnlyApi[method], handler, input))) as MainOnlyOutput<M>;
  }

  return {
    invoke,
    invokeMainOnly,
    vault,
    prefs,
    workspace: ws,
    close: lock,
    setExportTarget: (target) => {
      exportTarget = { ...exportTarget, ...target };
    },
  };
}
