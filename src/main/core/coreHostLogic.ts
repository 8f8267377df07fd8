import { type Core, type CoreOptions, createCore } from '../../core/api/createCore';
import { toInvokeResult } from '../../core/api/toInvokeResult';
import type { MainOnlyMethodName, MethodName } from '../../shared/api/contract';
import { PanohError } from '../../shared/errors';
import { type CoreConfig, describeError, type FromCore, isToCore } from './messages';

/** The part of Electron's `process.parentPort` the host uses. */
export interface HostPort {
  on(event: 'message', listener: (messageEvent: { data: unknown }) => void): unknown;
  postMessage(message: FromCore): void;
}

/**
 * Runs the core inside the utility process: the first message configures it, each later one is a
 * call `{id, method, input}` (the page's, or the main process's own main-only one) answered with
 * `{id, result}`; the core's events (a bundle's progress among them) go up as `{event, payload}`.
 * Failures cross as error codes only (toInvokeResult), and only their class name is logged.
 */
export function startCoreHost(
  port: HostPort,
  makeCore: (options: CoreOptions) => Core = createCore,
  log: (line: string) => void = (line) => console.error(line),
): void {
  let core: Core | undefined;

  const configure = (config: CoreConfig): void => {
    if (core) return;
    core = makeCore({
      vaultPath: config.vaultPath,
      prefsPath: config.prefsPath,
      ...(config.exportsDir ? { exportsDir: config.exportsDir } : {}),
      emit: (event, payload) => port.postMessage({ kind: 'event', event, payload }),
    });
  };

  port.on('message', ({ data }) => {
    if (!isToCore(data)) {
      log('[core] ignored a malformed message');
      return;
    }
    if (data.kind === 'configure') {
      configure(data.config);
      return;
    }
    const { id, kind, method, input } = data;
    const current = core;
    void toInvokeResult(
      async () => {
        if (!current) throw new PanohError('CORE_UNAVAILABLE');
        // Each kind reaches only its own table of methods (the core checks the name against it).
        return kind === 'invokeMainOnly'
          ? current.invokeMainOnly(method as MainOnlyMethodName, input)
          : current.invoke(method as MethodName, input);
      },
      (error) => log(`[core] internal error in ${method}: ${describeError(error)}`),
    ).then((result) => port.postMessage({ kind: 'result', id, result }));
  });
}
