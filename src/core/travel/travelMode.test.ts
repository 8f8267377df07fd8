import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBundle } from '../sync/syncService';
import { TEST_PASSPHRASE } from '../testing/openWorkspace';
import { decryptedPages, decryptedWal, holdsText } from '../testing/sqlcipherPages';
import { codeOf, type Env, office, send } from '../testing/syncOffice';
import { readKeyFile, unwrapWithPassphrase } from '../vault/keyFile';
import { endTravelFromBackup, endTravelFromBundle, startTravel } from './travelMode';
import { travelState } from './travelState';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n% Бобоев scan\ntrailer << >>\n%%EOF\n', 'latin1');

let envs: Env[] = [];
afterEach(() => {
  for (const env of envs.splice(0)) env.close();
});

/** Every applicant as a comparable list: id, names, phone, deleted or not. */
function people(env: Env) {
  return (
    env.workspace.db.prepare('SELECT id, doc, deleted_at FROM applicants ORDER BY id').all() as {
      id: string;
      doc: string;
      deleted_at: string | null;
    }[]
  ).map((row) => {
    const doc = JSON.parse(row.doc) as { familyName: string; phone?: string };
    return { id: row.id, familyName: doc.familyName, phone: doc.phone ?? null, deleted: row.deleted_at !== null };
  });
}

function events(env: Env): string[] {
  return env.workspace.db.prepare('SELECT id FROM events ORDER BY id').pluck().all() as string[];
}

/** Sends each vault's bundle to every other, twice round, as an office passing sticks would. */
function syncAll(vaults: Env[]): void {
  for (let round = 0; round < 2; round++) {
    for (const from of vaults) for (const to of vaults) if (from !== to) send(from, to);
  }
}

async function plaintextOf(env: Env): Promise<Buffer> {
  const file = readKeyFile(env.vaultPath);
  const key = file && (await unwrapWithPassphrase(file.content, TEST_PASSPHRASE));
  if (!key) throw new Error('no key');
  env.workspace.db.pragma('wal_checkpoint(TRUNCATE)');
  return Buffer.concat([decryptedPages(env.vaultPath, key), decryptedWal(`${env.vaultPath}-wal`, key)]);
}

/**
 * An office of three: A (the laptop that travels) holds five applicants, one of them B's, with a
 * timeline, an incident and a scan; everyone has synced.
 */
async function officeOfThree() {
  envs = await office(3);
  const [a, b, c] = envs as [Env, Env, Env];
  const ws = a.workspace;
  const aliev = ws.applicants.create({ familyName: 'Алиев', givenName: 'Рустам' });
  const boboev = ws.applicants.create({ familyName: 'Бобоев', givenName: 'Фаррух' });
  const valieva = ws.applicants.create({
    familyName: 'Валиева',
    givenName: 'Мадина',
    familyLinks: [{ applicantId: aliev, relation: 'spouse' }],
  });
  ws.events.create(boboev, { type: 'note', date: '2026-11-01', text: 'Бобоев был задержан на границе' });
  ws.events.create(aliev, { type: 'note', date: '2026-11-02', text: 'Алиев подал апелляцию' });
  // One event of a group, recorded for Boboev, that concerns Aliev too.
  const group = ws.events.create(boboev, {
    type: 'note',
    date: '2026-11-03',
    text: 'Задержаны вместе на посту',
    otherApplicantIds: [aliev],
  });
  ws.attachments.add({
    ownerKind: 'applicant',
    ownerId: boboev,
    fileName: 'decision.pdf',
    contentBase64: PDF.toString('base64'),
  });
  ws.incidents.create({
    occurredOn: '2026-10-20',
    place: 'Тараз',
    kind: 'police_visit',
    perpetrator: 'police',
    description: 'Визит полиции к Бобоеву',
    victimIds: [boboev],
  });
  const shared = ws.incidents.create({
    occurredOn: '2026-10-25',
    place: 'Шымкент',
    kind: 'threat',
    perpetrator: 'plain_clothes',
    description: 'Угрозы по телефону',
    victimIds: [aliev, boboev],
  });
  const gafurov = b.workspace.applicants.create({ familyName: 'Гафуров', givenName: 'Жасур' });
  syncAll([a, b, c]);
  return { a, b, c, aliev, boboev, valieva, gafurov, shared, group };
}

