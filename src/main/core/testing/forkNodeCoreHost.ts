import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { CORE_HEAP_FLAGS } from '../../../core/runtime/heapFlags';
import type { CoreChild } from '../coreProcess';

const HOST = join(__dirname, 'nodeCoreHost.ts');

/** Test-only: starts nodeCoreHost.ts in a Node child, as forkCoreHost.ts starts coreHost.js in Electron. */
export function forkNodeCoreHost(started: ChildProcess[]): CoreChild {
  const child = fork(HOST, [], {
    execArgv: ['--import', 'tsx', ...CORE_HEAP_FLAGS],
    // Structured clone, as Electron's utility process uses.
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  started.push(child);
  return {
    postMessage: (message) => child.send(message),
    onMessage: (listener) => {
      child.on('message', listener);
    },
    onExit: (listener) => {
      child.on('exit', (code) => listener(code ?? 0));
    },
    kill: () => {
      child.kill();
    },
  };
}
