import { userInfo } from 'node:os';
import { AuditLog } from '../audit/auditLog';
import { deadlineIndex } from '../deadlines/deadlineIndex';
import { DeadlineService } from '../deadlines/deadlineService';
import { searchIndex } from '../search/searchIndex';
import { HybridLogicalClock, parseHlc } from '../sync/hlc';
import { newestClock } from '../sync/newestClock';
import { travelClockFloor } from '../travel/travelState';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { ApplicantRepository } from './applicants';
import { AttachmentRepository } from './attachments';
import { DraftRepository } from './drafts';
import { EventRepository } from './events';
import { IncidentRepository } from './incidents';
import { RecordStore } from './recordStore';

function readSetting(db: Db, key: string): string | undefined {
  return (prepared(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

function defaultProfileName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/**
 * Everything that works on an unlocked vault, wired once per unlock and dropped on lock.
 * The clock resumes from the newest change stored, so it never runs backwards after a restart.
 */
export class Workspace {
  readonly clock: HybridLogicalClock;
  readonly audit: AuditLog;
  readonly store: RecordStore;
  readonly applicants: ApplicantRepository;
  readonly events: EventRepository;
  readonly incidents: IncidentRepository;
  readonly attachments: AttachmentRepository;
  readonly drafts: DraftRepository;
  readonly deadlines: DeadlineService;

  constructor(
    readonly db: Db,
    hooks: { onAuditAppended?: () => void } = {},
  ) {
    const deviceId = (prepared(db, "SELECT value FROM meta WHERE key = 'device_id'").get() as { value: string }).value;
    // Travel mode purged changes whose clocks must stay behind any new one (travelState.ts).
    const newest = [newestClock(db) ?? '', travelClockFloor(db)].sort().at(-1) || undefined;
    this.clock = new HybridLogicalClock(deviceId, newest ? parseHlc(newest) : undefined);
    this.audit = new AuditLog(db, () => this.profileName(), deviceId, undefined, hooks.onAuditAppended);
    this.store = new RecordStore(db, this.clock, this.audit, [searchIndex, deadlineIndex]);
    this.applicants = new ApplicantRepository(db, this.store);
    this.events = new EventRepository(db, this.store);
    this.incidents = new IncidentRepository(db, this.store);
    this.attachments = new AttachmentRepository(db, this.store);
    this.drafts = new DraftRepository(db);
    this.deadlines = new DeadlineService(db, this.store);
  }

  private actor: string | undefined;

  /** Who the audit log names: the profile set in Settings, else the computer's user name. */
  profileName(): string {
    this.actor ??= readSetting(this.db, 'profile_name') ?? defaultProfileName();
    return this.actor;
  }

  setProfileName(name: string): void {
    prepared(
      this.db,
      "INSERT INTO settings (key, value) VALUES ('profile_name', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ).run(name);
    this.actor = undefined;
  }
}