describe('travel mode', () => {
  it('three vaults: A travels with two applicants, edits one, comes back; all agree, nothing is lost', async () => {
    const { a, b, c, aliev, boboev, valieva, gafurov, shared, group } = await officeOfThree();
    // An edit on A that no colleague has yet: only the backup holds it while A travels.
    a.workspace.applicants.update(valieva, { phone: '+7 701 000 00 01' });
    const before = people(a);
    const backupPath = join(a.dir, 'stick.panoh');

    const started = startTravel(a.workspace, a.vault, { keep: [aliev, gafurov], backupPath });
    expect(started).toMatchObject({ kept: 2, removed: 5 });
    expect(people(a).map((p) => p.familyName)).toEqual(
      [aliev, gafurov].sort().map((id) => before.find((p) => p.id === id)?.familyName),
    );
    // The incident that names Aliev goes along, still naming Boboev (who stayed at the office).
    expect(a.workspace.db.prepare('SELECT id FROM incidents').pluck().all()).toEqual([shared]);
    expect(a.workspace.db.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(0);
    // Not a byte of the people left behind is left in the file, free pages and WAL included.
    const plaintext = await plaintextOf(a);
    for (const marker of ['Бобоев', 'Валиева', 'задержан на границе', 'Визит полиции', '+7 701 000 00 01']) {
      expect(holdsText(plaintext, marker), marker).toBe(false);
    }
    expect(holdsText(plaintext, 'Алиев')).toBe(true);
    expect(travelState(a.workspace.db)?.kept.sort()).toEqual([aliev, gafurov].sort());

    // Sync waits for the trip's end, both ways.
    expect(codeOf(() => exportBundle(a.workspace, { folder: a.dir, all: false }))).toBe('TRAVEL_ACTIVE');
    expect(codeOf(() => send(b, a))).toBe('TRAVEL_ACTIVE');
    expect(codeOf(() => startTravel(a.workspace, a.vault, { keep: [aliev], backupPath: join(a.dir, 'x.panoh') }))).toBe(
      'TRAVEL_ACTIVE',
    );

    // On the trip A edits Aliev (family link to Valieva's side is untouched); at the office B edits Boboev.
    a.workspace.applicants.update(aliev, { phone: '+7 777 123 45 67' });
    // The group's event goes along with Aliev, and is edited on the trip from his file.
    expect(a.workspace.events.forApplicant(aliev).map((event) => event.id)).toContain(group);
    a.workspace.events.update(
      group,
      { type: 'note', date: '2026-11-03', text: 'Задержаны вместе на посту у Кордая', otherApplicantIds: [boboev] },
      aliev,
    );
    const incident = a.workspace.incidents.get(shared);
    a.workspace.incidents.update(shared, { ...incident, description: 'Угрозы по телефону и у дома' });
    b.workspace.applicants.update(boboev, { phone: '+7 702 222 22 22' });

    const { restored } = endTravelFromBackup(a.workspace, a.vault, backupPath);
    expect(restored).toBeGreaterThan(0);
    expect(travelState(a.workspace.db)).toBeUndefined();
    expect(people(a).map((p) => p.id)).toEqual(before.map((p) => p.id));
    expect(people(a).find((p) => p.id === valieva)?.phone).toBe('+7 701 000 00 01');
    expect(a.workspace.db.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(1);
    expect(a.workspace.db.prepare('SELECT count(*) FROM incidents').pluck().get()).toBe(2);
    expect(a.workspace.audit.list({ limit: 1 })[0]).toMatchObject({ action: 'travel_end', detail: { from: 'backup' } });

    syncAll([a, b, c]);
    const agreed = people(a);
    expect(people(b)).toEqual(agreed);
    expect(people(c)).toEqual(agreed);
    expect(events(b)).toEqual(events(a));
    expect(events(c)).toEqual(events(a));
    expect(agreed).toHaveLength(4);
    expect(agreed.every((p) => !p.deleted)).toBe(true);
    expect(agreed.find((p) => p.id === aliev)?.phone).toBe('+7 777 123 45 67');
    expect(agreed.find((p) => p.id === boboev)?.phone).toBe('+7 702 222 22 22');
    expect(agreed.find((p) => p.id === valieva)?.phone).toBe('+7 701 000 00 01');
    expect(a.workspace.db.prepare('SELECT count(*) FROM conflicts').pluck().get()).toBe(0);
    for (const env of [a, b, c]) {
      expect(env.workspace.incidents.get(shared)).toMatchObject({
        description: 'Угрозы по телефону и у дома',
        victimIds: [aliev, boboev],
      });
      expect(env.workspace.events.forApplicant(boboev).find((event) => event.id === group)).toMatchObject({
        applicantId: boboev,
        event: { text: 'Задержаны вместе на посту у Кордая', otherApplicantIds: [aliev] },
      });
      expect(env.workspace.applicants.get(valieva).doc.familyLinks).toEqual([
        { applicantId: aliev, relation: 'spouse' },
      ]);
    }
  });

  it('ends from a colleague’s full bundle, and refuses one that is not full or lacks what A held', async () => {
    const { a, b, c, aliev, boboev, gafurov } = await officeOfThree();
    startTravel(a.workspace, a.vault, { keep: [aliev], backupPath: join(a.dir, 'stick.panoh') });
    a.workspace.applicants.update(aliev, { phone: '+7 777 000 11 22' });
    b.workspace.applicants.update(gafurov, { phone: '+7 705 555 55 55' });

    const partial = exportBundle(b.workspace, { folder: b.dir, all: false });
    expect(codeOf(() => endTravelFromBundle(a.workspace, partial.path))).toBe('TRAVEL_SOURCE_INCOMPLETE');
    expect(travelState(a.workspace.db)).toBeDefined();

    const full = exportBundle(b.workspace, { folder: b.dir, all: true });
    endTravelFromBundle(a.workspace, full.path);
    expect(travelState(a.workspace.db)).toBeUndefined();
    expect(people(a).find((p) => p.id === boboev)).toBeDefined();
    expect(people(a).find((p) => p.id === gafurov)?.phone).toBe('+7 705 555 55 55');

    syncAll([a, b, c]);
    expect(people(b)).toEqual(people(a));
    expect(people(c)).toEqual(people(a));
    expect(people(a).find((p) => p.id === aliev)?.phone).toBe('+7 777 000 11 22');
    expect(people(a)).toHaveLength(4);
  });

  it('refuses a colleague’s full bundle that lacks an edit made on A before the trip', async () => {
    const { a, b, aliev, valieva } = await officeOfThree();
    a.workspace.applicants.update(valieva, { phone: '+7 701 999 99 99' });
    startTravel(a.workspace, a.vault, { keep: [aliev], backupPath: join(a.dir, 'stick.panoh') });
    const full = exportBundle(b.workspace, { folder: b.dir, all: true });
    expect(codeOf(() => endTravelFromBundle(a.workspace, full.path))).toBe('TRAVEL_SOURCE_INCOMPLETE');
    // The backup still brings A back whole.
    endTravelFromBackup(a.workspace, a.vault, join(a.dir, 'stick.panoh'));
    expect(people(a).find((p) => p.id === valieva)?.phone).toBe('+7 701 999 99 99');
  });

  it('refuses another vault’s backup and unknown applicants, and changes nothing', async () => {
    const { a, b, aliev } = await officeOfThree();
    expect(
      codeOf(() =>
        startTravel(a.workspace, a.vault, {
          keep: ['00000000-0000-4000-8000-000000000000'],
          backupPath: join(a.dir, 'x.panoh'),
        }),
      ),
    ).toBe('RECORD_NOT_FOUND');
    const foreign = join(b.dir, 'b-backup.panoh');
    b.vault.backupTo(foreign);
    startTravel(a.workspace, a.vault, { keep: [aliev], backupPath: join(a.dir, 'stick.panoh') });
    const count = people(a).length;
    expect(codeOf(() => endTravelFromBackup(a.workspace, a.vault, foreign))).toMatch(
      /TRAVEL_SOURCE_INCOMPLETE|VAULT_NOT_A_VAULT|VAULT_DAMAGED/,
    );
    expect(people(a)).toHaveLength(count);
    expect(travelState(a.workspace.db)).toBeDefined();
  });
});
