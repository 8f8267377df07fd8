import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { eventPeople } from '../../shared/records/events';
import { BUNDLE_FORMAT } from '../../shared/sync/bundle';
import { backupVault } from '../backup/backupService';
import { restoreVault } from '../backup/restoreVault';
import { eventSpec } from '../records/specs';
import { Workspace } from '../records/workspace';
import { openTestWorkspace, TEST_PASSPHRASE } from '../testing/openWorkspace';
import { codeOf, forgeBundle } from '../testing/syncOffice';
import { fingerprint as fileHashes, TEST_SCRYPT, vaultFiles } from '../testing/tempVault';
import { LATEST_SCHEMA_VERSION } from '../vault/migrations';
import { prepared } from '../vault/prepared';
import { VaultSession } from '../vault/vaultSession';
import { BodyWriter, writeBundle } from './bundleFile';
import { deviceIdentity, fingerprintOf } from './deviceIdentity';
import { bundleKey, createOfficeKey, joinOffice, officeKey, officeKeyId } from './officeKey';
import { exportBundle, importBundle, listConflicts, listDevices, resolveConflict } from './syncService';

type Env = Awaited<ReturnType<typeof openTestWorkspace>>;
const opened: Env[] = [];
afterEach(() => {
  for (const env of opened.splice(0)) env.close();
});

async function office(count: number): Promise<Env[]> {
  const devices: Env[] = [];
  for (let i = 0; i < count; i++) {
    const env = await openTestWorkspace();
    opened.push(env);
    devices.push(env);
  }
  const first = devices[0];
  if (!first) throw new Error('no device');
  const words = createOfficeKey(first.workspace.db);
  for (const other of devices.slice(1)) joinOffice(other.workspace.db, words);
  return devices;
}

function fingerprintOfDevice(env: Env): string {
  return fingerprintOf(deviceIdentity(env.workspace.db).publicKeyRaw);
}

/** Export from one device and import into another, trusting the sender. */
function send(from: Env, to: Env, all = false) {
  const { path } = exportBundle(from.workspace, { folder: from.dir, all });
  return importBundle(to.workspace, { path, trustFingerprint: fingerprintOfDevice(from) });
}

function state(env: Env) {
  const tables = ['applicants', 'events', 'incidents', 'attachments', 'tasks'];
  return tables.flatMap((tbl) =>
    (
      prepared(env.workspace.db, `SELECT id, doc, deleted_at IS NOT NULL AS deleted FROM ${tbl} ORDER BY id`).all() as {
        id: string;
        doc: string;
        deleted: number;
      }[]
    ).map((row) => {
      const doc = JSON.parse(row.doc) as Record<string, unknown>;
      const sorted = Object.fromEntries(
        Object.keys(doc)
          .sort()
          .map((k) => [k, doc[k]]),
      );
      return `${tbl}/${row.id}/${row.deleted}/${JSON.stringify(sorted)}`;
    }),
  );
}

/** A record's creation as an older build put it in a bundle: one `_created` change in the device's name. */
function creationBy(device: Env) {
  const { deviceId } = deviceIdentity(device.workspace.db);
  return (millis: number, tbl: 'applicants' | 'events', rowId: string, doc: Record<string, unknown>) => ({
    hlc: `${String(millis).padStart(15, '0')}-00000-${deviceId}`,
    tbl,
    rowId,
    field: '_created',
    value: JSON.stringify(doc),
    prevHlc: '',
  });
}

/** An applicant's document as stored, every list there. */
function storedPerson(fields: Record<string, unknown>) {
  return {
    aliases: [],
    sex: 'unknown',
    citizenship: ['UZ'],
    languages: [],
    documents: [],
    familyLinks: [],
    vulnerabilities: [],
    caseStatus: 'intake',
    ...fields,
  };
}

/** One step of a property run: a bundle from one device to another (none to itself). */
function exchange(devices: Env[], step: { from: number; to: number; all: boolean }): void {
  const from = devices[step.from];
  const to = devices[step.to];
  if (from && to && from !== to) send(from, to, step.all);
}

/**
 * Incremental bundles only: three rounds in which everyone hears from everyone must be enough,
 * whatever partial bundles went where before.
 */
