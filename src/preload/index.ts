/**
 * The preload (sandboxed, context-isolated): exposes `window.panoh` and nothing else. It must
 * import nothing at run time but 'electron' and ./bridge (bundled in).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('panoh', createBridge(ipcRenderer));
