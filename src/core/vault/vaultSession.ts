import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { PanohError } from '../../shared/errors';
import { PASSPHRASE_MIN_LENGTH } from '../../shared/vault';
import { type AuditHead, auditHead, holdsAnchor } from '../audit/auditAnchor';
import { syncFolder } from '../fs/atomicWrite';
import { classifyStorageError, isNotFound } from '../fs/fsErrors';
import { canonicalJson } from './canonicalJson';
import { eraseVaultKeys } from './eraseKeys';
import {
  type KeyFile,
  keyFileMacMatches,
  keyFilePath,
  newKeyFile,
  newVaultId,
  passphraseSlot,
  pendingKey,
  type ReadKeyFile,
  readKeyFile,
  recoverySlot,
  type SeizureSettings,
  seizureSettingsSchema,
  unwrapPendingKey,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  writeFailedUnlocks,
  writeKeyFile,
} from './keyFile';
import { DEFAULT_SCRYPT, generateRecoveryKey, randomDataKey, type ScryptParams } from './keyWrapping';
import { assertNotTooNew, latestVersion, migrate } from './migrate';
import { migrations as defaultMigrations, type Migration } from './migrations';
import {
  applyConnectionSettings,
  type Db,
  holdExclusively,
  openEncryptedDatabase,
  rekeyDatabase,
  schemaVersion,
} from './openDatabase';
import { retryPendingFlush } from './pendingFlush';
import { prepared } from './prepared';

/** The steps of a re-encryption, in order; a crash test stops the process at each. */
export const rekeySteps = ['copied', 'pending-written', 'closed', 'renamed', 'sealed'] as const;
export type RekeyStep = (typeof rekeySteps)[number];

export interface VaultOptions {
  /** Lower only in tests; vaults created with it are stored with it. */
  scrypt?: ScryptParams;
  migrations?: readonly Migration[];
  /** Tests only: called after each step of a re-encryption (the crash test kills the process there). */
  onRekeyStep?: (step: RekeyStep) => void;
}

/** What the key file and the audit anchor say about themselves, for the lawyer and `vault check`. */
export interface KeyStatus {
  /** 'altered': the key file's MAC did not match when it was opened; it stays flagged until replaced. */
  keyFile: 'ok' | 'altered';
  /** 'unconfirmed': the recovery slot may not open the vault (altered file, or a key nobody saw). */
  recoveryKey: 'ok' | 'unconfirmed';
  /** 'truncated': the audit log no longer holds the entry the key file anchored. */
  auditAnchor: 'ok' | 'truncated';
  /** The anchored entry's number (0 when none is anchored yet). */
  auditAnchorSeq: number;
  /** What this unlock found of a re-encryption a crash interrupted. */
  interruptedRekey?: 'completed' | 'undone';
}

