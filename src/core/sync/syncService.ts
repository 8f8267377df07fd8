import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PanohError } from '../../shared/errors';
import { ATTACHMENT_MAX_BYTES, DOCX_MIME_TYPE } from '../../shared/records/attachment';
import {
  BUNDLE_EXTENSION,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleBlob,
  type BundleChange,
  type BundleHeader,
  blobTables,
  type Conflict,
  type Device,
  type ImportSummary,
  MAX_BUNDLE_BYTES,
  type SyncProgress,
} from '../../shared/sync/bundle';
import { auditHead } from '../audit/auditAnchor';
import { writeFileAtomic } from '../fs/atomicWrite';
import { classifyStorageError } from '../fs/fsErrors';
import { sniffMimeType } from '../records/attachments';
import { CREATED_FIELD, fieldsOfCreation } from '../records/creationChange';
import { flushPurged } from '../records/purge';
import type { RecordTable } from '../records/recordStore';
import { SPEC_OF_TABLE } from '../records/specs';
import type { Workspace } from '../records/workspace';
import { assertNotTravelling } from '../travel/travelState';
import { LATEST_SCHEMA_VERSION } from '../vault/migrations';
import { prepared } from '../vault/prepared';
import { type ApplyResult, type BlobTable, ChangeApplier } from './applyChanges';
import { BodyWriter, bodyEntries, openBody, readBundleFrame, verifySignature, writeBundle } from './bundleFile';
import { type DeviceIdentity, deviceIdentity, deviceName, fingerprintOf, publicKeyFromRaw } from './deviceIdentity';
import { MAX_DRIFT_MS, parseHlc } from './hlc';
import { announcedKey, announcementFor, announcesTo } from './officeAnnouncement';
import { addOfficeKey, bundleKey, currentOfficeKey, hasOffice, type OfficeKey, officeKeyById } from './officeKey';
import { learnRevocations, revokedDevices, revokedList } from './revocation';
import { exportBase, ownVector, recordBundleVectors } from './versionVectors';

function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

type ChangeRow = {
  hlc: string;
  device_id: string;
  tbl: BundleChange['tbl'];
  row_id: string;
  field: string;
  value: string;
  prev_hlc: string;
};

/**
 * Writes a bundle of the changes a colleague may lack (everything, or what the least up-to-date
 * colleague this vault has heard from may lack, including changes received from others, so bundles
 * can be relayed) with the scans those changes reference. The file appears whole or not at all.
 * Once the office changed its key, the header announces the new key to every trusted computer and
 * lists the computers revoked.
 */
