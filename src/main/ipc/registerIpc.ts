import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { type InvokeResult, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/api/contract';
import type { InvokeAdapter } from './invokeAdapter';

export interface IpcOptions {
  /** The one gate (invokeAdapter.ts), built with trustedSenderCheck(appOrigin). */
  adapter: InvokeAdapter;
  /** True only for the main window's own webContents. */
  isMainWindow(contents: WebContents): boolean;
}

/**
 * Handles `panoh:invoke`: a call is answered only for the main window's top frame on the app's
 * origin (the adapter checks the frame, this checks the webContents), and only after its input
 * has been parsed against the contract. Returns the function that removes the handler.
 */
export function createInvokeHandler(
  options: IpcOptions,
): (event: IpcMainInvokeEvent, method: unknown, input: unknown) => Promise<InvokeResult> {
  return async (event, method, input) => {
    if (!options.isMainWindow(event.sender)) return { ok: false, error: { code: 'FORBIDDEN_SENDER' } };
    const frame = event.senderFrame;
    return options.adapter({ url: frame?.url ?? '', isMainFrame: frame?.parent === null }, method, input);
  };
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, options: IpcOptions): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, createInvokeHandler(options));
  return () => ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
}

/** Sends the core's events to the window's page as `(name, payload)` on `panoh:event`. */
export function forwardCoreEvents(
  getContents: () => WebContents | undefined,
): (event: string, payload: unknown) => void {
  return (event, payload) => {
    const contents = getContents();
    if (!contents || contents.isDestroyed()) return;
    contents.send(IPC_EVENT_CHANNEL, event, payload);
  };
}
