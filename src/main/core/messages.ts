import type { InvokeResult } from '../../shared/api/contract';

/**
 * What the main process and the core's utility process say to each other. Paths travel in the
 * first message rather than on the command line, where any local user could read them.
 */
export interface CoreConfig {
  vaultPath: string;
  prefsPath: string;
  /** Where exported PDFs and CSVs are written (Documents/Panoh exports). */
  exportsDir?: string;
}

/**
 * `invoke` carries the page's calls (already checked by the IPC gate); `invokeMainOnly` carries the
 * main process's own calls that take a file path the lawyer chose in a native dialog. Two kinds, so
 * nothing the page sends can ever be read by the core host as a main-only call.
 */
export type ToCore =
  | { kind: 'configure'; config: CoreConfig }
  | { kind: 'invoke'; id: number; method: string; input: unknown }
  | { kind: 'invokeMainOnly'; id: number; method: string; input: unknown };

export type FromCore =
  | { kind: 'result'; id: number; result: InvokeResult }
  | { kind: 'event'; event: string; payload: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isToCore(value: unknown): value is ToCore {
  if (!isRecord(value)) return false;
  if (value.kind === 'configure') {
    const config = value.config;
    return (
      isRecord(config) &&
      typeof config.vaultPath === 'string' &&
      typeof config.prefsPath === 'string' &&
      (config.exportsDir === undefined || typeof config.exportsDir === 'string')
    );
  }
  return (
    (value.kind === 'invoke' || value.kind === 'invokeMainOnly') &&
    typeof value.id === 'number' &&
    typeof value.method === 'string'
  );
}

export function isFromCore(value: unknown): value is FromCore {
  if (!isRecord(value)) return false;
  if (value.kind === 'result') return typeof value.id === 'number' && isRecord(value.result);
  return value.kind === 'event' && typeof value.event === 'string';
}

/** What may be logged about a failure: its code or class name, never its message (paths, names). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.name} ${code}` : error.name;
  }
  return typeof error;
}
