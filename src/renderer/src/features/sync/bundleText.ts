import { bundleRetryTokenSchema, fingerprintSchema } from '../../../../shared/api/syncMethods';
import type { PanohError } from '../../../../shared/errors';
import type { SyncProgress } from '../../../../shared/sync/bundle';
import { errorMessage } from '../../forms/formMessages';
import type { Translate } from '../../i18n/I18nProvider';

export type BundleOperation = 'export' | 'import';

/** The phase in words: the same phase is different work in an export and in an import. */
export function phaseText(t: Translate, operation: BundleOperation, phase: SyncProgress['phase']): string {
  return t(`sync.progress.${operation}.${phase}`);
}

/** How full the bar is, 0–100; undefined while the phase has no known size (nothing to measure). */
export function progressPercent(progress: SyncProgress): number | undefined {
  if (progress.total <= 0) return undefined;
  return Math.min(100, Math.max(0, Math.round((progress.done / progress.total) * 100)));
}

/**
 * A refusal in the lawyer's words. Storage failures are named for where they happen: the stick
 * (or folder) when a bundle is written, the file or this computer's vault when one is read.
 */
export function bundleErrorMessage(t: Translate, operation: BundleOperation, error: PanohError): string {
  if (error.code === 'DISK_FULL') {
    return t(operation === 'export' ? 'sync.bundles.error.exportDiskFull' : 'sync.bundles.error.importDiskFull');
  }
  if (error.code === 'VAULT_FOLDER_READONLY') {
    return t(operation === 'export' ? 'sync.bundles.error.exportNotWritable' : 'sync.bundles.error.importNotReadable');
  }
  return errorMessage(t, error);
}

/**
 * The sender's fingerprint and the main process's retry token of a BUNDLE_UNTRUSTED_DEVICE
 * refusal; undefined for any other error, or if either is missing or malformed (then the plain
 * message, which names the fingerprint, is all the lawyer gets).
 */
export function untrustedSender(
  error: PanohError,
): { fingerprint: string; token: string; device?: string } | undefined {
  if (error.code !== 'BUNDLE_UNTRUSTED_DEVICE') return undefined;
  const fingerprint = fingerprintSchema.safeParse(error.params?.fingerprint);
  const token = bundleRetryTokenSchema.safeParse(error.params?.token);
  if (!fingerprint.success || !token.success) return undefined;
  const device = error.params?.device;
  return {
    fingerprint: fingerprint.data,
    token: token.data,
    ...(typeof device === 'string' && device.trim() ? { device: device.trim().slice(0, 120) } : {}),
  };
}