export function exportBundle(
  workspace: Workspace,
  options: { folder: string; all: boolean; onProgress?: (progress: SyncProgress) => void },
): { path: string; changes: number } {
  const db = workspace.db;
  assertNotTravelling(db);
  const office = currentOfficeKey(db);
  if (!office) throw new PanohError('OFFICE_NOT_SET');
  const identity = deviceIdentity(db);
  const progress = options.onProgress ?? (() => {});
  const base = options.all ? {} : exportBase(db);
  const vector = ownVector(db, identity.deviceId);
  const total = (prepared(db, 'SELECT count(*) AS n FROM changes').get() as { n: number }).n;
  const body = new BodyWriter();
  const hashes = new Set<string>();
  let read = 0;
  // In the log's identity order (record by record), which is the order the reader merges in.
  const rows = prepared(
    db,
    'SELECT hlc, device_id, tbl, row_id, field, value, prev_hlc FROM changes ORDER BY tbl, row_id, field, hlc',
  ).iterate() as IterableIterator<ChangeRow>;
  for (const r of rows) {
    if (read++ % 20_000 === 0) progress({ phase: 'reading', done: read - 1, total });
    if (r.hlc <= (base[r.device_id] ?? '')) continue;
    body.addChange({ hlc: r.hlc, tbl: r.tbl, rowId: r.row_id, field: r.field, value: r.value, prevHlc: r.prev_hlc });
    if ((blobTables as readonly string[]).includes(r.tbl)) {
      if (r.field === 'sha256') hashes.add(JSON.parse(r.value) as string);
      if (r.field === CREATED_FIELD) {
        const sha256 = fieldsOfCreation(r.value).find(([field]) => field === 'sha256')?.[1];
        if (sha256) hashes.add(JSON.parse(sha256) as string);
      }
    }
  }
  const blob = prepared(db, 'SELECT content FROM blobs WHERE sha256 = ?');
  for (const sha256 of hashes) {
    const row = blob.get(sha256) as { content: Buffer } | undefined;
    if (row) body.addBlob({ sha256, base64: row.content.toString('base64') });
  }
  progress({ phase: 'writing', done: 0, total: body.changes });
  const createdAt = new Date();
  const header = bundleHeader(db, identity, office, {
    createdAt,
    changes: body.changes,
    blobs: body.blobs,
    base,
    vector,
  });
  const bytes = writeBundle(header, body, bundleKey(office.key), identity.privateKey);
  const path = join(options.folder, `panoh-${identity.deviceId.slice(0, 6)}-${stamp(createdAt)}${BUNDLE_EXTENSION}`);
  try {
    writeFileAtomic(path, bytes);
  } catch (error) {
    throw classifyStorageError(error);
  }
  workspace.store.transaction(() => {
    workspace.audit.append({
      action: 'export',
      targetKind: 'file',
      detail: { report: 'syncBundle', changes: body.changes, blobs: body.blobs, all: options.all ? 1 : 0 },
    });
  });
  progress({ phase: 'writing', done: body.changes, total: body.changes });
  return { path, changes: body.changes };
}

/**
 * A bundle's header as this computer writes it: who sends it (with its key-agreement key), under
 * which office key, its counts and vectors, its audit head, and, once the office changed its key,
 * the announcement and the computers revoked.
 */
export function bundleHeader(
  db: Workspace['db'],
  identity: DeviceIdentity,
  office: OfficeKey,
  parts: Pick<BundleHeader, 'changes' | 'blobs' | 'base' | 'vector'> & { createdAt: Date },
): BundleHeader {
  const announcement = announcementFor(db);
  const revoked = revokedList(db);
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    schemaVersion: LATEST_SCHEMA_VERSION,
    office: office.keyId,
    sender: {
      deviceId: identity.deviceId,
      name: identity.name,
      publicKey: identity.publicKeyRaw.toString('base64'),
      kxKey: identity.kxPublicKeyRaw.toString('base64'),
    },
    createdAt: parts.createdAt.toISOString(),
    changes: parts.changes,
    blobs: parts.blobs,
    base: parts.base,
    vector: parts.vector,
    auditHead: auditHead(db),
    ...(announcement ? { announcement } : {}),
    ...(revoked.length > 0 ? { revoked } : {}),
  };
}

/** Ending travel mode from a colleague's bundle (src/core/travel/travelMode.ts). */
export interface TravelReturn {
  /** Whether the bundle holds all this laptop held when the trip began. */
  covers(header: BundleHeader): boolean;
  /** Lifts the trip's exclusions (inside the import's transaction) and returns the rows lifted. */
  lift(): ReadonlySet<string>;
  /** Marks the trip over and audits it, in the same transaction. */
  finish(received: number): void;
}

function readBundleBytes(path: string): Buffer {
  try {
    if (statSync(path).size > MAX_BUNDLE_BYTES) throw new PanohError('BUNDLE_TOO_LARGE');
    return readFileSync(path);
  } catch (error) {
    if (error instanceof PanohError) throw error;
    // A folder picked where a bundle file should be is not a bundle.
    if ((error as { code?: unknown } | null)?.code === 'EISDIR') throw new PanohError('BUNDLE_DAMAGED');
    throw classifyStorageError(error);
  }
}