function settle(devices: Env[]): void {
  for (let round = 0; round < 3; round++) {
    for (const from of devices) for (const to of devices) if (from !== to) send(from, to, false);
  }
}

/** Closes a property run's devices at once (a run opens three; a hundred runs would fill the disk). */
function closeAll(devices: Env[]): void {
  for (const device of devices.splice(0)) {
    const index = opened.indexOf(device);
    if (index >= 0) opened.splice(index, 1);
    device.close();
  }
}

describe('office key', () => {
  it('is shown as 24 words that another device joins with; a mistyped word is caught', async () => {
    const [a, b] = await office(2);
    if (!a || !b) throw new Error('devices');
    expect(officeKey(a.workspace.db).equals(officeKey(b.workspace.db))).toBe(true);
    const env = await openTestWorkspace();
    opened.push(env);
    const words = createOfficeKey(env.workspace.db).split(' ');
    expect(words).toHaveLength(24);
    const other = await openTestWorkspace();
    opened.push(other);
    const typo = [...words.slice(0, 23), words[23] === 'abandon' ? 'ability' : 'abandon'].join(' ');
    expect(codeOf(() => joinOffice(other.workspace.db, typo))).toBe('OFFICE_KEY_INVALID');
    expect(codeOf(() => joinOffice(env.workspace.db, words.join(' ')))).toBe('OFFICE_ALREADY_SET');
  });
});

