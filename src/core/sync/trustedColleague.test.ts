import { createHash, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type ErrorCode, PanohError } from '../../shared/errors';
import type { BundleBlob, BundleChange } from '../../shared/sync/bundle';
import { type Env, fingerprintOfDevice, forgeBundle, office, send } from '../testing/syncOffice';
import { fingerprint as fileHashes, vaultFiles } from '../testing/tempVault';
import { prepared } from '../vault/prepared';
import { deviceIdentity } from './deviceIdentity';
import { formatHlc } from './hlc';
import { exportBundle, importBundle } from './syncService';

const opened: Env[] = [];
afterEach(() => {
  for (const env of opened.splice(0)) env.close();
});

/** Laptop A, and colleague B whose laptop A trusts (it has read a bundle from it). */
async function trustedPair(): Promise<[Env, Env]> {
  const [a, b] = await office(2);
  if (!a || !b) throw new Error('no office');
  opened.push(a, b);
  send(b, a);
  return [a, b];
}

/** A clock stamped by `env`'s device, `offsetMs` from now. */
function clockOf(env: Env, offsetMs = 0): string {
  return formatHlc({ millis: Date.now() + offsetMs, counter: 0 }, env.workspace.clock.deviceId);
}

function created(env: Env, tbl: BundleChange['tbl'], doc: Record<string, unknown>, extra: Partial<BundleChange> = {}) {
  const rowId = randomUUID();
  const change: BundleChange = {
    hlc: clockOf(env),
    tbl,
    rowId,
    field: '_created',
    value: JSON.stringify(doc),
    prevHlc: '',
  };
  return { rowId, change: { ...change, ...extra } };
}

function deleted(env: Env, tbl: BundleChange['tbl'], rowId: string): BundleChange {
  return { hlc: clockOf(env, 1), tbl, rowId, field: '_deleted', value: 'true', prevHlc: '' };
}

/** Imports the bundle and returns the error code; the vault must be byte for byte as before. */
function refusal(a: Env, path: string): ErrorCode | undefined {
  a.workspace.store.transaction(() => {});
  a.vault.flushAnchor();
  const before = fileHashes(vaultFiles(a.vaultPath));
  try {
    importBundle(a.workspace, { path });
  } catch (error) {
    if (!(error instanceof PanohError)) throw error;
    expect(fileHashes(vaultFiles(a.vaultPath))).toEqual(before);
    return error.code;
  }
  return undefined;
}

const count = (env: Env, sql: string, ...params: unknown[]) =>
  (prepared(env.workspace.db, sql).get(...params) as { n: number }).n;

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, 'latin1');
const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const blobOf = (bytes: Buffer): BundleBlob => ({
  sha256: createHash('sha256').update(bytes).digest('hex'),
  base64: bytes.toString('base64'),
});

