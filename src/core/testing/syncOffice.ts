import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type ErrorCode, PanohError } from '../../shared/errors';
import type { BundleBlob, BundleChange, BundleHeader } from '../../shared/sync/bundle';
import { BodyWriter, writeBundle } from '../sync/bundleFile';
import { deviceIdentity, fingerprintOf } from '../sync/deviceIdentity';
import { bundleKey, createOfficeKey, currentOfficeKey, joinOffice } from '../sync/officeKey';
import { bundleHeader, exportBundle, importBundle } from '../sync/syncService';
import { ownVector } from '../sync/versionVectors';
import { openTestWorkspace } from './openWorkspace';

export type Env = Awaited<ReturnType<typeof openTestWorkspace>>;

/** `count` vaults in one office; the caller closes them (`env.close()`). */
export async function office(count: number): Promise<Env[]> {
  const devices: Env[] = [];
  for (let i = 0; i < count; i++) devices.push(await openTestWorkspace());
  const [first, ...others] = devices;
  if (!first) throw new Error('no device');
  const words = createOfficeKey(first.workspace.db);
  for (const other of others) joinOffice(other.workspace.db, words);
  return devices;
}

/**
 * For a test file: `devices(n)` opens an office of `n` vaults that are closed after each test, and
 * `names(env)` lists a vault's applicants by family name.
 */
export function officeForTests() {
  const opened: Env[] = [];
  afterEach(() => {
    for (const env of opened.splice(0)) env.close();
  });
  return {
    async devices(count: number): Promise<Env[]> {
      const made = await office(count);
      opened.push(...made);
      return made;
    },
    names: (env: Env) =>
      env.workspace.applicants
        .list({ sort: 'familyName', direction: 'asc', offset: 0, limit: 50 })
        .rows.map((r) => r.familyName),
  };
}

/** The code of a refusal (a PanohError), or undefined when the work went through. */
export function codeOf(run: () => unknown): ErrorCode | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof PanohError) return error.code;
    throw error;
  }
  return undefined;
}

export function fingerprintOfDevice(env: Env): string {
  return fingerprintOf(deviceIdentity(env.workspace.db).publicKeyRaw);
}

/** Export from one device and import into another, trusting the sender. */
export function send(from: Env, to: Env, all = false) {
  const { path } = exportBundle(from.workspace, { folder: from.dir, all });
  return importBundle(to.workspace, { path, trustFingerprint: fingerprintOfDevice(from) });
}

/**
 * What a stolen, still trusted laptop can write: a bundle properly encrypted with the office key
 * and signed with the laptop's own key, holding whatever changes, scans and header its holder
 * wants. Its own forged changes are covered by its vector, as a real bundle's would be.
 */
export function forgeBundle(
  from: Env,
  parts: { changes: BundleChange[]; blobs?: BundleBlob[]; header?: Partial<BundleHeader> },
): string {
  const db = from.workspace.db;
  const identity = deviceIdentity(db);
  const office = currentOfficeKey(db);
  if (!office) throw new Error('no office');
  const body = new BodyWriter();
  const order = (c: BundleChange) => `${c.tbl}\u0000${c.rowId}\u0000${c.field}\u0000${c.hlc}`;
  for (const change of [...parts.changes].sort((a, b) => (order(a) < order(b) ? -1 : 1))) body.addChange(change);
  for (const blob of parts.blobs ?? []) body.addBlob(blob);
  const vector = ownVector(db, identity.deviceId);
  for (const change of parts.changes) {
    if (change.hlc.endsWith(identity.deviceId) && change.hlc > (vector[identity.deviceId] ?? '')) {
      vector[identity.deviceId] = change.hlc;
    }
  }
  const header: BundleHeader = {
    ...bundleHeader(db, identity, office, {
      createdAt: new Date(),
      changes: body.changes,
      blobs: body.blobs,
      base: {},
      vector,
    }),
    ...parts.header,
  };
  const bytes = writeBundle(header, body, bundleKey(office.key), identity.privateKey);
  const path = join(from.dir, `forged-${Math.random().toString(16).slice(2)}.panohsync`);
  writeFileSync(path, bytes);
  return path;
}
