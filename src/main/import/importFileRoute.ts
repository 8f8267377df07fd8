import { type InvokeResult, type MainOnlyInput, type MainOnlyMethodName, mainOnlyApi } from '../../shared/api/contract';
import type { importShellMethods } from '../../shared/api/importMethods';
import type { ChooseFileResult } from '../../shared/import/spreadsheetImport';
import type { RoutesFor } from '../ipc/invokeAdapter';

export interface ImportFileRouteOptions {
  /** Asks the lawyer for the list to import (.xlsx, .csv, .json); undefined if cancelled. */
  chooseFile(): Promise<string | undefined>;
  /** A main-only call to the core (in Electron: the core process; in the e2e harness: in-process). */
  callMainOnly<M extends MainOnlyMethodName>(method: M, input: MainOnlyInput<M>): Promise<InvokeResult>;
}

const INTERNAL: InvokeResult = { ok: false, error: { code: 'INTERNAL' } };

/**
 * The main process's side of "Choose a file…" on the Import screen: the native open dialog, then
 * the path goes to the core, which reads the file into its memory and answers with what it holds
 * under a token. The page learns the file's name and columns, never its folder.
 */
export function createImportFileRoute(options: ImportFileRouteOptions): {
  routes: RoutesFor<(typeof importShellMethods)[number]>;
} {
  const chooseFile = async (): Promise<InvokeResult> => {
    const path = await options.chooseFile();
    if (path === undefined) return { ok: true, value: { outcome: 'cancelled' } satisfies ChooseFileResult };
    const opened = await options.callMainOnly('import.openFile', { path });
    if (!opened.ok) return opened;
    const file = mainOnlyApi['import.openFile'].output.safeParse(opened.value);
    if (!file.success) return INTERNAL;
    return { ok: true, value: { outcome: 'opened', file: file.data } satisfies ChooseFileResult };
  };
  return { routes: { 'import.chooseFile': chooseFile } };
}