describe('bundles', () => {
  it('carry records, timelines, incidents and scans to a colleague; a second import changes nothing', async () => {
    const [a, b] = await office(2);
    if (!a || !b) throw new Error('devices');
    const id = a.workspace.applicants.create({ familyName: 'Назаров', givenName: 'Шерали', citizenship: ['TJ'] });
    a.workspace.events.create(id, {
      type: 'decision',
      decidedOn: '2026-08-15',
      outcome: 'refused',
      notifiedOn: '2026-08-19',
    });
    a.workspace.incidents.create({
      occurredOn: '2026-10-14',
      kind: 'threat',
      perpetrator: 'police',
      description: 'x',
      victimIds: [id],
    });
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
    a.workspace.attachments.add({
      ownerKind: 'applicant',
      ownerId: id,
      fileName: 'scan.png',
      contentBase64: png.toString('base64'),
    });

    const { path } = exportBundle(a.workspace, { folder: a.dir, all: true });
    expect(readFileSync(path).includes(Buffer.from('Назаров'))).toBe(false);
    expect(codeOf(() => importBundle(b.workspace, { path }))).toBe('BUNDLE_UNTRUSTED_DEVICE');
    const first = importBundle(b.workspace, { path, trustFingerprint: fingerprintOfDevice(a) });
    // One creation change per record: the applicant, the decision, the incident and the scan.
    expect(first.received).toBe(4);
    expect(state(b)).toEqual(state(a));
    expect(b.workspace.deadlines.forApplicant(id).map((d) => d.ruleId)).toEqual(['appeal_against_refusal']);
    expect(b.workspace.attachments.content(b.workspace.attachments.forOwner(id)[0]?.id ?? '').contentBase64).toBe(
      png.toString('base64'),
    );
    const again = importBundle(b.workspace, { path });
    expect(again).toMatchObject({ received: 0, conflicts: 0 });
    expect(state(b)).toEqual(state(a));
    expect(listDevices(b.workspace).map((d) => [d.name, d.self])).toEqual([
      [deviceIdentity(b.workspace.db).name, true],
      [deviceIdentity(a.workspace.db).name, false],
    ]);
    expect(b.workspace.audit.list({ limit: 1 })[0]).toMatchObject({ action: 'import', detail: { received: 0 } });
  });

  it('are refused, with the vault untouched, when damaged, truncated, altered, foreign or too new', async () => {
    const [a, b] = await office(2);
    if (!a || !b) throw new Error('devices');
    a.workspace.applicants.create({ familyName: 'Yusupova' });
    const { path } = exportBundle(a.workspace, { folder: a.dir, all: true });
    const good = readFileSync(path);
    const trust = fingerprintOfDevice(a);
    const before = fileHashes(vaultFiles(b.vaultPath));
    const attempt = (bytes: Buffer, name: string) => {
      const file = join(b.dir, name);
      writeFileSync(file, bytes);
      return codeOf(() => importBundle(b.workspace, { path: file, trustFingerprint: trust }));
    };
    const flipped = (offset: number) => {
      const copy = Buffer.from(good);
      copy[offset] = (copy[offset] ?? 0) ^ 0x01;
      return copy;
    };
    expect(attempt(flipped(40), 'header')).toBe('BUNDLE_DAMAGED');
    expect(attempt(flipped(Math.floor(good.length / 2) + 200), 'body')).toBe('BUNDLE_DAMAGED');
    expect(attempt(flipped(good.length - 10), 'signature')).toBe('BUNDLE_DAMAGED');
    expect(attempt(good.subarray(0, good.length - 100), 'truncated')).toBe('BUNDLE_DAMAGED');
    expect(attempt(Buffer.from('not a bundle'), 'garbage')).toBe('BUNDLE_DAMAGED');

    const [stranger] = await office(1);
    if (!stranger) throw new Error('device');
    stranger.workspace.applicants.create({ familyName: 'Чужой' });
    const foreign = exportBundle(stranger.workspace, { folder: stranger.dir, all: true });
    expect(
      codeOf(() => importBundle(b.workspace, { path: foreign.path, trustFingerprint: fingerprintOfDevice(stranger) })),
    ).toBe('BUNDLE_WRONG_OFFICE');

    const identity = deviceIdentity(a.workspace.db);
    const key = officeKey(a.workspace.db);
    const newer = writeBundle(
      {
        format: BUNDLE_FORMAT,
        version: 1,
        schemaVersion: LATEST_SCHEMA_VERSION + 1,
        office: officeKeyId(key),
        sender: {
          deviceId: identity.deviceId,
          name: identity.name,
          publicKey: identity.publicKeyRaw.toString('base64'),
        },
        createdAt: new Date().toISOString(),
        changes: 0,
        blobs: 0,
        base: {},
        vector: {},
      },
      new BodyWriter(),
      bundleKey(key),
      identity.privateKey,
    );
    expect(attempt(newer, 'newer')).toBe('BUNDLE_TOO_NEW');
    expect(fileHashes(vaultFiles(b.vaultPath))).toEqual(before);
    expect(b.workspace.applicants.list({ sort: 'familyName', direction: 'asc', offset: 0, limit: 10 }).total).toBe(0);
  });

  it('replays an old bundle after newer ones without going back in time', async () => {
    const [a, b] = await office(2);
    if (!a || !b) throw new Error('devices');
    const id = a.workspace.applicants.create({ familyName: 'Rahimova', caseStatus: 'intake' });
    const old = exportBundle(a.workspace, { folder: a.dir, all: false });
    importBundle(b.workspace, { path: old.path, trustFingerprint: fingerprintOfDevice(a) });
    a.workspace.applicants.update(id, { caseStatus: 'appeal' });
    send(a, b);
    expect(importBundle(b.workspace, { path: old.path })).toMatchObject({ received: 0 });
    expect(b.workspace.applicants.get(id).doc.caseStatus).toBe('appeal');
  });

  it('made after a bundle to one colleague still bring another everything, once it has been heard from', async () => {
    const [a, b, c] = await office(3);
    if (!a || !b || !c) throw new Error('devices');
    send(b, a);
    send(c, a);
    const id = a.workspace.applicants.create({ familyName: 'Назаров', phone: '1' });
    send(a, b);
    a.workspace.applicants.update(id, { phone: '2' });
    // A has heard from both: this bundle still carries the record C never received.
    const toC = send(a, c);
    expect(toC.waiting).toBe(0);
    expect(c.workspace.applicants.get(id).doc).toMatchObject({ familyName: 'Назаров', phone: '2' });
    expect(state(c)).toEqual(state(a));
  });

  it('that begin mid-record leave it waiting, out of sight, until a bundle brings the rest', async () => {
    const [a, b, c] = await office(3);
    if (!a || !b || !c) throw new Error('devices');
    const id = a.workspace.applicants.create({ familyName: 'Yusupova', phone: '1' });
    send(a, b);
    send(b, a);
    // A has heard only from B, which holds the record, so A's next bundle carries just the edit.
    a.workspace.applicants.update(id, { phone: '2' });
    const edit = send(a, c);
    expect(edit).toMatchObject({ received: 1, waiting: 1 });
    expect(c.workspace.applicants.list({ sort: 'familyName', direction: 'asc', offset: 0, limit: 10 }).total).toBe(0);
    expect(codeOf(() => c.workspace.applicants.get(id))).toBe('RECORD_NOT_FOUND');
    // C's next bundle tells B what C lacks; B's answer fills the gap.
    send(c, b);
    const rest = send(b, c);
    expect(rest.waiting).toBe(0);
    expect(c.workspace.applicants.get(id).doc).toMatchObject({ familyName: 'Yusupova', phone: '2' });
    expect(state(c)).toEqual(state(a));
  });

  it('bring a laptop restored from an old backup everything it lacks, as a new device', async () => {
    const [a, b] = await office(2);
    if (!a || !b) throw new Error('devices');
    const id = a.workspace.applicants.create({ familyName: 'Rahimova', phone: '1' });
    send(a, b);
    send(b, a);
    const backup = join(a.dir, 'backup.panoh');
    backupVault(a.workspace, a.vault, backup);
    // After the backup the old laptop changes more and sends it, then dies.
    a.workspace.applicants.update(id, { phone: '2' });
    const later = a.workspace.applicants.create({ familyName: 'Asanova' });
    send(a, b);

    const restoredPath = join(a.dir, 'restored.panoh');
    await restoreVault(backup, restoredPath, TEST_PASSPHRASE, { scrypt: TEST_SCRYPT });
    const session = new VaultSession(restoredPath, { scrypt: TEST_SCRYPT });
    await session.unlock(TEST_PASSPHRASE);
    const restored = { ...a, vault: session, vaultPath: restoredPath, workspace: new Workspace(session.database()) };
    try {
      expect(deviceIdentity(restored.workspace.db).deviceId).not.toBe(deviceIdentity(a.workspace.db).deviceId);
      expect(fingerprintOfDevice(restored)).not.toBe(fingerprintOfDevice(a));
      // The colleague confirms the new fingerprint once; then incremental bundles both ways suffice.
      send(restored, b);
      send(b, restored);
      expect(restored.workspace.applicants.get(id).doc.phone).toBe('2');
      expect(restored.workspace.applicants.get(later).doc.familyName).toBe('Asanova');
      expect(state(restored)).toEqual(state(b));
    } finally {
      session.lock();
    }
  });

  it('carry only what the least up-to-date colleague may lack', async () => {
    const [a, b] = await office(2);
    if (!a || !b) throw new Error('devices');
    const id = a.workspace.applicants.create({ familyName: 'Asanova' });
    for (let i = 0; i < 20; i++) a.workspace.applicants.create({ familyName: `Asanov ${i}` });
    const first = exportBundle(a.workspace, { folder: a.dir, all: false });
    expect(first.changes).toBe(21);
    importBundle(b.workspace, { path: first.path, trustFingerprint: fingerprintOfDevice(a) });
    // Until B answers, A cannot know B has it all, so A would send it all again.
    expect(exportBundle(a.workspace, { folder: a.dir, all: false }).changes).toBe(first.changes);
    send(b, a);
    a.workspace.applicants.update(id, { phone: '+7 701 000 00 00' });
    expect(exportBundle(a.workspace, { folder: a.dir, all: false }).changes).toBe(1);
    expect(exportBundle(a.workspace, { folder: a.dir, all: true }).changes).toBeGreaterThan(first.changes);
  });
});

