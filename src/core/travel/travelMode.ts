import { basename } from 'node:path';
import { PanohError } from '../../shared/errors';
import type { BundleChange, VersionVector } from '../../shared/sync/bundle';
import { backupVault } from '../backup/backupService';
import { dropUnreferencedBlobs, flushPurged } from '../records/purge';
import type { RecordTable } from '../records/recordStore';
import { SPEC_OF_TABLE } from '../records/specs';
import type { Workspace } from '../records/workspace';
import { ChangeApplier } from '../sync/applyChanges';
import { deviceIdentity } from '../sync/deviceIdentity';
import { newestClock } from '../sync/newestClock';
import { revokedDevices } from '../sync/revocation';
import { checkFiles, importBundle } from '../sync/syncService';
import { ownVector } from '../sync/versionVectors';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import type { VaultSession } from '../vault/vaultSession';
import { saveTravelState, type TravelState, travelState } from './travelState';

/** The tables that hold what clients said and did; office configuration (templates, details) stays. */
const CLIENT_TABLES = ['applicants', 'events', 'incidents', 'attachments', 'tasks'] as const;

interface Row {
  tbl: RecordTable;
  id: string;
}
const keyOf = (tbl: string, id: string) => `${tbl}/${id}`;

/**
 * What the laptop keeps: the chosen applicants, their timelines (group events that name one of
 * them too), scans and tasks, the incidents that name one of them (with their scans), and records
 * of theirs still waiting for their beginning.
 */
function keptRows(db: Db, keep: readonly string[]): Set<string> {
  const kept = new Set<string>();
  const add = (tbl: string, ids: string[]) => {
    for (const id of ids) kept.add(keyOf(tbl, id));
  };
  const ids = (sql: string, id: string) => prepared(db, sql).pluck().all(id) as string[];
  for (const applicant of keep) {
    add('applicants', [applicant]);
    add('events', ids('SELECT id FROM events WHERE applicant_id = ?', applicant));
    add('events', ids('SELECT event_id FROM event_people WHERE applicant_id = ?', applicant));
    add('tasks', ids('SELECT id FROM tasks WHERE applicant_id = ?', applicant));
    add('attachments', ids('SELECT id FROM attachments WHERE owner_id = ?', applicant));
    const incidents = ids('SELECT incident_id FROM incident_victims WHERE applicant_id = ?', applicant);
    add('incidents', incidents);
    for (const incident of incidents)
      add('attachments', ids('SELECT id FROM attachments WHERE owner_id = ?', incident));
  }
  const waiting = prepared(db, 'SELECT tbl, row_id, owner_id FROM sync_waiting').all() as {
    tbl: string;
    row_id: string;
    owner_id: string;
  }[];
  for (const row of waiting) if (kept.has(keyOf('applicants', row.owner_id))) kept.add(keyOf(row.tbl, row.row_id));
  return kept;
}

/** Every client record this vault knows of (rows, and records only its change log holds), but those purged for good. */
function allClientRows(db: Db): Row[] {
  const tables = CLIENT_TABLES.map((t) => `'${t}'`).join(', ');
  const rows = CLIENT_TABLES.map((t) => `SELECT '${t}' AS tbl, id FROM ${t}`).join(' UNION ');
  return prepared(
    db,
    `SELECT tbl, id FROM (
       ${rows} UNION SELECT DISTINCT tbl, row_id AS id FROM changes WHERE tbl IN (${tables})
     ) r WHERE NOT EXISTS (SELECT 1 FROM changes p WHERE p.tbl = r.tbl AND p.row_id = r.id AND p.field = '_purged')`,
  ).all() as Row[];
}

function requireApplicants(db: Db, keep: readonly string[]): void {
  const exists = prepared(db, 'SELECT 1 FROM applicants WHERE id = ? AND deleted_at IS NULL');
  for (const id of keep) if (!exists.get(id)) throw new PanohError('RECORD_NOT_FOUND', { kind: 'applicant' });
}

/**
 * Travel mode, start: a verified encrypted backup first (to a stick that stays behind), then every
 * client record but the kept applicants' is purged from this laptop only: no `_purged` marker, so
 * nothing travels to colleagues as a deletion, and each row is listed in `travel_excluded`, so no
 * bundle brings it back during the trip. Other records' links to them are left as they are (an
 * edit here must not remove a relative or a victim on every laptop).
 */
