import { describe, expect, it } from 'vitest';
import type { BundleChange } from '../../shared/sync/bundle';
import { purgeRecord } from '../records/purge';
import { confirmPurgeRequest, declinePurgeRequest, listPurgeRequests } from '../records/purgeRequests';
import { TEST_PASSPHRASE } from '../testing/openWorkspace';
import { decryptedPages, decryptedWal, holdsText } from '../testing/sqlcipherPages';
import { codeOf, type Env, fingerprintOfDevice, forgeBundle, officeForTests, send } from '../testing/syncOffice';
import { readKeyFile, unwrapWithPassphrase } from '../vault/keyFile';
import { openEncryptedDatabase } from '../vault/openDatabase';
import { deviceIdentity } from './deviceIdentity';
import { formatHlc } from './hlc';
import { importBundle } from './syncService';

const { devices, names } = officeForTests();

const marker = (rowId: string, field: '_purged' | '_deleted', hlc: string): BundleChange => ({
  tbl: 'applicants',
  rowId,
  field,
  value: 'true',
  prevHlc: '',
  hlc,
});

function threeApplicants(env: Env): string[] {
  return ['Первая', 'Вторая', 'Третья'].map((familyName) => env.workspace.applicants.create({ familyName }));
}

async function dataKeyOf(env: Env): Promise<Buffer> {
  const file = readKeyFile(env.vaultPath);
  const key = file && (await unwrapWithPassphrase(file.content, TEST_PASSPHRASE));
  if (!key) throw new Error('no key');
  return key;
}

describe('a colleague’s "delete forever"', () => {
  it('cannot be forged in the reader’s own name, nor erase records live there on a stolen laptop’s word', async () => {
    const [a, stolen] = await devices(2);
    if (!a || !stolen) throw new Error('no office');
    const ids = threeApplicants(a);
    send(a, stolen, true);
    const aId = deviceIdentity(a.workspace.db).deviceId;
    const trust = { trustFingerprint: fingerprintOfDevice(stolen) };

    // Purges stamped as A's own, which A never made: the whole bundle is refused.
    const inAsName = forgeBundle(stolen, {
      changes: ids.map((id, i) => marker(id, '_purged', formatHlc({ millis: 1, counter: i }, aId))),
    });
    expect(codeOf(() => importBundle(a.workspace, { path: inAsName, ...trust }))).toBe('BUNDLE_INVALID');
    expect(names(a)).toEqual(['Вторая', 'Первая', 'Третья']);

    // Purges in the stolen laptop's own name: held as requests, nothing erased.
    const stolenId = deviceIdentity(stolen.workspace.db).deviceId;
    const now = Date.now();
    const inOwnName = forgeBundle(stolen, {
      changes: ids.map((id, i) => marker(id, '_purged', formatHlc({ millis: now, counter: i }, stolenId))),
    });
    const summary = importBundle(a.workspace, { path: inOwnName, ...trust });
    expect(summary).toMatchObject({ received: 3, purged: 0, purgeRequests: 3 });
    expect(names(a)).toEqual(['Вторая', 'Первая', 'Третья']);
    expect(
      listPurgeRequests(a.workspace.db)
        .map((request) => request.id)
        .sort(),
    ).toEqual([...ids].sort());

    // The lawyer keeps one: it is no longer asked about, and the same bundle again asks nothing new.
    const [kept = ''] = ids;
    declinePurgeRequest(a.workspace, 'applicant', kept);
    expect(listPurgeRequests(a.workspace.db).map((request) => request.id)).not.toContain(kept);
    expect(importBundle(a.workspace, { path: inOwnName }).purgeRequests).toBe(0);
    expect(a.workspace.audit.list({ limit: 5 }).find((entry) => entry.action === 'purge_declined')).toMatchObject({
      targetId: kept,
    });

    // A deletion and a purge in one bundle: the records go to Recently deleted, restorable, and wait.
    const later = formatHlc({ millis: now + 10, counter: 0 }, stolenId);
    const both = forgeBundle(stolen, {
      changes: [
        marker(kept, '_deleted', later),
        marker(kept, '_purged', formatHlc({ millis: now + 11, counter: 0 }, stolenId)),
      ],
    });
    expect(importBundle(a.workspace, { path: both, ...trust })).toMatchObject({ purged: 0, purgeRequests: 1 });
    expect(a.workspace.applicants.get(kept, { allowDeleted: true }).deletedAt).not.toBeNull();
  });

  it('is carried out at once where the record was already deleted, with a content-free audit entry', async () => {
    const [a, b] = await devices(2);
    if (!a || !b) throw new Error('no office');
    const [id = ''] = threeApplicants(a);
    a.workspace.applicants.setDeleted(id, true);
    send(a, b, true);
    purgeRecord(a.workspace, 'applicant', id, { fromTrash: true });
    expect(send(a, b)).toMatchObject({ purged: 1, purgeRequests: 0 });
    expect(b.workspace.store.isPurged('applicants', id)).toBe(true);
    const entries = b.workspace.audit.list({ limit: 5 });
    expect(entries.find((entry) => entry.action === 'purge')).toMatchObject({
      targetId: id,
      detail: { rows: 1, reason: 'colleague' },
      fields: [],
    });
  });
});