describe('conflicts', () => {
  it("are recorded on both devices, and a lawyer's choice wins everywhere and clears them", async () => {
    const [a, b] = await office(2);
    if (!a || !b) throw new Error('devices');
    const id = a.workspace.applicants.create({ familyName: 'Gʻofurov', address: 'Алматы' });
    send(a, b, true);
    a.workspace.applicants.update(id, { address: 'Тараз, ул. Абая 5' });
    b.workspace.applicants.update(id, { address: 'Шымкент' });
    send(a, b);
    send(b, a);
    expect(state(a)).toEqual(state(b));
    const onA = listConflicts(a.workspace);
    const onB = listConflicts(b.workspace);
    expect(onA).toHaveLength(1);
    expect(onA.map((c) => [c.field, c.winner.value, c.loser.value])).toEqual(
      onB.map((c) => [c.field, c.winner.value, c.loser.value]),
    );
    const winner = onB[0]?.winner.value;
    const loser = onB[0]?.loser.value;
    expect([winner, loser].sort()).toEqual(['Тараз, ул. Абая 5', 'Шымкент'].sort());

    resolveConflict(b.workspace, onB[0]?.id ?? 0, 'loser');
    expect(listConflicts(b.workspace)).toEqual([]);
    send(b, a);
    expect(listConflicts(a.workspace)).toEqual([]);
    expect(a.workspace.applicants.get(id).doc.address).toBe(loser);
    expect(state(a)).toEqual(state(b));
  });

  it("are not raised when one device edited after seeing the other's change", async () => {
    const [a, b] = await office(2);
    if (!a || !b) throw new Error('devices');
    const id = a.workspace.applicants.create({ familyName: 'Yusupova', phone: '1' });
    send(a, b, true);
    b.workspace.applicants.update(id, { phone: '2' });
    send(b, a);
    a.workspace.applicants.update(id, { phone: '3' });
    send(a, b);
    expect(listConflicts(a.workspace)).toEqual([]);
    expect(listConflicts(b.workspace)).toEqual([]);
    expect(b.workspace.applicants.get(id).doc.phone).toBe('3');
  });
});