export function startTravel(
  workspace: Workspace,
  vault: VaultSession,
  options: { keep: readonly string[]; backupPath: string },
): { backupPath: string; bytes: number; kept: number; removed: number } {
  const db = workspace.db;
  if (travelState(db)) throw new PanohError('TRAVEL_ACTIVE');
  const keep = [...new Set(options.keep)];
  requireApplicants(db, keep);
  const { bytes } = backupVault(workspace, vault, options.backupPath);
  const self = deviceIdentity(db).deviceId;
  const removed = workspace.store.transaction(() => {
    const kept = keptRows(db, keep);
    const leaving = allClientRows(db).filter((row) => !kept.has(keyOf(row.tbl, row.id)));
    const hashes = prepared(db, 'SELECT sha256 FROM attachments WHERE id = ?').pluck();
    const fileHashes = leaving.filter((r) => r.tbl === 'attachments').flatMap((r) => hashes.all(r.id) as string[]);
    const state: TravelState = {
      startedAt: new Date().toISOString(),
      kept: keep,
      removed: leaving.length,
      vector: ownVector(db, self),
      clockFloor: newestClock(db) ?? '',
      backupFile: basename(options.backupPath),
    };
    const exclude = prepared(db, 'INSERT OR IGNORE INTO travel_excluded (tbl, row_id) VALUES (?, ?)');
    for (const row of leaving) {
      workspace.store.purge(SPEC_OF_TABLE[row.tbl], row.id, { marker: false });
      exclude.run(row.tbl, row.id);
    }
    dropUnreferencedBlobs(db, fileHashes);
    // A form begun for a new record may hold a name too: only drafts of kept records go along.
    const drafts = prepared(db, 'SELECT form_key FROM drafts').pluck().all() as string[];
    const keptIds = new Set([...kept].map((key) => key.slice(key.indexOf('/') + 1)));
    const dropDraft = prepared(db, 'DELETE FROM drafts WHERE form_key = ?');
    for (const key of drafts) if (!keptIds.has(key.slice(key.lastIndexOf('.') + 1))) dropDraft.run(key);
    saveTravelState(db, state);
    workspace.audit.append({
      action: 'travel_start',
      targetKind: 'vault',
      detail: { kept: keep.length, removed: leaving.length },
    });
    return leaving.length;
  });
  flushPurged(db);
  return { backupPath: options.backupPath, bytes, kept: keep.length, removed };
}

/** The trip in progress, or a refusal. */
function requireTravel(db: Db): TravelState {
  const state = travelState(db);
  if (!state) throw new PanohError('TRAVEL_NOT_ACTIVE');
  return state;
}

/** A source holds everything this laptop held at the trip's start: per device, as far as its vector then. */
function covers(vector: VersionVector, start: VersionVector): boolean {
  return Object.entries(start).every(([origin, hlc]) => (vector[origin] ?? '') >= hlc);
}

/** Lifts every exclusion, inside the caller's transaction, and returns the rows it lifted. */
function liftExclusions(db: Db): Set<string> {
  const rows = prepared(db, 'SELECT tbl, row_id FROM travel_excluded').all() as { tbl: string; row_id: string }[];
  prepared(db, 'DELETE FROM travel_excluded').run();
  return new Set(rows.map((row) => keyOf(row.tbl, row.row_id)));
}

function finishTravel(workspace: Workspace, from: 'backup' | 'bundle', restored: number): void {
  saveTravelState(workspace.db, undefined);
  workspace.audit.append({ action: 'travel_end', targetKind: 'vault', detail: { from, restored } });
}

type ChangeRow = {
  hlc: string;
  tbl: BundleChange['tbl'];
  row_id: string;
  field: string;
  value: string;
  prev_hlc: string;
};