describe('deleting one person forever', () => {
  it('keeps the group events they shared, without them, here and at a colleague', async () => {
    const [a, b] = await devices(2);
    if (!a || !b) throw new Error('no office');
    const [x = '', y = '', z = ''] = threeApplicants(a);
    const ev1 = a.workspace.events.create(x, { type: 'detention', date: '2026-10-02', otherApplicantIds: [y] });
    const ev2 = a.workspace.events.create(z, { type: 'detention', date: '2026-10-03', otherApplicantIds: [x] });
    const own = a.workspace.events.create(x, { type: 'note', date: '2026-10-04', text: 'Только о нём' });
    send(a, b, true);

    purgeRecord(a.workspace, 'applicant', x, { fromTrash: false });
    send(a, b);
    confirmPurgeRequest(b.workspace, 'applicant', x);

    for (const env of [a, b]) {
      const db = env.workspace.db;
      expect(env.workspace.events.forApplicant(y).map((event) => event.id)).toEqual([ev1]);
      expect(env.workspace.events.forApplicant(z).map((event) => event.id)).toEqual([ev2]);
      const doc = (id: string) =>
        JSON.parse((db.prepare('SELECT doc FROM events WHERE id = ?').get(id) as { doc: string }).doc);
      expect(doc(ev1)).toMatchObject({ applicantId: y });
      expect(doc(ev1).otherApplicantIds).toBeUndefined();
      expect(doc(ev2).otherApplicantIds).toBeUndefined();
      expect(db.prepare('SELECT count(*) AS n FROM event_people WHERE applicant_id = ?').get(x)).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM events WHERE id = ?').get(own)).toEqual({ n: 0 });
      expect(env.workspace.store.isPurged('events', ev1)).toBe(false);
    }
  });

  it('also erases what waited for them: a colleague’s event that arrived before the person', async () => {
    const [a, b, c] = await devices(3);
    if (!a || !b || !c) throw new Error('no office');
    const x = b.workspace.applicants.create({ familyName: 'Ждущая' });
    send(b, c, true);
    c.workspace.events.create(x, { type: 'note', date: '2026-10-05', text: 'WAITMARKER допрос в подвале' });
    const eventChanges = c.workspace.db
      .prepare("SELECT hlc, tbl, row_id AS rowId, field, value, prev_hlc AS prevHlc FROM changes WHERE tbl = 'events'")
      .all() as BundleChange[];
    const onlyTheEvent = forgeBundle(c, { changes: eventChanges });
    expect(importBundle(a.workspace, { path: onlyTheEvent, trustFingerprint: fingerprintOfDevice(c) }).waiting).toBe(1);

    purgeRecord(b.workspace, 'applicant', x, { fromTrash: false });
    expect(send(b, a).purged).toBeGreaterThanOrEqual(2);
    const db = a.workspace.db;
    expect(db.prepare("SELECT field FROM changes WHERE tbl = 'events'").pluck().all()).toEqual(['_purged']);
    expect(db.prepare('SELECT count(*) AS n FROM sync_waiting').get()).toEqual({ n: 0 });
    const key = await dataKeyOf(a);
    const plaintext = Buffer.concat([decryptedPages(a.vaultPath, key), decryptedWal(`${a.vaultPath}-wal`, key)]);
    expect(holdsText(plaintext, 'WAITMARKER')).toBe(false);
  });

  it('leaves no old trace at once: no other program can hold the vault open for reading meanwhile', async () => {
    const [a] = await devices(1);
    if (!a) throw new Error('no vault');
    const id = a.workspace.applicants.create({ familyName: 'Чтениемаркерова' });
    a.vault.flushAnchor();
    const key = await dataKeyOf(a);
    // A reader elsewhere (with the key, even) would pin old pages in the log; it is turned away.
    expect(codeOf(() => openEncryptedDatabase(a.vaultPath, key).close())).toBe('VAULT_IN_USE');
    expect(purgeRecord(a.workspace, 'applicant', id, { fromTrash: false })).toEqual({ purged: 1 });
    const plaintext = Buffer.concat([decryptedPages(a.vaultPath, key), decryptedWal(`${a.vaultPath}-wal`, key)]);
    expect(holdsText(plaintext, 'Чтениемаркерова')).toBe(false);
    a.vault.lock();
  });
});