describe('conflicts and gaps', () => {
  it("are not left open when a colleague missed an edit between two of one lawyer's, once it arrives", async () => {
    const [a, b, c] = await office(3);
    if (!a || !b || !c) throw new Error('devices');
    const id = a.workspace.applicants.create({ familyName: 'Yusupova', phone: '1' });
    send(a, b, true);
    send(a, c, true);
    send(b, a);
    a.workspace.applicants.update(id, { phone: '2' });
    send(a, b);
    send(b, a);
    a.workspace.applicants.update(id, { phone: '3' });
    // A has heard from B only, so this bundle lacks the edit to '2' that C has not seen.
    send(a, c);
    send(c, a);
    send(a, c);
    expect(c.workspace.applicants.get(id).doc.phone).toBe('3');
    expect(listConflicts(c.workspace)).toEqual([]);
    expect(listConflicts(a.workspace)).toEqual([]);
  });
});

describe('convergence (property)', () => {
  it('three devices editing, deleting and exchanging in any order end with identical data and no false conflicts', async () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('create' as const),
        device: fc.nat(2),
        name: fc.constantFrom('Назаров', 'Yusupova', 'Gʻofurov'),
      }),
      fc.record({
        kind: fc.constant('edit' as const),
        device: fc.nat(2),
        target: fc.nat(20),
        field: fc.constantFrom('phone', 'caseStatus'),
        value: fc.constantFrom('a', 'b', 'c'),
      }),
      fc.record({ kind: fc.constant('delete' as const), device: fc.nat(2), target: fc.nat(20), deleted: fc.boolean() }),
      fc.record({ kind: fc.constant('exchange' as const), from: fc.nat(2), to: fc.nat(2), all: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 30 }), async (ops) => {
        const devices = await office(3);
        const [origin, ...others] = devices;
        if (!origin) throw new Error('devices');
        // Two people everyone already has, so concurrent edits of one field are common.
        const ids = [
          origin.workspace.applicants.create({ familyName: 'Рахимова' }),
          origin.workspace.applicants.create({ familyName: 'Asanova' }),
        ];
        for (const other of others) send(origin, other, true);
        // Who wrote each field (a creation writes its status): one writer alone never conflicts.
        const writers = new Map<string, Set<number>>();
        const wrote = (id: string, field: string, device: number) =>
          writers.set(`${id}/${field}`, (writers.get(`${id}/${field}`) ?? new Set()).add(device));
        for (const id of ids) wrote(id, 'caseStatus', 0);
        const known = (device: Env) =>
          ids.filter((id) =>
            prepared(device.workspace.db, 'SELECT 1 FROM applicants WHERE id = ? AND deleted_at IS NULL').get(id),
          );
        for (const step of ops) {
          if (step.kind === 'exchange') {
            exchange(devices, step);
            continue;
          }
          const device = devices[step.device];
          if (!device) continue;
          if (step.kind === 'create') {
            const id = device.workspace.applicants.create({ familyName: step.name });
            ids.push(id);
            wrote(id, 'caseStatus', step.device);
            continue;
          }
          const live = known(device);
          const target = live[step.target % Math.max(1, live.length)];
          if (!target) continue;
          if (step.kind === 'edit') {
            const value =
              step.field === 'caseStatus'
                ? ({ a: 'intake', b: 'appeal', c: 'refused' } as const)[step.value]
                : step.value;
            if (device.workspace.applicants.update(target, { [step.field]: value }).length > 0) {
              wrote(target, step.field, step.device);
            }
          } else {
            device.workspace.applicants.setDeleted(target, step.deleted);
            if (step.deleted) wrote(target, '_deleted', step.device);
          }
        }
        settle(devices);
        const [first, ...rest] = devices.map(state);
        for (const other of rest) expect(other).toEqual(first);
        for (const device of devices) expect(device.workspace.audit.verify().ok).toBe(true);
        for (const device of devices) {
          for (const open of listConflicts(device.workspace)) {
            expect(writers.get(`${open.rowId}/${open.field}`)?.size ?? 0).toBeGreaterThan(1);
          }
        }
        closeAll(devices);
      }),
      { numRuns: Number(process.env.PANOH_PROPERTY_RUNS ?? 30) },
    );
  }, 300_000);
});

