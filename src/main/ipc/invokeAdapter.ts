import {
  api,
  type InvokeResult,
  isMethodName,
  isShellMethodName,
  type ParsedInput,
  type ShellMethodName,
} from '../../shared/api/contract';
import { isPlainJson } from '../../shared/api/plainJson';
import { invalidInput, PanohError } from '../../shared/errors';
import { originOf } from '../security/origin';

/** What the adapter knows of the caller: the frame's URL and whether it is the top frame. */
export interface InvokeSender {
  url: string;
  isMainFrame: boolean;
}

/**
 * How the main process answers the methods it keeps for itself (a native dialog first, then a
 * main-only call to the core with the path chosen there). They receive the parsed input. Optional
 * per method because each feature (bundles, backup…) brings its own routes and the shell merges
 * them; a method with no route is answered UNKNOWN_METHOD, as below.
 */
export type ShellRoutes = {
  [M in ShellMethodName]?: (input: ParsedInput<M>) => Promise<InvokeResult>;
};

/** One feature's routes, every one of its methods answered. */
export type RoutesFor<M extends ShellMethodName> = Required<Pick<ShellRoutes, M>>;

/** What the shell wires: every shell method of the contract, so a forgotten route fails typecheck. */
export type AllShellRoutes = Required<ShellRoutes>;

export interface InvokeAdapterOptions {
  /** True only for the app's own page (its exact origin), never for a subframe or another URL. */
  isTrustedSender(sender: InvokeSender): boolean;
  /** Runs an already validated call in the core (in Electron: the core process; in tests: in-process). */
  callCore(method: string, input: unknown): Promise<InvokeResult>;
  /** The shell's own methods; without them (a shell that shows no dialogs) they are unknown. */
  shellRoutes?: ShellRoutes;
  /** Where an unexpected failure is reported; it receives no input data. */
  onInternalError?(method: string, error: unknown): void;
}

export type InvokeAdapter = (sender: InvokeSender, method: unknown, input: unknown) => Promise<InvokeResult>;

function refuse(error: PanohError): InvokeResult {
  return { ok: false, error: error.toPayload() };
}

/**
 * The renderer is treated as untrusted: this is the one gate between it and the core. It checks
 * who is calling, that the method exists, and that the input matches the contract, before the
 * core sees anything; and it never lets an exception (and its stack) cross back. Methods the shell
 * answers itself go to their route, never to the core as they are; main-only methods (paths) are
 * not in the contract, so they are refused here by name.
 * Electron's `ipcMain.handle` and the end-to-end harness both call this same function.
 */
export function createInvokeAdapter(options: InvokeAdapterOptions): InvokeAdapter {
  return async (sender, method, input) => {
    if (!options.isTrustedSender(sender)) return refuse(new PanohError('FORBIDDEN_SENDER'));
    if (!isMethodName(method)) return refuse(new PanohError('UNKNOWN_METHOD'));
    if (!isPlainJson(input)) return refuse(new PanohError('INPUT_UNSUPPORTED'));
    const parsed = api[method].input.safeParse(input ?? {});
    if (!parsed.success) return refuse(invalidInput(parsed.error.issues));
    try {
      if (isShellMethodName(method)) {
        const route = options.shellRoutes?.[method] as ((input: unknown) => Promise<InvokeResult>) | undefined;
        return route ? await route(parsed.data) : refuse(new PanohError('UNKNOWN_METHOD'));
      }
      return await options.callCore(method, input ?? {});
    } catch (error) {
      options.onInternalError?.(method, error);
      return refuse(new PanohError('CORE_UNAVAILABLE'));
    }
  };
}

/**
 * The app's page is served from one origin (a custom scheme in production, the dev server in
 * development). `originOf` is used rather than `URL#origin`, which Node reports as 'null' for a
 * custom scheme such as `panoh://app` (so a naive comparison would either refuse the app or, with
 * 'null' as the expected origin, accept any file: or data: page).
 */
export function trustedSenderCheck(appOrigin: string): (sender: InvokeSender) => boolean {
  return (sender) => sender.isMainFrame && originOf(sender.url) === appOrigin;
}