export interface VaultCheckReport extends KeyStatus {
  cipher: string;
  integrity: 'ok' | 'failed';
  integrityMessages: string[];
  schemaVersion: number;
  latestSchemaVersion: number;
  plaintextHeader: boolean;
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const SQLITE_PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** How long the key file's audit anchor may lag behind the log (it is written at every lock too). */
const ANCHOR_DELAY_MS = 1_000;
/** Written into the vault once its key file carries a MAC: a MAC-less file for it then means tampering. */
const SEALED_MARK = 'key_file_sealed';
/** The vault's own copy of the seizure settings: the key file's copy is corrected from it at unlock. */
const SEIZURE_MARK = 'seizure_settings';
/** The unlock screen shows the attempts left once fewer than this many remain. */
export const ATTEMPTS_SHOWN_BELOW = 3;

/** What the unlock screen may know before any unlock (read from the key file, not yet checked). */
export interface LockedSeizureStatus {
  eraseShortcut?: string;
  /** Attempts left before the key file is erased, once fewer than ATTEMPTS_SHOWN_BELOW remain. */
  attemptsLeft?: number;
}

function readHead(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function sameHead(a: AuditHead | undefined, b: AuditHead): boolean {
  return a !== undefined && a.seq === b.seq && a.hash === b.hash;
}

/** Drops the flags a freshly written recovery slot makes untrue. */
function withoutRecoveryFlags(content: KeyFile): KeyFile {
  const { recoveryUnconfirmed: _unconfirmed, alteredAt: _altered, ...rest } = content;
  return rest;
}

/**
 * One vault file and its key file. Holds the open connection and the data key only while
 * unlocked; locking closes the connection and overwrites the key bytes.
 */
export class VaultSession {
  readonly path: string;
  private readonly options: VaultOptions;
  private db: Db | undefined;
  private dataKey: Buffer | undefined;
  private keyFile: KeyFile | undefined;
  /** The anchor no longer matches the log: it is kept as evidence, never moved forward. */
  private anchorBroken = false;
  private interruptedRekey: KeyStatus['interruptedRekey'];
  private anchorScheduled = false;
  /** Wrong passphrases or recovery keys the key file counted before this unlock. */
  private failedBefore = 0;

  constructor(path: string, options: VaultOptions = {}) {
    this.path = path;
    this.options = options;
  }

  get fileName(): string {
    return basename(this.path);
  }

  get isUnlocked(): boolean {
    return this.db !== undefined;
  }

  exists(): boolean {
    try {
      statSync(this.path);
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw classifyStorageError(error);
    }
  }

  /** The open database; every feature reaches SQLite through this and only while unlocked. */
  database(): Db {
    if (!this.db) throw new PanohError('VAULT_LOCKED');
    return this.db;
  }

  /** Creates the vault and its key file, leaves it unlocked, and returns the recovery key. */
  async create(passphrase: string): Promise<string> {
    if (this.isUnlocked) throw new PanohError('VAULT_ALREADY_UNLOCKED');
    assertLongEnough(passphrase);
    if (this.exists()) throw new PanohError('VAULT_ALREADY_EXISTS');
    const vaultId = newVaultId();
    const dataKey = randomDataKey();
    const recoveryKey = generateRecoveryKey();
    const keyFile = newKeyFile(
      await passphraseSlot(vaultId, dataKey, passphrase, this.scrypt()),
      recoverySlot(vaultId, dataKey, recoveryKey),
      vaultId,
    );
    let db: Db | undefined;
    try {
      // Key file first: a vault file without its key file would be unreadable forever.
      writeKeyFile(this.path, keyFile, dataKey);
      db = openEncryptedDatabase(this.path, dataKey, { create: true });
      applyConnectionSettings(db);
      holdExclusively(db);
      migrate(db, this.migrationList());
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?), (?, ?)').run(
        'vault_id',
        vaultId,
        'created_at',
        keyFile.createdAt,
        SEALED_MARK,
        '1',
      );
    } catch (error) {
      db?.close();
      const classified = classifyStorageError(error);
      // Held by another program that made the same vault at the same moment: its files, not ours.
      if (!(classified instanceof PanohError && classified.code === 'VAULT_IN_USE')) this.removeHalfCreated();
      dataKey.fill(0);
      throw classified;
    }
    this.adopt(db, dataKey, keyFile);
    return recoveryKey;
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.isUnlocked) throw new PanohError('VAULT_ALREADY_UNLOCKED');
    const file = this.readKeysForOpen();
    const dataKey = await unwrapWithPassphrase(file.content, passphrase);
    if (!dataKey) throw this.failedUnlock(file, 'WRONG_PASSPHRASE');
    this.openResolved(file, dataKey);
  }

  /** Opens with the recovery key and replaces the forgotten passphrase. */
  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    if (this.isUnlocked) throw new PanohError('VAULT_ALREADY_UNLOCKED');
    assertLongEnough(newPassphrase);
    const file = this.readKeysForOpen();
    const dataKey = unwrapWithRecoveryKey(file.content, recoveryKey);
    if (!dataKey) throw this.failedUnlock(file, 'WRONG_RECOVERY_KEY');
    // Open first: if the vault itself cannot be opened, the key file is left as it was.
    this.openResolved(file, dataKey);
    await this.replacePassphraseSlot(newPassphrase);
  }

  async changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<void> {
    await this.confirmPassphrase(currentPassphrase);
    if (currentPassphrase.normalize('NFC') === newPassphrase.normalize('NFC')) {
      throw new PanohError('PASSPHRASE_UNCHANGED');
    }
    await this.replacePassphraseSlot(newPassphrase);
  }

  /**
   * A new recovery key: the old one stops opening this key file (a copy of the old key file still
   * opens with it; only `rekey` revokes copies). Returns the key, to be shown once.
   */
  async newRecoveryKey(passphrase: string): Promise<string> {
    await this.confirmPassphrase(passphrase);
    const { keyFile, dataKey } = this.unlockedKeys();
    const recoveryKey = generateRecoveryKey();
    this.saveKeys(withoutRecoveryFlags({ ...keyFile, recovery: recoverySlot(keyFile.vaultId, dataKey, recoveryKey) }));
    return recoveryKey;
  }

  /**
   * Re-encrypts the vault under a new random data key, with new passphrase and recovery slots, so
   * that no older key file (a backup's, a copy taken before a passphrase change) opens it any more.
   *
   * All or nothing across a crash: the live file is never written. A re-keyed copy is made beside
   * it and checked; the key file then records the change as pending (the new key wrapped by the
   * old, so either file opens with it); the copy replaces the vault by one rename; the key file is
   * sealed with the new key alone. An unlock after a crash at any point finds the pending entry,
   * sees which key the vault file now opens with, and finishes or undoes the change.
   */
  async rekey(passphrase: string): Promise<string> {
    await this.confirmPassphrase(passphrase);
    const { keyFile, dataKey: oldKey } = this.unlockedKeys();
    const nextKey = randomDataKey();
    const recoveryKey = generateRecoveryKey();
    const nextSlots = {
      passphrase: await passphraseSlot(keyFile.vaultId, nextKey, passphrase, this.scrypt()),
      recovery: recoverySlot(keyFile.vaultId, nextKey, recoveryKey),
    };
    // From here to the end nothing awaits: no other call can write between the copy and the switch.
    const db = this.database();
    // Locked, or the passphrase changed, meanwhile (an anchor written meanwhile is fine).
    if (this.dataKey !== oldKey || this.keyFile?.passphrase !== keyFile.passphrase) {
      throw new PanohError('VAULT_LOCKED');
    }
    this.flushAnchor();
    const anchored = this.unlockedKeys().keyFile;
    const temp = rekeyTempPath(this.path);
    removeRekeyLeftovers(this.path);
    // Another program with the vault open (a CLI job) may commit while the copy is made: its write
    // would be missing from the copy. Its commits change `data_version` for this connection.
    const version = dataVersion(db);
    try {
      this.writeRekeyedCopy(db, temp, oldKey, nextKey);
      this.step('copied');
      const started = new Date().toISOString();
      const pending = {
        ...anchored,
        pending: { key: pendingKey(anchored.vaultId, nextKey, oldKey), ...nextSlots, startedAt: started },
      };
      // Atomic: a failure here leaves the key file as it was.
      writeKeyFile(this.path, pending, oldKey);
      this.keyFile = pending;
    } catch (error) {
      removeRekeyLeftovers(this.path);
      nextKey.fill(0);
      throw classifyStorageError(error);
    }
    this.step('pending-written');
    try {
      this.switchToCopy(db, temp, nextKey, { ...withoutRecoveryFlags(anchored), ...nextSlots }, version);
    } finally {
      // The old key lives on only if a failed switch reopened the old file with it.
      if (this.dataKey !== oldKey) oldKey.fill(0);
    }
    return recoveryKey;
  }

  /**
   * Emergency erase: the vault is closed, its key slots destroyed (every copy of the key file
   * overwritten where it lies, then removed) and the vault file, noise from now on, moved aside.
   * Works locked too. Only a backup with its key file brings the data back.
   */
  erase(): { erasedTo?: string } {
    const db = this.forgetKeys();
    try {
      db?.close();
    } catch {
      // The slots go whatever the connection says: the file is noise without them.
    }
    const erasedTo = eraseVaultKeys(this.path);
    return erasedTo ? { erasedTo } : {};
  }

  /** The seizure settings and attempts left, as the key file says before any unlock. */
  lockedSeizureStatus(): LockedSeizureStatus {
    let file: ReadKeyFile | undefined;
    try {
      file = readKeyFile(this.path);
    } catch {
      return {};
    }
    const seizure = file?.content.seizure;
    if (!file || !seizure) return {};
    const left = attemptsLeft(file);
    return {
      ...(seizure.eraseShortcut ? { eraseShortcut: seizure.eraseShortcut } : {}),
      ...(left !== undefined && left < ATTEMPTS_SHOWN_BELOW ? { attemptsLeft: left } : {}),
    };
  }

  seizureSettings(): SeizureSettings {
    return this.unlockedKeys().keyFile.seizure ?? {};
  }

  /** Saves the seizure settings in the vault and in the key file (under its MAC). */
  setSeizureSettings(settings: SeizureSettings): void {
    const db = this.database();
    const { keyFile } = this.unlockedKeys();
    const parsed = seizureSettingsSchema.parse(settings);
    prepared(db, 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(SEIZURE_MARK, JSON.stringify(parsed));
    const { seizure: _old, ...rest } = keyFile;
    this.saveKeys(Object.keys(parsed).length > 0 ? { ...rest, seizure: parsed } : rest);
  }

  /** How many wrong passphrases or recovery keys were tried before this unlock (for the audit). */
  failedUnlocksBefore(): number {
    return this.failedBefore;
  }

  /**
   * Opens another vault file made from this one (a backup), read-only, with this session's data
   * key: a backup written before a re-encryption opens with it, so no passphrase is asked again.
   */
  openCopy(path: string): Db {
    const { dataKey } = this.unlockedKeys();
    try {
      return openEncryptedDatabase(path, dataKey, { readonly: true });
    } catch (error) {
      throw classifyStorageError(error);
    }
  }

  lock(): void {
    try {
      this.flushAnchor();
    } catch {
      // A full disk must not keep the vault open: the anchor is written again at the next unlock.
    }
    this.forgetKeys()?.close();
  }

  /** Drops the key (its bytes overwritten) and what this unlock learned; returns the connection to close. */
  private forgetKeys(): Db | undefined {
    const db = this.db;
    if (db) {
      try {
        retryPendingFlush(db);
      } catch {
        // Locking must not fail on it: the flush is tried again at the next unlock.
      }
    }
    this.db = undefined;
    this.keyFile = undefined;
    this.dataKey?.fill(0);
    this.dataKey = undefined;
    this.anchorBroken = false;
    this.interruptedRekey = undefined;
    this.failedBefore = 0;
    return db;
  }

  /**
   * The audit log grew: the anchor follows within ANCHOR_DELAY_MS, once for a burst of changes
   * (each write of the key file is flushed to disk, which would double the cost of every save).
   */
  noteAuditAppended(): void {
    if (this.anchorScheduled) return;
    this.anchorScheduled = true;
    setTimeout(() => {
      this.anchorScheduled = false;
      try {
        this.flushAnchor();
      } catch {
        // Written again at the next append or at lock.
      }
    }, ANCHOR_DELAY_MS).unref();
  }

  /**
   * Writes the newest committed audit entry into the key file (under its MAC). Never inside a
   * transaction, so the anchor cannot name an entry that is rolled back; never once the log was
   * found cut short, so the evidence stays.
   */
  flushAnchor(): void {
    const db = this.db;
    const keyFile = this.keyFile;
    if (!db || !keyFile || this.anchorBroken) return;
    if (db.inTransaction) {
      this.noteAuditAppended();
      return;
    }
    const head = auditHead(db);
    if (!sameHead(keyFile.audit, head)) this.saveKeys({ ...keyFile, audit: head });
  }

  keyStatus(): KeyStatus {
    const { keyFile } = this.unlockedKeys();
    return {
      keyFile: keyFile.alteredAt ? 'altered' : 'ok',
      recoveryKey: keyFile.recoveryUnconfirmed ? 'unconfirmed' : 'ok',
      auditAnchor: this.anchorBroken ? 'truncated' : 'ok',
      auditAnchorSeq: keyFile.audit?.seq ?? 0,
      ...(this.interruptedRekey ? { interruptedRekey: this.interruptedRekey } : {}),
    };
  }

  /**
   * An online, consistent, still-encrypted copy: VACUUM INTO writes a compacted snapshot with the
   * same cipher and key (SQLite's backup API refuses, rightly, to copy into an unkeyed file). The
   * copy is reopened with the key and checked before it gets its final name, and the key file goes
   * with it (anchored at the snapshot's audit head), so the backup opens with the passphrase and
   * the recovery key of today.
   */
  backupTo(target: string): { bytes: number } {
    const db = this.database();
    if (existsSync(target) || existsSync(keyFilePath(target))) throw new PanohError('VAULT_ALREADY_EXISTS');
    // SQLite reports a folder that is not there as read-only; say what it is (a pulled stick).
    if (!existsSync(dirname(target))) throw new PanohError('STORAGE_MISSING');
    this.flushAnchor();
    const { keyFile, dataKey } = this.unlockedKeys();
    const temp = `${target}.${randomBytes(4).toString('hex')}.partial`;
    let wroteKeyFile = false;
    try {
      db.prepare('VACUUM INTO ?').run(temp);
      syncFile(temp);
      const copy = openEncryptedDatabase(temp, dataKey);
      try {
        const integrity = copy.pragma('integrity_check', { simple: true });
        if (integrity !== 'ok' || schemaVersion(copy) !== schemaVersion(db)) throw new PanohError('VAULT_DAMAGED');
      } finally {
        copy.close();
      }
      writeKeyFile(target, keyFile, dataKey);
      wroteKeyFile = true;
      renameSync(temp, target);
      wroteKeyFile = false;
      return { bytes: statSync(target).size };
    } catch (error) {
      rmSync(temp, { force: true });
      // A key file without its backup would make every later backup to this name "already exists".
      if (wroteKeyFile) rmSync(keyFilePath(target), { force: true });
      throw classifyStorageError(error);
    }
  }

  check(): VaultCheckReport {
    const db = this.database();
    const cipher = String(db.pragma('cipher', { simple: true }));
    const messages = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    const ok = messages.length === 1 && messages[0] === 'ok';
    const { keyFile } = this.unlockedKeys();
    // Checked again here: `vault check` is how office IT learns of a log cut short while unlocked.
    if (keyFile.audit && !holdsAnchor(db, keyFile.audit)) this.anchorBroken = true;
    return {
      cipher,
      integrity: ok ? 'ok' : 'failed',
      integrityMessages: ok ? [] : messages.slice(0, 20),
      schemaVersion: schemaVersion(db),
      latestSchemaVersion: latestVersion(this.migrationList()),
      plaintextHeader: readHead(this.path, SQLITE_PLAINTEXT_HEADER.length).equals(SQLITE_PLAINTEXT_HEADER),
      ...this.keyStatus(),
    };
  }

  private scrypt(): ScryptParams {
    return this.options.scrypt ?? DEFAULT_SCRYPT;
  }

  private step(step: RekeyStep): void {
    this.options.onRekeyStep?.(step);
  }

  private migrationList(): readonly Migration[] {
    return this.options.migrations ?? defaultMigrations;
  }

  private unlockedKeys(): { keyFile: KeyFile; dataKey: Buffer } {
    if (!this.keyFile || !this.dataKey) throw new PanohError('VAULT_LOCKED');
    return { keyFile: this.keyFile, dataKey: this.dataKey };
  }

  private async confirmPassphrase(passphrase: string): Promise<void> {
    const { keyFile } = this.unlockedKeys();
    const check = await unwrapWithPassphrase(keyFile, passphrase);
    if (!check) throw new PanohError('WRONG_PASSPHRASE');
    check.fill(0);
  }

  /** Writes the key file sealed with the current data key, and keeps it as the session's. */
  private saveKeys(content: KeyFile): void {
    const { dataKey } = this.unlockedKeys();
    writeKeyFile(this.path, content, dataKey);
    this.keyFile = content;
  }

  private adopt(db: Db, dataKey: Buffer, keyFile: KeyFile): void {
    this.db = db;
    this.dataKey = dataKey;
    this.keyFile = keyFile;
  }

  private async replacePassphraseSlot(newPassphrase: string): Promise<void> {
    const { keyFile, dataKey } = this.unlockedKeys();
    assertLongEnough(newPassphrase);
    const slot = await passphraseSlot(keyFile.vaultId, dataKey, newPassphrase, this.scrypt());
    // Locked (or re-keyed) meanwhile: the slot wraps a key this session no longer holds.
    if (this.dataKey !== dataKey) throw new PanohError('VAULT_LOCKED');
    this.saveKeys({ ...this.unlockedKeys().keyFile, passphrase: slot });
  }

  /** VACUUM INTO a sibling, re-key the copy (not in WAL mode, where re-keying is unsafe), check it. */
  private writeRekeyedCopy(db: Db, temp: string, oldKey: Buffer, nextKey: Buffer): void {
    db.prepare('VACUUM INTO ?').run(temp);
    const copy = openEncryptedDatabase(temp, oldKey);
    try {
      if (String(copy.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal') {
        copy.pragma('journal_mode = DELETE');
      }
      rekeyDatabase(copy, nextKey);
    } finally {
      copy.close();
    }
    syncFile(temp);
    const check = openEncryptedDatabase(temp, nextKey);
    try {
      const integrity = check.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok' || schemaVersion(check) !== schemaVersion(db)) throw new PanohError('VAULT_DAMAGED');
    } finally {
      check.close();
    }
  }

  /**
   * Closes the live vault (its WAL checkpointed away, so no old frame can meet the new file),
   * renames the re-keyed copy over it, opens it with the new key and seals the key file with it.
   * A failure before the rename puts everything back; after it, the pending entry is enough for
   * the next unlock to finish.
   */
  private switchToCopy(db: Db, temp: string, nextKey: Buffer, final: KeyFile, version: number): void {
    const oldKey = this.dataKey;
    const pending = this.keyFile;
    try {
      const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (checkpoint?.busy) throw new PanohError('VAULT_IN_USE');
      // Another connection committed since the copy was made: the copy lacks it, so nothing is switched.
      if (dataVersion(db) !== version) throw new PanohError('VAULT_IN_USE');
    } catch (error) {
      this.undoPending(pending);
      throw classifyStorageError(error);
    }
    this.db = undefined;
    db.close();
    this.step('closed');
    for (const suffix of ['-wal', '-shm']) rmSync(`${this.path}${suffix}`, { force: true });
    try {
      renameSync(temp, this.path);
      syncFolder(dirname(this.path));
    } catch (error) {
      this.reopenAfterFailedSwitch(oldKey, pending);
      nextKey.fill(0);
      throw classifyStorageError(error);
    }
    this.step('renamed');
    this.dataKey = undefined;
    this.openWith(nextKey, final);
    try {
      this.saveKeys(final);
    } catch (error) {
      // The vault is re-keyed and the pending entry on disk finishes the job at the next unlock,
      // but the new recovery key is never shown: every later write of the file says so.
      this.keyFile = { ...final, recoveryUnconfirmed: true };
      throw classifyStorageError(error);
    }
    this.step('sealed');
  }

  private undoPending(pending: KeyFile | undefined): void {
    removeRekeyLeftovers(this.path);
    if (!pending) return;
    const { pending: _pending, ...restored } = pending;
    this.saveKeys(restored);
  }

  private reopenAfterFailedSwitch(oldKey: Buffer | undefined, pending: KeyFile | undefined): void {
    if (!oldKey || !pending) return;
    this.dataKey = undefined;
    const { pending: _pending, ...restored } = pending;
    this.openWith(oldKey, restored);
    this.undoPending(pending);
  }

  /** Finds out, without writing anything, whether there is a vault here to open. */
  private readKeysForOpen(): ReadKeyFile {
    const vaultExists = this.exists();
    const keyFile = readKeyFile(this.path);
    if (!vaultExists) throw new PanohError('VAULT_NOT_FOUND');
    if (!keyFile) throw new PanohError(this.looksEncrypted() ? 'VAULT_KEYS_MISSING' : 'VAULT_NOT_A_VAULT');
    return keyFile;
  }

  /** An SQLCipher file is whole pages of random-looking bytes; anything else is not ours. */
  private looksEncrypted(): boolean {
    const { size } = statSync(this.path);
    if (size === 0 || size % 512 !== 0) return false;
    return !readHead(this.path, SQLITE_PLAINTEXT_HEADER.length).equals(SQLITE_PLAINTEXT_HEADER);
  }

  /**
   * Opens the vault with the key a slot gave, after settling what the key file says: a pending
   * re-encryption is finished (the vault file already opens with the new key) or undone; a MAC
   * that does not match flags the file as altered; an anchor the log no longer holds is kept as
   * evidence. The key file is then written back, sealed, with the current audit head.
   */
  private openResolved(file: ReadKeyFile, unlockedKey: Buffer): void {
    const macOk = file.mac ? keyFileMacMatches(file, unlockedKey) : undefined;
    let content = file.content;
    let key = unlockedKey;
    let interrupted: KeyStatus['interruptedRekey'];
    if (content.pending) {
      const next = unwrapPendingKey(content, unlockedKey);
      const { pending, ...rest } = content;
      if (next && this.opensWith(next)) {
        unlockedKey.fill(0);
        key = next;
        content = { ...rest, passphrase: pending.passphrase, recovery: pending.recovery, recoveryUnconfirmed: true };
        interrupted = 'completed';
      } else {
        next?.fill(0);
        content = rest;
        interrupted = 'undone';
      }
    }
    this.openWith(key, content);
    const db = this.database();
    retryPendingFlush(db);
    const asRead = content;
    content = this.settleSeizure(db, content);
    const seizureChanged = canonicalJson(asRead.seizure ?? {}) !== canonicalJson(content.seizure ?? {});
    const sealedBefore = prepared(db, 'SELECT 1 FROM meta WHERE key = ?').get(SEALED_MARK) !== undefined;
    const altered = macOk === false || (macOk === undefined && sealedBefore);
    if (altered) content = { ...content, alteredAt: new Date().toISOString(), recoveryUnconfirmed: true };
    // An anchor in a file that is not authentic proves nothing either way; it is replaced.
    this.anchorBroken = !altered && content.audit !== undefined && !holdsAnchor(db, content.audit);
    this.interruptedRekey = interrupted;
    if (!sealedBefore) prepared(db, 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(SEALED_MARK, '1');
    // A copy a crash left behind is useless (its key was never stored, or it is already the vault).
    removeRekeyLeftovers(this.path);
    const head = auditHead(db);
    const anchored = this.anchorBroken ? content : { ...content, audit: head };
    const resave = macOk !== true || interrupted || seizureChanged || asRead.failedUnlocks !== undefined;
    if (resave || !sameHead(content.audit, head)) this.saveKeys(anchored);
    else this.keyFile = anchored;
  }

  /**
   * A wrong passphrase or recovery key: counted in the key file when the office turned on wipe
   * after failed unlocks; the last allowed attempt erases the key slots. Returns what to throw.
   */
  private failedUnlock(file: ReadKeyFile, code: 'WRONG_PASSPHRASE' | 'WRONG_RECOVERY_KEY'): PanohError {
    const limit = file.content.seizure?.wipeAfterFailures;
    if (!limit || !file.mac) return new PanohError(code);
    const failed = (file.content.failedUnlocks ?? 0) + 1;
    if (failed >= limit) {
      this.erase();
      return new PanohError('VAULT_ERASED');
    }
    try {
      writeFailedUnlocks(this.path, file, failed);
    } catch (error) {
      // A disk that cannot count must not give unlimited attempts.
      throw classifyStorageError(error);
    }
    const left = limit - failed;
    return new PanohError(code, left < ATTEMPTS_SHOWN_BELOW ? { attemptsLeft: left } : undefined);
  }

  /**
   * The seizure settings the vault holds win over the key file's (which may have been edited while
   * locked); the failed-unlock count is cleared. Returns the content to seal.
   */
  private settleSeizure(db: Db, content: KeyFile): KeyFile {
    const { failedUnlocks, seizure: _fromFile, ...rest } = content;
    this.failedBefore = failedUnlocks ?? 0;
    const row = prepared(db, 'SELECT value FROM meta WHERE key = ?').get(SEIZURE_MARK) as { value: string } | undefined;
    const stored = row ? seizureSettingsSchema.safeParse(JSON.parse(row.value)) : undefined;
    const seizure = stored?.success ? stored.data : {};
    return Object.keys(seizure).length > 0 ? { ...rest, seizure } : rest;
  }

  private opensWith(key: Buffer): boolean {
    try {
      openEncryptedDatabase(this.path, key).close();
      return true;
    } catch {
      return false;
    }
  }

  private openWith(dataKey: Buffer, keyFile: KeyFile): void {
    let db: Db | undefined;
    try {
      db = openEncryptedDatabase(this.path, dataKey);
      // Checked before any pragma that writes, so a too-new vault is left exactly as it was.
      assertNotTooNew(db, this.migrationList());
      applyConnectionSettings(db);
      holdExclusively(db);
      migrate(db, this.migrationList());
    } catch (error) {
      db?.close();
      dataKey.fill(0);
      throw classifyStorageError(error);
    }
    this.adopt(db, dataKey, keyFile);
  }

  private removeHalfCreated(): void {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${this.path}${suffix}`, { force: true });
    rmSync(keyFilePath(this.path), { force: true });
  }
}

/** Attempts left before the erase, when the office turned wipe on (unverified: read while locked). */
function attemptsLeft(file: ReadKeyFile): number | undefined {
  const limit = file.content.seizure?.wipeAfterFailures;
  if (!limit || !file.mac) return undefined;
  return Math.max(0, limit - (file.content.failedUnlocks ?? 0));
}

function assertLongEnough(passphrase: string): void {
  if ([...passphrase].length < PASSPHRASE_MIN_LENGTH) {
    throw new PanohError('PASSPHRASE_TOO_SHORT', { min: PASSPHRASE_MIN_LENGTH });
  }
}

/** The re-keyed copy's one fixed name, so the next unlock can find and remove what a crash left. */
export function rekeyTempPath(vaultPath: string): string {
  return `${vaultPath}.rekey`;
}

function removeRekeyLeftovers(vaultPath: string): void {
  const temp = rekeyTempPath(vaultPath);
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${temp}${suffix}`, { force: true });
}

/** Changes whenever another connection (another process) commits to the vault. */
function dataVersion(db: Db): number {
  return Number(db.pragma('data_version', { simple: true }));
}