/** What each vault derives from its records: who every event concerns, and every open deadline. */
function derived(env: Env) {
  const db = env.workspace.db;
  return {
    people: db.prepare('SELECT event_id, applicant_id FROM event_people ORDER BY 1, 2').all(),
    deadlines: db.prepare('SELECT key, applicant_id, due_on, warn_from, passes FROM deadlines ORDER BY key').all(),
  };
}

describe('events of a group, synced', () => {
  it('converge on every device, members and derived deadlines alike, whoever joins or leaves where', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('join' as const), device: fc.nat(2), person: fc.nat(4) }),
      fc.record({ kind: fc.constant('leave' as const), device: fc.nat(2), person: fc.nat(4) }),
      fc.record({ kind: fc.constant('place' as const), device: fc.nat(2), place: fc.constantFrom('ИВС', 'СИЗО') }),
      fc.record({ kind: fc.constant('exchange' as const), from: fc.nat(2), to: fc.nat(2), all: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 20 }), async (ops) => {
        const devices = await office(3);
        const [origin, ...others] = devices;
        if (!origin) throw new Error('devices');
        const people = ['Ташкентов', 'Самаркандов', 'Бухаров', 'Хивинов', 'Ферганов'].map((name) =>
          origin.workspace.applicants.create({ familyName: name }),
        );
        const [first = ''] = people;
        const event = origin.workspace.events.create(first, {
          type: 'detention',
          date: '2026-11-10',
          inCustody: true,
          custodyTerms: [{ kind: 'sanction', until: '2027-01-10' }],
          otherApplicantIds: people.slice(1, 3),
        });
        for (const other of others) send(origin, other, true);
        for (const step of ops) {
          if (step.kind === 'exchange') {
            exchange(devices, step);
            continue;
          }
          const device = devices[step.device];
          if (!device) continue;
          const current = device.workspace.store.require(eventSpec, event).doc;
          const members = eventPeople(current);
          const person = (step.kind === 'place' ? undefined : people[step.person]) ?? first;
          if (step.kind === 'leave') {
            if (members.length > 1 && members.includes(person)) device.workspace.events.removePerson(event, person);
            continue;
          }
          const { applicantId, ...fields } = current;
          const others = members.filter((member) => member !== applicantId);
          device.workspace.events.update(event, {
            ...fields,
            ...(step.kind === 'place' ? { place: step.place } : {}),
            otherApplicantIds: step.kind === 'join' ? [...others, person] : others,
          });
        }
        settle(devices);
        const [first0, ...rest] = devices.map((device) => ({ state: state(device), derived: derived(device) }));
        for (const other of rest) expect(other).toEqual(first0);
        // Each member's timeline holds the one event, and nobody else's does.
        const doc = origin.workspace.store.require(eventSpec, event).doc;
        for (const person of people) {
          const timeline = origin.workspace.events.forApplicant(person).map((e) => e.id);
          expect(timeline).toEqual(eventPeople(doc).includes(person) ? [event] : []);
        }
        closeAll(devices);
      }),
      { numRuns: Number(process.env.PANOH_PROPERTY_RUNS ?? 20) },
    );
  }, 300_000);

  it('from a build before groups (schema 6) are read as they were written', async () => {
    const [a, b] = await office(2);
    if (!a || !b) throw new Error('devices');
    const identity = deviceIdentity(a.workspace.db);
    const hlc = (millis: number) => `${String(millis).padStart(15, '0')}-00000-${identity.deviceId}`;
    const now = Date.now() - 60_000;
    const [applicant, other, event] = [
      '11111111-1111-4111-8111-111111111111',
      '22222222-2222-4222-8222-222222222222',
      '33333333-3333-4333-8333-333333333333',
    ];
    const person = (familyName: string) => storedPerson({ familyName });
    // As the schema 6 build writes them: a creation each, then the event moved to the other person.
    const creation = creationBy(a);
    const appeal = { type: 'appeal', filedOn: '2026-09-01', instance: 'first', hearings: ['2026-12-01'] };
    const file = forgeBundle(a, {
      changes: [
        creation(now, 'applicants', applicant, person('Юсупова')),
        creation(now + 1, 'applicants', other, person('Юсупов')),
        creation(now + 2, 'events', event, { ...appeal, outcome: 'pending', applicantId: applicant }),
        {
          hlc: hlc(now + 3),
          tbl: 'events',
          rowId: event,
          field: 'applicantId',
          value: JSON.stringify(other),
          prevHlc: hlc(now + 2),
        },
      ],
      header: { schemaVersion: 6 },
    });
    const result = importBundle(b.workspace, { path: file, trustFingerprint: fingerprintOfDevice(a) });
    expect(result).toMatchObject({ received: 4, conflicts: 0, waiting: 0 });
    expect(b.workspace.events.forApplicant(applicant)).toEqual([]);
    expect(b.workspace.events.forApplicant(other).map((e) => e.id)).toEqual([event]);
    expect(b.workspace.deadlines.forApplicant(other, '2026-11-27').map((d) => d.ruleId)).toEqual(['hearing_date']);
  });
});

describe('numbers from a build that kept the typed «№»', () => {
  it('are accepted from a colleague and stored once, without the sign', async () => {
    const [a, b] = await office(2);
    if (!a || !b) throw new Error('devices');
    const now = Date.now() - 60_000;
    const [applicant, event] = ['44444444-4444-4444-8444-444444444444', '55555555-5555-4555-8555-555555555555'];
    const person = storedPerson({ familyName: 'Назаров', documents: [{ kind: 'passport', number: '№ AA1234567' }] });
    const detention = {
      type: 'detention',
      date: '2026-05-12',
      caseNumber: '№ 2675-00-31-2026',
      applicantId: applicant,
    };
    const creation = creationBy(a);
    const file = forgeBundle(a, {
      changes: [creation(now, 'applicants', applicant, person), creation(now + 1, 'events', event, detention)],
    });
    expect(importBundle(b.workspace, { path: file, trustFingerprint: fingerprintOfDevice(a) })).toMatchObject({
      received: 2,
      waiting: 0,
    });
    expect(b.workspace.events.forApplicant(applicant)[0]?.event).toMatchObject({ caseNumber: '2675-00-31-2026' });
    expect(b.workspace.applicants.get(applicant).doc.documents[0]?.number).toBe('AA1234567');
  });
});
