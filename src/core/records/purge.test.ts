import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanohError } from '../../shared/errors';
import { foldWord } from '../../shared/search/fold';
import { type Core, createCore } from '../api/createCore';
import { bodyEntries, openBody, readBundleFrame } from '../sync/bundleFile';
import { bundleKey, officeKey } from '../sync/officeKey';
import { exportBundle, importBundle } from '../sync/syncService';
import { decryptedPages, decryptedWal, holdsText } from '../testing/sqlcipherPages';
import { makeTempDir, TEST_SCRYPT } from '../testing/tempVault';
import { readKeyFile, unwrapWithPassphrase } from '../vault/keyFile';

const PASSPHRASE = 'удалить навсегда без следа';
/** Texts that exist only in the record to be purged: a name's old and new value, a note, an event, a scan. */
const OLD_NAME = 'Oldmarkerovich';
const NAME = 'Qwzmarkerova';
const NOTE = 'Согласие отозвано маркер Жжжпримечание';
const EVENT_NOTE = 'Событиемаркер Щщщхронология';
const SCAN_TEXT = 'SCANMARKER-7731';
const MARKERS = [OLD_NAME, NAME, NOTE, EVENT_NOTE, SCAN_TEXT, foldWord(NAME), foldWord(OLD_NAME)];

let temp: ReturnType<typeof makeTempDir>;
const cores: Core[] = [];

beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  temp.cleanup();
});

async function vault(name: string): Promise<{ core: Core; path: string }> {
  const path = join(temp.dir, name);
  const core = createCore({ vaultPath: path, scrypt: TEST_SCRYPT });
  cores.push(core);
  await core.invoke('vault.create', { passphrase: PASSPHRASE });
  return { core, path };
}

async function dataKeyOf(path: string): Promise<Buffer> {
  const file = readKeyFile(path);
  const key = file && (await unwrapWithPassphrase(file.content, PASSPHRASE));
  if (!key) throw new Error('no key');
  return key;
}

/** Every byte of the vault and its WAL, decrypted page by page: free pages and slack included. */
async function plaintextOf(path: string): Promise<Buffer> {
  const key = await dataKeyOf(path);
  return Buffer.concat([decryptedPages(path, key), decryptedWal(`${path}-wal`, key)]);
}

function markersIn(plaintext: Buffer): string[] {
  return MARKERS.filter((marker) => holdsText(plaintext, marker));
}

/** Every change and scan of a bundle as text (what a colleague holding the office key reads). */
function bundleText(core: Core, path: string): string {
  const bundle = readBundleFrame(readFileSync(path));
  const body = openBody(bundle, bundleKey(officeKey(core.workspace().db)), new PanohError('BUNDLE_DAMAGED'));
  return [...bodyEntries(body)]
    .map((entry) =>
      entry.kind === 'change'
        ? JSON.stringify(entry.change)
        : Buffer.from(entry.blob.base64, 'base64').toString('latin1'),
    )
    .join('\n');
}

const pdfWith = (text: string) =>
  Buffer.from(`%PDF-1.4\n1 0 obj << >> endobj\n% ${text}\ntrailer << >>\n%%EOF\n`, 'latin1');

async function personWithHistory(core: Core): Promise<{ id: string; incident: string }> {
  const { id } = await core.invoke('applicants.create', { fields: { familyName: OLD_NAME, notes: NOTE } });
  await core.invoke('applicants.update', { id, fields: { familyName: NAME } });
  await core.invoke('events.create', { applicantId: id, event: { type: 'note', date: '2026-03', text: EVENT_NOTE } });
  await core.invoke('attachments.add', {
    ownerKind: 'applicant',
    ownerId: id,
    fileName: 'Решение.pdf',
    contentBase64: pdfWith(SCAN_TEXT).toString('base64'),
  });
  const other = await core.invoke('applicants.create', {
    fields: { familyName: 'Соседова', familyLinks: [{ applicantId: id, relation: 'sibling' }] },
  });
  const { id: incident } = await core.invoke('incidents.create', {
    fields: {
      occurredOn: '2026-04-02',
      kind: 'threat',
      perpetrator: 'police',
      description: 'Угрозы.',
      victimIds: [id, other.id],
    },
  });
  return { id, incident };
}