/** The backup must be this vault's own, taken no earlier than the trip began. */
function checkBackup(db: Db, backup: Db, state: TravelState): void {
  const meta = (d: Db, key: string) =>
    (prepared(d, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  const self = meta(db, 'device_id') ?? '';
  if (meta(backup, 'vault_id') !== meta(db, 'vault_id') || meta(backup, 'device_id') !== self) {
    throw new PanohError('TRAVEL_SOURCE_INCOMPLETE');
  }
  if (!covers(ownVector(backup, self), state.vector)) throw new PanohError('TRAVEL_SOURCE_INCOMPLETE');
}

/**
 * Travel mode, end, from the backup made at its start (opened read-only with this session's key):
 * the exclusions are lifted and the backup's changes of the records left behind are merged like a
 * bundle's, field by field, so an edit made on the trip (a newer clock) keeps its place; their
 * scans and open conflicts come along. Nothing is sent anywhere; the vectors never moved.
 */
export function endTravelFromBackup(workspace: Workspace, vault: VaultSession, path: string): { restored: number } {
  const db = workspace.db;
  const state = requireTravel(db);
  const backup = vault.openCopy(path);
  try {
    checkBackup(db, backup, state);
    return workspace.store.transaction(() => {
      const returning = liftExclusions(db);
      const changes = prepared(
        backup,
        'SELECT hlc, tbl, row_id, field, value, prev_hlc FROM changes ORDER BY tbl, row_id, field, hlc',
      ).iterate() as IterableIterator<ChangeRow>;
      const applier = new ChangeApplier(db, workspace.store, workspace.clock, 0, {
        // The backup is this vault's own past: its changes in this vault's name are genuine.
        self: '',
        sender: '',
        senderNewest: '',
        createdAtMillis: Date.now(),
        revoked: revokedDevices(db),
      });
      for (const r of changes) {
        if (!returning.has(keyOf(r.tbl, r.row_id))) continue;
        applier.add({ hlc: r.hlc, tbl: r.tbl, rowId: r.row_id, field: r.field, value: r.value, prevHlc: r.prev_hlc });
      }
      const result = applier.finish();
      copyFiles(db, backup, applier.scansReferred);
      checkFiles(db, applier.filesWritten);
      copyConflicts(db, backup, returning);
      finishTravel(workspace, 'backup', result.received);
      return { restored: result.received };
    });
  } finally {
    backup.close();
  }
}

function copyFiles(db: Db, backup: Db, hashes: ReadonlySet<string>): void {
  const read = prepared(backup, 'SELECT content FROM blobs WHERE sha256 = ?').pluck();
  const write = prepared(db, 'INSERT OR IGNORE INTO blobs (sha256, content) VALUES (?, ?)');
  for (const sha256 of hashes) {
    const content = read.get(sha256) as Buffer | undefined;
    if (content) write.run(sha256, content);
  }
}

/** Conflicts a lawyer had not decided yet about the records left behind are open again. */
function copyConflicts(db: Db, backup: Db, returning: ReadonlySet<string>): void {
  const rows = prepared(
    backup,
    `SELECT tbl, row_id, field, winner_hlc, winner_value, loser_hlc, loser_value, detected_at
     FROM conflicts WHERE resolved_at IS NULL`,
  ).all() as { tbl: string; row_id: string }[];
  const insert = prepared(
    db,
    `INSERT OR IGNORE INTO conflicts (tbl, row_id, field, winner_hlc, winner_value, loser_hlc, loser_value, detected_at)
     VALUES (@tbl, @row_id, @field, @winner_hlc, @winner_value, @loser_hlc, @loser_value, @detected_at)`,
  );
  for (const row of rows) if (returning.has(keyOf(row.tbl, row.row_id))) insert.run(row);
}

/**
 * Travel mode, end, from a colleague's full bundle (`sync export --all`): it must hold everything
 * this laptop held when the trip began (its vector covers the one kept then), else it is refused and
 * the backup is the way back. The exclusions are lifted in the import's own transaction, and this
 * vault's own changes of the returning records are taken back as genuine.
 */
export function endTravelFromBundle(workspace: Workspace, path: string, trustFingerprint?: string) {
  const db = workspace.db;
  const state = requireTravel(db);
  const summary = importBundle(workspace, {
    path,
    trustFingerprint,
    travelReturn: {
      covers: (header) => Object.keys(header.base).length === 0 && covers(header.vector, state.vector),
      lift: () => liftExclusions(db),
      finish: (received) => finishTravel(workspace, 'bundle', received),
    },
  });
  return { restored: summary.received, summary };
}
