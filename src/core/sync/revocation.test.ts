import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT } from '../../shared/sync/bundle';
import { codeOf, type Env, fingerprintOfDevice, forgeBundle, officeForTests, send } from '../testing/syncOffice';
import { prepared } from '../vault/prepared';
import { readBundleFrame } from './bundleFile';
import { deviceIdentity } from './deviceIdentity';
import { formatHlc, parseHlc } from './hlc';
import { currentOfficeKey, joinOffice, rotateOfficeKey } from './officeKey';
import { revokeDevice } from './revocation';
import { exportBundle, importBundle, listDevices } from './syncService';

const { devices, names } = officeForTests();
const bundleFrom = (env: Env) => exportBundle(env.workspace, { folder: env.dir, all: false }).path;

/** Revokes `lost` on `on` (and rotates the office key), as the app's "Revoke" does. */
function revoke(on: Env, lost: Env): string {
  return on.workspace.store.transaction(() => {
    revokeDevice(on.workspace.db, fingerprintOfDevice(lost), deviceIdentity(on.workspace.db));
    return rotateOfficeKey(on.workspace.db);
  });
}

/** Everyone has heard from everyone; then A revokes the lost laptop, which the relay has not heard of yet. */
function revokeAfterExchange(a: Env, relay: Env, lost: Env): void {
  for (const [from, to] of [
    [lost, a],
    [lost, relay],
    [relay, a],
    [a, relay],
  ] as const)
    send(from, to);
  revoke(a, lost);
}