describe('delete forever', () => {
  it('leaves the marker in neither the vault, its WAL, a new backup nor a new bundle, here and at a colleague', async () => {
    const a = await vault('a.panoh');
    const b = await vault('b.panoh');
    const { words } = await a.core.invoke('sync.createOffice', {});
    await b.core.invoke('sync.joinOffice', { words });
    const { id, incident } = await personWithHistory(a.core);
    const stick = join(temp.dir, 'stick');
    mkdirSync(stick);
    const before = exportBundle(a.core.workspace(), { folder: stick, all: true });
    const fingerprintA = (await a.core.invoke('sync.status', {})).device.fingerprint;
    importBundle(b.core.workspace(), { path: before.path, trustFingerprint: fingerprintA });
    expect((await b.core.invoke('applicants.get', { id })).applicant.familyName).toBe(NAME);
    // The test can see the markers while they exist (so it would see them afterwards).
    a.core.vault.flushAnchor();
    expect(markersIn(await plaintextOf(a.path)).length).toBeGreaterThanOrEqual(4);

    await a.core.invoke('applicants.delete', { id });
    expect((await a.core.invoke('trash.list', {})).map((item) => item.id)).toContain(id);
    const { purged } = await a.core.invoke('trash.purge', { kind: 'applicant', id });
    expect(purged).toBe(3);
    expect(await a.core.invoke('trash.list', {})).toEqual([]);
    expect(await a.core.invoke('search.query', { text: NAME })).toMatchObject({ applicants: [] });
    expect((await a.core.invoke('incidents.get', { id: incident })).incident.victimIds).not.toContain(id);
    const [entry] = await a.core.invoke('audit.list', { limit: 1 });
    expect(entry).toMatchObject({
      action: 'purge',
      targetKind: 'applicant',
      targetId: id,
      detail: { rows: 3, reason: 'trash' },
    });

    expect(markersIn(await plaintextOf(a.path))).toEqual([]);
    const backup = join(temp.dir, 'backup.panoh');
    await a.core.invokeMainOnly('backup.writeTo', { path: backup });
    expect(markersIn(decryptedPages(backup, await dataKeyOf(a.path)))).toEqual([]);
    const after = exportBundle(a.core.workspace(), { folder: stick, all: true });
    const text = bundleText(a.core, after.path);
    expect(MARKERS.filter((marker) => text.includes(marker))).toEqual([]);
    expect(text).toContain('"field":"_purged"');

    // The colleague, who still held the person live, sees them deleted (restorable) and asked to be
    // deleted forever: nothing goes on a colleague's word alone.
    const summary = importBundle(b.core.workspace(), { path: after.path });
    expect(summary).toMatchObject({ purged: 0, purgeRequests: 1 });
    expect((await b.core.invoke('trash.list', {})).map((item) => item.id)).toContain(id);
    expect(await b.core.invoke('trash.purgeRequests', {})).toEqual([
      expect.objectContaining({ kind: 'applicant', id, label: NAME }),
    ]);
    // Once a lawyer there confirms, it goes the same way, and an old bundle cannot bring the person back.
    expect(await b.core.invoke('trash.confirmPurge', { kind: 'applicant', id })).toEqual({ purged: 3 });
    expect(await b.core.invoke('trash.purgeRequests', {})).toEqual([]);
    expect((await b.core.invoke('audit.list', { limit: 1 }))[0]).toMatchObject({
      action: 'purge',
      targetId: id,
      detail: { rows: 3, reason: 'colleagueRequest' },
    });
    await expect(b.core.invoke('applicants.get', { id })).rejects.toMatchObject({ code: 'RECORD_NOT_FOUND' });
    b.core.vault.flushAnchor();
    expect(markersIn(await plaintextOf(b.path))).toEqual([]);
    importBundle(b.core.workspace(), { path: before.path });
    await expect(b.core.invoke('applicants.get', { id })).rejects.toMatchObject({ code: 'RECORD_NOT_FOUND' });
    expect(await b.core.invoke('trash.list', {})).toEqual([]);
    b.core.vault.flushAnchor();
    expect(markersIn(await plaintextOf(b.path))).toEqual([]);
  });

  it('purges a live applicant whose consent was withdrawn, and only from Recently deleted otherwise', async () => {
    const a = await vault('a.panoh');
    const { id } = await personWithHistory(a.core);
    await expect(a.core.invoke('trash.purge', { kind: 'applicant', id })).rejects.toMatchObject({
      code: 'RECORD_NOT_FOUND',
    });
    expect((await a.core.invoke('applicants.purge', { id })).purged).toBe(3);
    expect((await a.core.invoke('audit.list', { limit: 1 }))[0]?.detail).toEqual({
      rows: 3,
      reason: 'consentWithdrawn',
    });
    expect(markersIn(await plaintextOf(a.path))).toEqual([]);
  });

  it('lists a damaged deleted record without its content, refuses to restore it with its own code, and purges it', async () => {
    const a = await vault('a.panoh');
    const { id } = await a.core.invoke('applicants.create', { fields: { familyName: 'Будет испорчена' } });
    await a.core.invoke('applicants.delete', { id });
    // What an older version let a colleague's bundle store: a tombstone that fails its schema.
    a.core
      .workspace()
      .db.prepare('UPDATE applicants SET doc = ? WHERE id = ?')
      .run(JSON.stringify({ familyName: '<img src=x onerror=alert(1)>', caseStatus: 42 }), id);
    const [item] = await a.core.invoke('trash.list', {});
    expect(item).toMatchObject({ id, label: '', damaged: true });
    await expect(a.core.invoke('trash.restore', { kind: 'applicant', id })).rejects.toMatchObject({
      code: 'RECORD_DAMAGED',
    });
    expect((await a.core.invoke('trash.purge', { kind: 'applicant', id })).purged).toBe(1);
    expect(await a.core.invoke('trash.list', {})).toEqual([]);
  });
});