/** No clock in the header may run ahead of now, nor of the bundle's own time, by more than a day. */
function checkHeaderClocks(header: BundleHeader, now: number): number {
  const createdAt = Date.parse(header.createdAt);
  if (!Number.isFinite(createdAt)) throw new PanohError('BUNDLE_INVALID');
  if (createdAt - now > MAX_DRIFT_MS) throw new PanohError('CLOCK_DRIFT');
  const limit = Math.min(now, createdAt) + MAX_DRIFT_MS;
  const clocks = [...Object.values(header.base), ...Object.values(header.vector)];
  if (clocks.some((hlc) => parseHlc(hlc).millis > limit)) throw new PanohError('CLOCK_DRIFT');
  return createdAt;
}

/**
 * The office key the bundle was written with: one this vault holds, or a new one a trusted
 * colleague announces to this computer (kept once the import commits). Otherwise the bundle is
 * another office's, or this office's under a key this computer must join with by its words.
 */
function keyForBundle(
  db: Workspace['db'],
  header: BundleHeader,
  identity: DeviceIdentity,
  trusted: boolean,
): { office: OfficeKey; adopted: boolean } {
  if (!hasOffice(db)) throw new PanohError('OFFICE_NOT_SET');
  const known = officeKeyById(db, header.office);
  if (known) return { office: known, adopted: false };
  if (!announcesTo(header, identity.deviceId)) {
    throw new PanohError(trusted && header.announcement ? 'OFFICE_KEY_CHANGED' : 'BUNDLE_WRONG_OFFICE');
  }
  if (!trusted) throw untrusted(header);
  const announced = announcedKey(header, identity);
  if (!announced) throw new PanohError('BUNDLE_DAMAGED');
  return { office: announced, adopted: true };
}

function untrusted(header: BundleHeader): PanohError {
  const fingerprint = fingerprintOf(Buffer.from(header.sender.publicKey, 'base64'));
  return new PanohError('BUNDLE_UNTRUSTED_DEVICE', { fingerprint, device: deviceName(header.sender.name) });
}