describe('office key rotation and device revocation', () => {
  it("refuses a lost laptop's bundles everywhere once revoked, and moves the others to a new key", async () => {
    const [a, b, lost] = await devices(3);
    if (!a || !b || !lost) throw new Error('no office');
    // Everyone has read everyone's bundle once, so each knows the others' keys.
    for (const [from, to] of [
      [a, b],
      [b, a],
      [lost, a],
      [a, lost],
      [lost, b],
      [b, lost],
    ] as const)
      send(from, to);
    const keyBefore = currentOfficeKey(a.workspace.db)?.keyId;

    revoke(a, lost);
    expect(listDevices(a.workspace).find((d) => d.deviceId === lost.workspace.clock.deviceId)?.revokedAt).toBeTruthy();
    lost.workspace.applicants.create({ familyName: 'ПослеПотери' });
    const fromLost = bundleFrom(lost);
    expect(codeOf(() => importBundle(a.workspace, { path: fromLost }))).toBe('BUNDLE_REVOKED_DEVICE');

    // A's next bundle uses the new key and announces it; B takes it over and learns the revocation.
    a.workspace.applicants.create({ familyName: 'Новый ключ' });
    const fromA = bundleFrom(a);
    const header = readBundleFrame(readFileSync(fromA)).header;
    expect(header.office).not.toBe(keyBefore);
    expect(header.announcement?.wraps.map((w) => w.deviceId)).toEqual([b.workspace.clock.deviceId]);
    importBundle(b.workspace, { path: fromA });
    expect(currentOfficeKey(b.workspace.db)?.keyId).toBe(header.office);
    expect(names(b)).toContain('Новый ключ');
    expect(codeOf(() => importBundle(b.workspace, { path: fromLost }))).toBe('BUNDLE_REVOKED_DEVICE');

    // The lost laptop cannot read what the office writes now.
    expect(codeOf(() => importBundle(lost.workspace, { path: fromA }))).toBe('OFFICE_KEY_CHANGED');
    b.workspace.applicants.create({ familyName: 'От Б' });
    const fromB = bundleFrom(b);
    expect(readBundleFrame(readFileSync(fromB)).header.office).toBe(header.office);
    expect(codeOf(() => importBundle(lost.workspace, { path: fromB }))).toBe('OFFICE_KEY_CHANGED');
    importBundle(a.workspace, { path: fromB });
    expect(names(a)).toContain('От Б');
    expect(names(a)).not.toContain('ПослеПотери');
  });

  it("drops the lost laptop's later changes when a colleague who had not heard of the revocation relays them", async () => {
    const [a, relay, lost] = await devices(3);
    if (!a || !relay || !lost) throw new Error('no office');
    revokeAfterExchange(a, relay, lost);
    lost.workspace.applicants.create({ familyName: 'Поддельная' });
    // The relay reads the lost laptop's bundle before A's announcement reaches it.
    importBundle(relay.workspace, { path: bundleFrom(lost) });
    relay.workspace.applicants.create({ familyName: 'Настоящая' });
    const summary = importBundle(a.workspace, { path: bundleFrom(relay) });
    expect(summary.ignored).toBeGreaterThan(0);
    expect(names(a)).toContain('Настоящая');
    expect(names(a)).not.toContain('Поддельная');
  });

  it('drops what a revoked laptop relays through a colleague even when it backdates its clock below the cut-off', async () => {
    const [a, relay, lost] = await devices(3);
    if (!a || !relay || !lost) throw new Error('no office');
    lost.workspace.applicants.create({ familyName: 'До потери' });
    revokeAfterExchange(a, relay, lost);
    const lostId = deviceIdentity(lost.workspace.db).deviceId;
    const cutoff = prepared(a.workspace.db, 'SELECT after_hlc FROM revoked_devices WHERE device_id = ?')
      .pluck()
      .get(lostId) as string;
    const id = lost.workspace.applicants.create({ familyName: 'Поддельная' });
    const created = prepared(
      lost.workspace.db,
      "SELECT tbl, row_id AS rowId, field, value, prev_hlc AS prevHlc FROM changes WHERE row_id = ? AND field = '_created'",
    ).get(id) as { tbl: 'applicants'; rowId: string; field: string; value: string; prevHlc: string };
    // The lost laptop's holder stamps the change just before the newest one the revoker held.
    const hlc = formatHlc({ millis: parseHlc(cutoff).millis - 5, counter: 0 }, lostId);
    const forged = forgeBundle(lost, { changes: [{ ...created, hlc }] });
    expect(importBundle(relay.workspace, { path: forged }).received).toBe(1);
    const summary = importBundle(a.workspace, {
      path: exportBundle(relay.workspace, { folder: relay.dir, all: true }).path,
    });
    expect(summary.ignored).toBeGreaterThan(0);
    expect(names(a)).not.toContain('Поддельная');
  });

  it('lets a computer that was never sent the new key join it with the 24 words', async () => {
    const [a, quiet] = await devices(2);
    if (!a || !quiet) throw new Error('no office');
    send(a, quiet);
    // A never read a bundle from `quiet`, so it has no key to wrap the new office key to.
    const words = a.workspace.store.transaction(() => rotateOfficeKey(a.workspace.db));
    a.workspace.applicants.create({ familyName: 'После смены' });
    const path = bundleFrom(a);
    expect(codeOf(() => importBundle(quiet.workspace, { path }))).toBe('OFFICE_KEY_CHANGED');
    joinOffice(quiet.workspace.db, words);
    importBundle(quiet.workspace, { path });
    expect(names(quiet)).toContain('После смены');
    expect(codeOf(() => joinOffice(quiet.workspace.db, words))).toBe('OFFICE_ALREADY_SET');
  });

  it('still reads bundles written before this version (format 2: no key-agreement key, no announcement)', async () => {
    const [a, b] = await devices(2);
    if (!a || !b) throw new Error('no office');
    const identity = deviceIdentity(b.workspace.db);
    const old = forgeBundle(b, {
      changes: [],
      header: {
        format: BUNDLE_FORMAT,
        version: 2,
        sender: {
          deviceId: identity.deviceId,
          name: identity.name,
          publicKey: identity.publicKeyRaw.toString('base64'),
        },
        auditHead: undefined,
      },
    });
    const summary = importBundle(a.workspace, { path: old, trustFingerprint: fingerprintOfDevice(b) });
    expect(summary).toMatchObject({ received: 0, known: 0 });
    expect(prepared(a.workspace.db, 'SELECT kx_public_key FROM devices').pluck().get()).toBe('');
  });

  it('refuses to revoke this computer itself or an unknown fingerprint', async () => {
    const [a] = await devices(1);
    if (!a) throw new Error('no office');
    expect(codeOf(() => revokeDevice(a.workspace.db, fingerprintOfDevice(a), deviceIdentity(a.workspace.db)))).toBe(
      'DEVICE_SELF',
    );
    expect(codeOf(() => revokeDevice(a.workspace.db, '0000-0000-0000-0000-0000', deviceIdentity(a.workspace.db)))).toBe(
      'DEVICE_NOT_FOUND',
    );
  });
});
