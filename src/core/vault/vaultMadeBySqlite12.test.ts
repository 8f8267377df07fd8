import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../api/createCore';
import { exportBundle } from '../sync/syncService';
import { makeTempDir } from '../testing/tempVault';

/**
 * `fixtures/vault-sqlite12/` was written by Panoh as it stood before the move to
 * better-sqlite3-multiple-ciphers 13 (module 12.11.1 on Node 20): `vault init`, the demo import,
 * `applicant set` on one person and `office create`. The vault format must not change with the
 * module, so today's code has to open that very file, with its passphrase and with its recovery
 * key, and find every record and an unbroken audit chain in it.
 */
const FIXTURE = join(__dirname, '../../../fixtures/vault-sqlite12');
const PASSPHRASE = 'fixture passphrase for a vault made by sqlite 12';
const RECOVERY_KEY = 'TBR6-KMMH-WZK2-STB9-ZAF5-T7AH-XEZZ-04KF';
const EDITED_ID = 'd22355f6-a6c3-86f6-90fc-3a5405b5fe64';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;

beforeEach(() => {
  temp = makeTempDir();
  // Work on a copy: opening a vault writes to it (WAL, migrations), and the fixture must stay as made.
  for (const name of ['office.panoh', 'office.panoh.keys']) copyFileSync(join(FIXTURE, name), join(temp.dir, name));
  core = createCore({ vaultPath: join(temp.dir, 'office.panoh'), prefsPath: join(temp.dir, 'prefs.json') });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

describe('a vault written with better-sqlite3-multiple-ciphers 12', () => {
  it('opens with its passphrase, with every record and an unbroken audit chain', async () => {
    await core.invoke('vault.unlock', { passphrase: PASSPHRASE });
    const check = await core.invoke('vault.check', {});
    expect(check).toMatchObject({ cipher: 'sqlcipher', integrity: 'ok', plaintextHeader: false, auditChain: 'ok' });
    // Its version 1 key file (no MAC) is accepted as it is, then sealed with a MAC and an anchor.
    expect(check).toMatchObject({ keyFile: 'ok', recoveryKey: 'ok', auditAnchor: 'ok' });
    const keys = JSON.parse(readFileSync(join(temp.dir, 'office.panoh.keys'), 'utf8'));
    expect(keys).toMatchObject({ version: 2, mac: expect.any(String), audit: { seq: expect.any(Number) } });
    expect(check.auditEntries).toBeGreaterThanOrEqual(43);

    const list = await core.invoke('applicants.list', { offset: 0, limit: 50 });
    expect(list.total).toBe(6);
    expect(list.rows.map((row) => row.familyName).sort()).toEqual(
      ['Gʻofurov', 'Rahimova', 'Toktogulov', 'Асанова', 'Назаров', 'Yusupova'].sort(),
    );
    const edited = await core.invoke('applicants.get', { id: EDITED_ID });
    expect(edited.applicant).toMatchObject({ familyName: 'Gʻofurov', caseStatus: 'appeal', phone: '+77001234567' });

    // The search rows were written by the old module too: a Latin spelling finds the Cyrillic one.
    const nazarov = await core.invoke('search.query', { text: 'Nazarov', limit: 20 });
    expect(nazarov.applicants.map((hit) => hit.applicant.familyName)).toContain('Назаров');
    expect(await core.invoke('sync.status', {})).toMatchObject({ office: true });
    // Its office key moved to the table of keys by epoch, and bundles are written with it.
    expect(exportBundle(core.workspace(), { folder: temp.dir, all: true }).changes).toBeGreaterThan(0);
  });

  it('opens with its recovery key, which sets a new passphrase', async () => {
    await core.invoke('vault.recover', {
      recoveryKey: RECOVERY_KEY,
      newPassphrase: 'a new passphrase after sqlite 13',
    });
    await core.invoke('vault.lock', {});
    await core.invoke('vault.unlock', { passphrase: 'a new passphrase after sqlite 13' });
    expect((await core.invoke('applicants.list', { offset: 0, limit: 50 })).total).toBe(6);
  });
});
