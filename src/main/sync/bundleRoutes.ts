import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import {
  type InvokeResult,
  type MainOnlyInput,
  type MainOnlyMethodName,
  mainOnlyApi,
  type ParsedInput,
} from '../../shared/api/contract';
import type { BundleExportResult, BundleImportResult, syncShellMethods } from '../../shared/api/syncMethods';
import type { RoutesFor } from '../ipc/invokeAdapter';

/** How long a picked file is kept for the retry after its fingerprint was compared. */
export const BUNDLE_RETRY_MS = 10 * 60_000;

export interface BundleRouteOptions {
  /** Asks the lawyer for the folder to write a bundle into (the USB stick); undefined if cancelled. */
  chooseFolder(): Promise<string | undefined>;
  /** Asks the lawyer for a bundle file to read; undefined if cancelled. */
  chooseFile(): Promise<string | undefined>;
  /** A main-only call to the core (in Electron: the core process; in the e2e harness: in-process). */
  callMainOnly<M extends MainOnlyMethodName>(method: M, input: MainOnlyInput<M>): Promise<InvokeResult>;
  now?(): number;
  /** A fresh, unguessable retry token (32 hex digits). */
  newToken?(): string;
  retryMs?: number;
}

export interface BundleRoutes {
  /** The answers to `sync.exportBundle` and `sync.importBundle`, for the IPC gate. */
  routes: RoutesFor<(typeof syncShellMethods)[number]>;
  /** Forgets the file kept for a retry (the vault locked). */
  forget(): void;
}

const ok = <T>(value: T): InvokeResult => ({ ok: true, value });
const INTERNAL: InvokeResult = { ok: false, error: { code: 'INTERNAL' } };

/**
 * The main process's side of bundle export and import. The page only says what it wants; the
 * lawyer chooses the folder or file in a native dialog, and the path goes from here to the core
 * through a main-only method. Paths never travel to the page: an export answers with the file's
 * name, and a first bundle from an unknown computer answers BUNDLE_UNTRUSTED_DEVICE with the
 * sender's fingerprint and an opaque token; the file itself stays here, under that token, until
 * the lawyer confirms (or for `retryMs` at most, or until the vault locks). One file is kept at a
 * time: a new pick replaces it.
 */
export function createBundleRoutes(options: BundleRouteOptions): BundleRoutes {
  const now = options.now ?? Date.now;
  const newToken = options.newToken ?? (() => randomBytes(16).toString('hex'));
  const retryMs = options.retryMs ?? BUNDLE_RETRY_MS;
  let kept: { token: string; path: string; until: number } | undefined;

  const keep = (path: string): string => {
    const token = newToken();
    kept = { token, path, until: now() + retryMs };
    return token;
  };

  /** The kept file for this token, taken out (a token is good for one retry). */
  const take = (token: string): string | undefined => {
    const found = kept;
    if (!found || found.token !== token) return undefined;
    kept = undefined;
    return found.until > now() ? found.path : undefined;
  };

  const exportBundle = async ({ all }: ParsedInput<'sync.exportBundle'>): Promise<InvokeResult> => {
    const folder = await options.chooseFolder();
    if (folder === undefined) return ok<BundleExportResult>({ outcome: 'cancelled' });
    const result = await options.callMainOnly('sync.writeBundle', { folder, all });
    if (!result.ok) return result;
    const written = mainOnlyApi['sync.writeBundle'].output.safeParse(result.value);
    if (!written.success) return INTERNAL;
    return ok<BundleExportResult>({
      outcome: 'exported',
      fileName: basename(written.data.path),
      changes: written.data.changes,
    });
  };

  const importBundle = async ({ retry }: ParsedInput<'sync.importBundle'>): Promise<InvokeResult> => {
    let path: string | undefined;
    if (retry) {
      path = take(retry.token);
      if (path === undefined) return ok<BundleImportResult>({ outcome: 'expired' });
    } else {
      kept = undefined;
      path = await options.chooseFile();
      if (path === undefined) return ok<BundleImportResult>({ outcome: 'cancelled' });
    }
    const result = await options.callMainOnly(
      'sync.readBundle',
      retry ? { path, trustFingerprint: retry.trustFingerprint } : { path },
    );
    if (!result.ok) {
      if (result.error.code !== 'BUNDLE_UNTRUSTED_DEVICE') return result;
      // The core read the file from this path (not a copy), so a retry reads it again and checks
      // the fingerprint against the file as it is then: a file swapped meanwhile asks anew.
      return { ok: false, error: { ...result.error, params: { ...result.error.params, token: keep(path) } } };
    }
    const summary = mainOnlyApi['sync.readBundle'].output.safeParse(result.value);
    if (!summary.success) return INTERNAL;
    return ok<BundleImportResult>({ outcome: 'imported', ...summary.data });
  };

  return {
    routes: { 'sync.exportBundle': exportBundle, 'sync.importBundle': importBundle },
    forget: () => {
      kept = undefined;
    },
  };
}
