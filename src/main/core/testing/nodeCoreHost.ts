/**
 * Test-only entry: the core host (coreHostLogic.ts, exactly as the utility process runs it) in a
 * plain Node child process, with Node's IPC channel standing in for Electron's parentPort.
 */
import { startCoreHost } from '../coreHostLogic';
import type { FromCore } from '../messages';

startCoreHost({
  on: (_event, listener) => process.on('message', (data) => listener({ data })),
  postMessage: (message: FromCore) => {
    process.send?.(message);
  },
});
