import { utilityProcess } from 'electron';
import { CORE_HEAP_FLAGS_ELECTRON } from '../../core/runtime/heapFlags';
import type { CoreChild } from './coreProcess';

/** Starts coreHost.js in an Electron utility process, as the transport coreProcess.ts expects. */
export function forkCoreHost(modulePath: string): CoreChild {
  const child = utilityProcess.fork(modulePath, [], {
    serviceName: 'Panoh core',
    stdio: 'inherit',
    execArgv: [...CORE_HEAP_FLAGS_ELECTRON],
  });
  return {
    postMessage: (message) => child.postMessage(message),
    onMessage: (listener) => {
      child.on('message', listener);
    },
    onExit: (listener) => {
      child.on('exit', listener);
    },
    kill: () => {
      child.kill();
    },
  };
}