/** A file's type from its bytes; a Word file that does not open as one is an invalid bundle. */
function typeOf(bytes: Buffer): string | undefined {
  try {
    return sniffMimeType(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A file (a scan, an office template) as it arrives: canonical base64 of bytes whose hash, size and
 * type are what they claim, kept only when a record of this bundle or this vault refers to it.
 */
function takeBlob(db: Workspace['db'], blob: BundleBlob, referenced: ReadonlySet<string>): boolean {
  const bytes = Buffer.from(blob.base64, 'base64');
  if (bytes.toString('base64') !== blob.base64 || bytes.length > ATTACHMENT_MAX_BYTES) {
    throw new PanohError('BUNDLE_INVALID');
  }
  if (createHash('sha256').update(bytes).digest('hex') !== blob.sha256 || !typeOf(bytes)) {
    throw new PanohError('BUNDLE_INVALID');
  }
  const wanted =
    referenced.has(blob.sha256) ||
    blobTables.some((table) => prepared(db, `SELECT 1 FROM ${table} WHERE sha256 = ? LIMIT 1`).get(blob.sha256));
  if (!wanted) return false;
  prepared(db, 'INSERT OR IGNORE INTO blobs (sha256, content) VALUES (?, ?)').run(blob.sha256, bytes);
  return true;
}

/**
 * Every file a record of this import describes is there, with the size and type the record says
 * (an office template is always a Word file).
 */
export function checkFiles(db: Workspace['db'], written: readonly { tbl: BlobTable; id: string }[]): void {
  for (const { tbl, id } of written) {
    const row = prepared(
      db,
      `SELECT r.doc, b.content FROM ${tbl} r LEFT JOIN blobs b ON b.sha256 = r.sha256 WHERE r.id = ?`,
    ).get(id) as { doc: string; content: Buffer | null } | undefined;
    if (!row) continue;
    const doc = JSON.parse(row.doc) as { size: number; mimeType?: string };
    if (!row.content || row.content.length !== doc.size) throw new PanohError('BUNDLE_INVALID');
    const expected = tbl === 'office_templates' ? DOCX_MIME_TYPE : doc.mimeType;
    if (typeOf(row.content) !== expected) throw new PanohError('BUNDLE_INVALID');
  }
}

/**
 * Verifies, decrypts, validates and applies a bundle, all in one transaction or not at all.
 * Refused with the vault untouched: a damaged or altered file, another office's bundle, an unknown
 * or revoked device, a newer schema, clocks far ahead, invalid data.
 */
export function importBundle(workspace: Workspace, options: ImportOptions): ImportSummary {
  const summary = workspace.store.transaction(() => lastStep(importSteps(workspace, options)));
  return afterImport(workspace, summary, options);
}

/**
 * The same, pausing between steps so that `signal` can be heard while it runs (the core answers
 * other messages at each pause, a cancellation among them; the caller keeps every other call out
 * until it ends). Cancelled, it throws BUNDLE_IMPORT_CANCELLED and the transaction rolls back:
 * the vault is exactly as before.
 */
export async function importBundleCancellable(
  workspace: Workspace,
  options: ImportOptions & { signal: AbortSignal },
): Promise<ImportSummary> {
  const { signal } = options;
  const pause = async () => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (signal.aborted) throw new PanohError('BUNDLE_IMPORT_CANCELLED');
  };
  await pause();
  const summary = await workspace.store.transactionInSteps(importSteps(workspace, options), pause);
  return afterImport(workspace, summary, options);
}

export interface ImportOptions {
  path: string;
  trustFingerprint?: string | undefined;
  onProgress?: (progress: SyncProgress) => void;
  travelReturn?: TravelReturn;
}

/** After the commit: purged records' freed pages are overwritten, and the import says it is done. */
function afterImport(workspace: Workspace, summary: ImportSummary, options: ImportOptions): ImportSummary {
  if (summary.purged > 0) flushPurged(workspace.db);
  options.onProgress?.({ phase: 'writing', done: 1, total: 1 });
  return summary;
}

/** Runs steps without pausing; their result. */
function lastStep<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Changes applied between two pauses of a cancellable import. */
const ENTRIES_PER_STEP = 1_000;

/**
 * The import itself, run inside the caller's transaction: it yields wherever it may pause (between
 * steps of ENTRIES_PER_STEP changes), and returns the summary.
 */
function* importSteps(workspace: Workspace, options: ImportOptions): Generator<void, ImportSummary> {
  const db = workspace.db;
  const travel = options.travelReturn;
  if (!travel) assertNotTravelling(db);
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'reading', done: 0, total: 0 });
  const bundle = readBundleFrame(readBundleBytes(options.path));
  const { header } = bundle;
  const senderKey = Buffer.from(header.sender.publicKey, 'base64');
  verifySignature(bundle, publicKeyFromRaw(senderKey));
  const identity = deviceIdentity(db);
  if (header.sender.deviceId === identity.deviceId) throw new PanohError('BUNDLE_FROM_SELF');
  if (header.version > BUNDLE_VERSION || header.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new PanohError('BUNDLE_TOO_NEW', { version: header.schemaVersion, supported: LATEST_SCHEMA_VERSION });
  }
  const senderName = deviceName(header.sender.name);
  const revoked = revokedDevices(db);
  if (revoked.has(header.sender.deviceId)) throw new PanohError('BUNDLE_REVOKED_DEVICE', { device: senderName });
  const fingerprint = fingerprintOf(senderKey);
  const known = prepared(db, 'SELECT public_key, audit_seq FROM devices WHERE device_id = ?').get(
    header.sender.deviceId,
  ) as { public_key: string; audit_seq: number } | undefined;
  const confirmed = options.trustFingerprint?.trim().toUpperCase() === fingerprint;
  const trusted = known ? known.public_key === header.sender.publicKey : confirmed;
  const { office, adopted } = keyForBundle(db, header, identity, trusted);
  if (!trusted) throw untrusted(header);
  const createdAtMillis = checkHeaderClocks(header, Date.now());
  if (travel && !travel.covers(header)) throw new PanohError('TRAVEL_SOURCE_INCOMPLETE');
  progress({ phase: 'checking', done: 0, total: header.changes });
  const body = openBody(bundle, bundleKey(office.key), new PanohError('BUNDLE_DAMAGED'));

  const now = new Date().toISOString();
  if (!known) {
    prepared(
      db,
      'INSERT INTO devices (device_id, name, public_key, fingerprint, trusted_at) VALUES (?, ?, ?, ?, ?)',
    ).run(header.sender.deviceId, senderName, header.sender.publicKey, fingerprint, now);
  }
  if (adopted) addOfficeKey(db, office.key, office.epoch);
  learnRevocations(db, header, identity.deviceId);
  const returning = travel?.lift();
  const applier = new ChangeApplier(
    db,
    workspace.store,
    workspace.clock,
    header.changes,
    {
      self: identity.deviceId,
      sender: header.sender.deviceId,
      senderNewest: header.vector[header.sender.deviceId] ?? '',
      createdAtMillis,
      revoked: revokedDevices(db),
      ...(returning ? { returning } : {}),
    },
    progress,
  );
  let blobs = 0;
  let entries = 0;
  let result: ApplyResult | undefined;
  for (const entry of bodyEntries(body)) {
    if (++entries % ENTRIES_PER_STEP === 0) yield;
    if (entry.kind === 'change') applier.add(entry.change);
    else {
      // Every change is in (writers put scans last): the records that refer to scans are known.
      result ??= applier.finish();
      blobs += 1;
      takeBlob(db, entry.blob, applier.scansReferred);
    }
  }
  result ??= applier.finish();
  progress({ phase: 'merging', done: header.changes, total: header.changes });
  // The header is signed, so a count that does not match means a writer bug, not an attack.
  if (result.received + result.known + result.ignored !== header.changes || blobs !== header.blobs) {
    throw new PanohError('BUNDLE_INVALID');
  }
  checkFiles(db, applier.filesWritten);
  recordBundleVectors(db, identity.deviceId, header);
  const missingBlob = blobTables.some((table) =>
    prepared(
      db,
      `SELECT 1 FROM ${table} a WHERE a.deleted_at IS NULL AND a.sha256 <> ''
       AND NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = a.sha256) LIMIT 1`,
    ).get(),
  );
  if (missingBlob) throw new PanohError('BUNDLE_INVALID');
  const senderAuditShortened = header.auditHead !== undefined && header.auditHead.seq < (known?.audit_seq ?? 0);
  prepared(
    db,
    `UPDATE devices SET last_import_at = ?, name = ?, kx_public_key = COALESCE(?, kx_public_key),
       audit_seq = COALESCE(?, audit_seq), audit_hash = COALESCE(?, audit_hash) WHERE device_id = ?`,
  ).run(
    now,
    senderName,
    header.sender.kxKey ?? null,
    header.auditHead?.seq ?? null,
    header.auditHead?.hash ?? null,
    header.sender.deviceId,
  );
  workspace.audit.append({
    action: 'import',
    targetKind: 'file',
    detail: {
      report: 'syncBundle',
      device: header.sender.deviceId,
      received: result.received,
      known: result.known,
      conflicts: result.conflicts,
      waiting: result.waiting,
      purged: result.purged,
      ignored: result.ignored,
      ...(senderAuditShortened ? { senderAuditShortened: 1 } : {}),
      ...(adopted ? { officeKeyEpoch: office.epoch } : {}),
    },
  });
  travel?.finish(result.received);
  // What remains is rebuilding search and deadlines for the records that changed, at commit.
  progress({ phase: 'writing', done: 0, total: 1 });
  return { device: senderName, ...result, senderAuditShortened };
}

