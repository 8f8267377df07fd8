import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PanohError } from '../../shared/errors';
import { applicantFieldsSchema } from '../../shared/records/applicant';
import type { SyncProgress } from '../../shared/sync/bundle';
import { type Core, createCore } from '../api/createCore';
import { applicantSpec } from '../records/specs';
import { fingerprint, makeTempDir, TEST_SCRYPT, vaultFiles } from '../testing/tempVault';
import { prepared } from '../vault/prepared';
import { exportBundle } from './syncService';

const PASSPHRASE = 'бюро в Таразе, отмена импорта';
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A core in a folder of its own, created and unlocked; its progress events go to `progress`. */
async function laptop(progress: (event: SyncProgress) => void = () => {}) {
  const temp = makeTempDir();
  const vaultPath = join(temp.dir, 'office.panoh');
  const core = createCore({
    vaultPath,
    scrypt: TEST_SCRYPT,
    emit: (event, payload) => {
      if (event === 'sync.progress') progress(payload as SyncProgress);
    },
  });
  cleanups.push(() => {
    core.close();
    temp.cleanup();
  });
  await core.invoke('vault.create', { passphrase: PASSPHRASE });
  return { core, vaultPath, dir: temp.dir };
}

/** More changes than one step of the import and one progress report of the merge. */
const PEOPLE = 6_000;

function addPeople(core: Core, count: number, prefix: string): void {
  const docs = Array.from({ length: count }, (_, i) =>
    applicantFieldsSchema.parse({ familyName: `${prefix}${i}`, givenName: 'Дилноза' }),
  );
  core.workspace().store.createMany(applicantSpec, docs);
}

const countOf = (core: Core, table: string) =>
  (prepared(core.workspace().db, `SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** The vault's files byte for byte, once every write has reached them. */
function filesOf(core: Core, vaultPath: string) {
  core.vault.flushAnchor();
  return fingerprint(vaultFiles(vaultPath));
}

describe('a bundle import cancelled from its progress panel', () => {
  it('stops while it runs, leaves the vault exactly as before, and a later import takes everything', async () => {
    const sender = await laptop();
    const { words } = await sender.core.invoke('sync.createOffice', {});
    addPeople(sender.core, PEOPLE, 'Юсупова');
    const { path } = exportBundle(sender.core.workspace(), { folder: sender.dir, all: true });
    const trustFingerprint = (await sender.core.invoke('sync.status', {})).device.fingerprint;

    let cancelled: Promise<{ cancelled: boolean }> | undefined;
    let merged = 0;
    const reader = await laptop((progress) => {
      if (progress.phase !== 'merging' || progress.done === 0) return;
      merged = progress.done;
      // Asked the way the page asks, while the import is in the middle of its merge.
      cancelled ??= reader.core.invoke('sync.cancelImport', {});
    });
    await reader.core.invoke('sync.joinOffice', { words });
    addPeople(reader.core, 3, 'Назаров');
    const before = filesOf(reader.core, reader.vaultPath);
    const rowsBefore = { applicants: countOf(reader.core, 'applicants'), changes: countOf(reader.core, 'changes') };

    const refusal = await reader.core.invokeMainOnly('sync.readBundle', { path, trustFingerprint }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(PanohError);
    expect((refusal as PanohError).code).toBe('BUNDLE_IMPORT_CANCELLED');
    expect(merged).toBeGreaterThan(0);
    expect(merged).toBeLessThan(PEOPLE);
    expect(await cancelled).toEqual({ cancelled: true });

    expect(filesOf(reader.core, reader.vaultPath)).toEqual(before);
    expect({ applicants: countOf(reader.core, 'applicants'), changes: countOf(reader.core, 'changes') }).toEqual(
      rowsBefore,
    );
    // Nothing of the sender was kept: not even the trust it would have earned.
    expect(countOf(reader.core, 'devices')).toBe(0);
    expect(await reader.core.invoke('sync.cancelImport', {})).toEqual({ cancelled: false });

    const summary = await reader.core.invokeMainOnly('sync.readBundle', { path, trustFingerprint });
    expect(summary).toMatchObject({ received: PEOPLE, conflicts: 0, waiting: 0 });
    expect(countOf(reader.core, 'applicants')).toBe(PEOPLE + 3);
    const found = await reader.core.invoke('search.query', { text: 'Юсупова' });
    expect(found.applicants.length).toBeGreaterThan(0);
  });

  it('keeps every other call out until it ends, so none sees half an import', async () => {
    const sender = await laptop();
    const { words } = await sender.core.invoke('sync.createOffice', {});
    addPeople(sender.core, 2_500, 'Каримов');
    const { path } = exportBundle(sender.core.workspace(), { folder: sender.dir, all: true });
    const trustFingerprint = (await sender.core.invoke('sync.status', {})).device.fingerprint;
    const reader = await laptop();
    await reader.core.invoke('sync.joinOffice', { words });

    const importing = reader.core.invokeMainOnly('sync.readBundle', { path, trustFingerprint });
    // Sent while the import pauses between its steps: answered only once it has committed.
    const listed = reader.core.invoke('applicants.list', { limit: 1 });
    await importing;
    expect((await listed).total).toBe(2_500);
  });
});