describe("a trusted colleague's bundle is checked like any input", () => {
  it('refuses a record that fails its schema even when it arrives already deleted', async () => {
    const [a, b] = await trustedPair();
    const { rowId, change } = created(b, 'applicants', { familyName: '<img src=x onerror=alert(1)>', sex: 'unknown' });
    expect(refusal(a, forgeBundle(b, { changes: [change, deleted(b, 'applicants', rowId)] }))).toBe('BUNDLE_INVALID');
    const wrongType = created(b, 'applicants', { familyName: 'Тест', caseStatus: 42 });
    expect(refusal(a, forgeBundle(b, { changes: [wrongType.change, deleted(b, 'applicants', wrongType.rowId)] }))).toBe(
      'BUNDLE_INVALID',
    );
    expect(count(a, 'SELECT count(*) AS n FROM applicants WHERE deleted_at IS NOT NULL')).toBe(0);
  });

  it('refuses a change whose value is not JSON, with its own code rather than an internal error', async () => {
    const [a, b] = await trustedPair();
    const { change } = created(b, 'applicants', { familyName: 'Тест' });
    expect(refusal(a, forgeBundle(b, { changes: [{ ...change, value: '{not json' }] }))).toBe('BUNDLE_INVALID');
  });

  it('refuses scans whose bytes do not match their hash, size or type, and file names with folders', async () => {
    const [a, b] = await trustedPair();
    const owner = created(b, 'applicants', { familyName: 'Владелец' });
    const scan = pdf('скан решения');
    const good = blobOf(scan);
    const attachment = (doc: Record<string, unknown>) =>
      created(b, 'attachments', {
        ownerKind: 'applicant',
        ownerId: owner.rowId,
        fileName: 'decision.pdf',
        mimeType: 'application/pdf',
        size: scan.length,
        sha256: good.sha256,
        ...doc,
      }).change;
    const cases: [string, BundleChange, BundleBlob][] = [
      ['hash', attachment({}), { sha256: good.sha256, base64: pdf('подменённый скан').toString('base64') }],
      ['size', attachment({ size: scan.length + 10 }), good],
      ['type', attachment({ mimeType: 'image/png', sha256: blobOf(png).sha256, size: png.length }), blobOf(scan)],
      ['path', attachment({ fileName: '../../.bashrc' }), good],
      ['base64', attachment({}), { sha256: good.sha256, base64: `${good.base64}!!` }],
    ];
    for (const [what, change, blob] of cases) {
      expect(refusal(a, forgeBundle(b, { changes: [owner.change, change], blobs: [blob] })), what).toBe(
        'BUNDLE_INVALID',
      );
    }
    // The same bundle done right is taken in.
    expect(refusal(a, forgeBundle(b, { changes: [owner.change, attachment({})], blobs: [good] }))).toBeUndefined();
  });

  it('drops scans no record refers to, and refuses a small bundle that inflates into gigabytes', async () => {
    const [a, b] = await trustedPair();
    const { change } = created(b, 'applicants', { familyName: 'Одинокий' });
    const stray = blobOf(pdf('ничей файл'));
    expect(refusal(a, forgeBundle(b, { changes: [change], blobs: [stray] }))).toBeUndefined();
    expect(count(a, 'SELECT count(*) AS n FROM blobs')).toBe(0);

    // Four scans of zeros: 80 MB of data in about a hundred kilobytes of bundle.
    const zeros = Buffer.concat([pdf(''), Buffer.alloc(20 * 1024 * 1024 - 64)]);
    const bomb = [1, 2, 3, 4].map((n) => {
      const bytes = Buffer.from(zeros);
      bytes.writeUInt32BE(n, zeros.length - 4);
      return blobOf(bytes);
    });
    const path = forgeBundle(b, { changes: [created(b, 'applicants', { familyName: 'Бомба' }).change], blobs: bomb });
    expect(refusal(a, path)).toBe('BUNDLE_TOO_LARGE');
  }, 60_000);

  it('refuses version vectors decades ahead, and never believes a colleague holds more of its own changes than it made', async () => {
    const [a, b] = await trustedPair();
    const future = formatHlc({ millis: Date.now() + 40 * 365 * 86_400_000, counter: 0 }, a.workspace.clock.deviceId);
    const aId = a.workspace.clock.deviceId;
    const noChange = { changes: [] as BundleChange[] };
    expect(refusal(a, forgeBundle(b, { ...noChange, header: { vector: { [aId]: future } } }))).toBe('CLOCK_DRIFT');
    expect(refusal(a, forgeBundle(b, { ...noChange, header: { base: { [aId]: future } } }))).toBe('CLOCK_DRIFT');

    // A claim that B holds A's changes up to twelve hours from now (within the clock tolerance)
    // must not make A leave its later changes out of the bundles it writes for B.
    a.workspace.applicants.create({ familyName: 'Первая' });
    const ahead = { vector: { [aId]: clockOf(a, 12 * 3_600_000) } };
    expect(refusal(a, forgeBundle(b, { ...noChange, header: ahead }))).toBeUndefined();
    a.workspace.applicants.create({ familyName: 'Вторая' });
    const { path } = exportBundle(a.workspace, { folder: a.dir, all: false });
    importBundle(b.workspace, { path, trustFingerprint: fingerprintOfDevice(a) });
    const names = b.workspace.applicants.list({ sort: 'familyName', direction: 'asc', offset: 0, limit: 10 });
    expect(names.rows.map((row) => row.familyName)).toContain('Вторая');
  });

  it("refuses changes in the reader's own name that it never made, and clocks far ahead of the bundle's time", async () => {
    const [a, b] = await trustedPair();
    const inMyName = created(a, 'applicants', { familyName: 'Подделка' });
    expect(refusal(a, forgeBundle(b, { changes: [inMyName.change] }))).toBe('BUNDLE_INVALID');
    const late = created(b, 'applicants', { familyName: 'Опоздавший' });
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString();
    expect(refusal(a, forgeBundle(b, { changes: [late.change], header: { createdAt: threeDaysAgo } }))).toBe(
      'CLOCK_DRIFT',
    );
    const own = created(b, 'applicants', { familyName: 'Сверх вектора' });
    const beyond = forgeBundle(b, { changes: [own.change], header: { vector: {} } });
    expect(refusal(a, beyond)).toBe('BUNDLE_INVALID');
  });

  it('keeps an event for an applicant that does not exist out of sight, until the applicant arrives', async () => {
    const [a, b] = await trustedPair();
    const person = created(b, 'applicants', { familyName: 'Позже' });
    const event = created(b, 'events', { type: 'note', date: '2026-01', text: 'Запись', applicantId: person.rowId });
    const early = importBundle(a.workspace, { path: forgeBundle(b, { changes: [event.change] }) });
    expect(early.waiting).toBe(1);
    expect(count(a, 'SELECT count(*) AS n FROM events')).toBe(0);
    const later = importBundle(a.workspace, { path: forgeBundle(b, { changes: [person.change, event.change] }) });
    expect(later.waiting).toBe(0);
    expect(a.workspace.events.forApplicant(person.rowId)).toHaveLength(1);
  });

  it('stores device names without control or format characters', async () => {
    const [a, b] = await trustedPair();
    const path = forgeBundle(b, {
      changes: [],
      header: { sender: { ...forgeHeaderSender(b), name: 'Ноут\u001b]52;c;ZXZpbA==\u0007\u202E' } },
    });
    importBundle(a.workspace, { path });
    const names = (prepared(a.workspace.db, 'SELECT name FROM devices').all() as { name: string }[]).map((r) => r.name);
    expect(names.join('')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });
});

function forgeHeaderSender(env: Env) {
  const identity = deviceIdentity(env.workspace.db);
  return {
    deviceId: identity.deviceId,
    name: identity.name,
    publicKey: identity.publicKeyRaw.toString('base64'),
    kxKey: identity.kxPublicKeyRaw.toString('base64'),
  };
}