export function listDevices(workspace: Workspace): Device[] {
  const self = deviceIdentity(workspace.db);
  const others = prepared(
    workspace.db,
    `SELECT d.device_id, d.name, d.fingerprint, d.trusted_at, d.last_import_at, r.revoked_at
     FROM devices d LEFT JOIN revoked_devices r ON r.device_id = d.device_id ORDER BY d.name`,
  ).all() as {
    device_id: string;
    name: string;
    fingerprint: string;
    trusted_at: string;
    last_import_at: string | null;
    revoked_at: string | null;
  }[];
  return [
    { deviceId: self.deviceId, name: self.name, fingerprint: fingerprintOf(self.publicKeyRaw), self: true },
    ...others.map((d) => ({
      deviceId: d.device_id,
      // Stored by older versions as it arrived: cleaned again on the way out.
      name: deviceName(d.name),
      fingerprint: d.fingerprint,
      trustedAt: d.trusted_at,
      ...(d.last_import_at ? { lastImportAt: d.last_import_at } : {}),
      ...(d.revoked_at ? { revokedAt: d.revoked_at } : {}),
      self: false,
    })),
  ];
}

function hlcTime(hlc: string): string {
  return new Date(Number(hlc.slice(0, 15))).toISOString();
}

export function listConflicts(workspace: Workspace): Conflict[] {
  const rows = prepared(
    workspace.db,
    `SELECT id, tbl, row_id, field, winner_hlc, winner_value, loser_hlc, loser_value, detected_at
     FROM conflicts WHERE resolved_at IS NULL ORDER BY detected_at, id`,
  ).all() as {
    id: number;
    tbl: Conflict['tbl'];
    row_id: string;
    field: string;
    winner_hlc: string;
    winner_value: string;
    loser_hlc: string;
    loser_value: string;
    detected_at: string;
  }[];
  const names = new Map(listDevices(workspace).map((d) => [d.deviceId, d.name]));
  const applicantOf = (tbl: string, rowId: string): string | undefined => {
    if (tbl === 'applicants') return rowId;
    if (tbl === 'events') {
      return (
        prepared(workspace.db, 'SELECT applicant_id FROM events WHERE id = ?').get(rowId) as
          | { applicant_id: string }
          | undefined
      )?.applicant_id;
    }
    return undefined;
  };
  return rows.map((r) => {
    const applicantId = applicantOf(r.tbl, r.row_id);
    const side = (hlc: string, value: string) => {
      const device = hlc.slice(-16);
      return { value: JSON.parse(value) as unknown, at: hlcTime(hlc), device: names.get(device) ?? device };
    };
    return {
      id: r.id,
      tbl: r.tbl,
      rowId: r.row_id,
      field: r.field,
      ...(applicantId ? { applicantId } : {}),
      winner: side(r.winner_hlc, r.winner_value),
      loser: side(r.loser_hlc, r.loser_value),
      detectedAt: r.detected_at,
    };
  });
}

/**
 * A lawyer's choice on a conflict: the chosen value is written again as a new change, so it wins
 * on every device once synced, and devices that receive it clear the same conflict.
 */
export function resolveConflict(workspace: Workspace, id: number, keep: 'winner' | 'loser'): void {
  workspace.store.transaction(() => {
    const row = prepared(
      workspace.db,
      'SELECT tbl, row_id, field, winner_value, loser_value FROM conflicts WHERE id = ? AND resolved_at IS NULL',
    ).get(id) as
      | { tbl: RecordTable; row_id: string; field: string; winner_value: string; loser_value: string }
      | undefined;
    if (!row) throw new PanohError('RECORD_NOT_FOUND', { kind: 'conflict' });
    const value: unknown = JSON.parse(keep === 'winner' ? row.winner_value : row.loser_value);
    workspace.store.writeField(SPEC_OF_TABLE[row.tbl], row.row_id, row.field, value);
    prepared(
      workspace.db,
      'UPDATE conflicts SET resolved_at = ? WHERE tbl = ? AND row_id = ? AND field = ? AND resolved_at IS NULL',
    ).run(new Date().toISOString(), row.tbl, row.row_id, row.field);
  });
}
