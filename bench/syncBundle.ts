import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../src/core';
import { createCore } from '../src/core';
import { exportBundle, importBundle } from '../src/core/sync/syncService';

export interface BundleFigures {
  exportMs: number;
  importMs: number;
  changes: number;
  bytes: number;
}

/**
 * Export everything from the benchmark's vault as a USB bundle, and import it into a colleague's
 * empty vault (the first sync of a new laptop: the largest bundle an office makes).
 */
export async function benchBundle(
  core: Core,
  dir: string,
  passphrase: string,
  onMemory: () => void,
): Promise<BundleFigures> {
  const { words } = await core.invoke('sync.createOffice', {});
  const colleague = createCore({ vaultPath: join(dir, 'colleague.panoh') });
  try {
    await colleague.invoke('vault.create', { passphrase });
    await colleague.invoke('sync.joinOffice', { words });
    const { device } = await core.invoke('sync.status', {});

    let start = process.hrtime.bigint();
    const bundle = exportBundle(core.workspace(), { folder: dir, all: true, onProgress: onMemory });
    const exportMs = Number(process.hrtime.bigint() - start) / 1e6;
    onMemory();

    start = process.hrtime.bigint();
    importBundle(colleague.workspace(), {
      path: bundle.path,
      trustFingerprint: device.fingerprint,
      onProgress: onMemory,
    });
    const importMs = Number(process.hrtime.bigint() - start) / 1e6;
    onMemory();
    return { exportMs, importMs, changes: bundle.changes, bytes: statSync(bundle.path).size };
  } finally {
    colleague.close();
  }
}
